// The Keyboard shortcuts dialog ("?") says it lists every shortcut: the keys that work in the
// study week (days, weeks, moving a block) and Escape closing an add or edit form are there
// too, so a keyboard user can learn them without finding the hint under one screen.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandLayer } from '../../../renderer/src/app/command-palette/CommandLayer';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

afterEach(cleanup);

function rows(dialog: HTMLElement, group: string): string[] {
  const caption = within(dialog).getByText(group, { selector: 'caption' });
  return [...caption.closest('table')!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' — '),
  );
}

describe('the Keyboard shortcuts dialog', () => {
  it('lists the study week’s keys and Escape in an add or edit form', async () => {
    render(
      <PlatformProvider platform={fakePlatform(null)}>
        <CommandLayer onAbout={() => undefined} />
      </PlatformProvider>,
    );
    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(rows(dialog, 'In the study week')).toEqual([
      '← / → — Move to the previous or next day (from a day or a block)',
      'Page Up / Page Down — Show the previous or next week',
      'Home — Go back to this week',
      'Enter — Open the study block in focus',
      'Alt+← / Alt+→ — Move the study block in focus a day (to today or later)',
    ]);
    expect(rows(dialog, 'In forms and dialogs')).toContain(
      'Escape — Close an add or edit form, as Cancel does (asking first if you changed something)',
    );
    // The desktop menu's keys stay last (the list's end).
    const captions = [...dialog.querySelectorAll('caption')].map((c) => c.textContent);
    expect(captions.at(-1)).toBe('Desktop app menu');
  });
});
