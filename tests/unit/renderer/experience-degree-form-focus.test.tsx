// Ladder → Education: "Add a degree" is replaced by the form it opens, and the form by the
// button again when it closes. A keyboard user pressing it used to be left with the focus on
// nothing (the button was gone), the next Tab starting again from the top of the page; the
// same after Save or Cancel. Now the form takes the focus in its first field, and gives it back
// to "Add a degree" when it closes, as the role and goal forms do; Escape closes it.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listDegrees } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EducationScreen } from '../../../renderer/src/features/experience/EducationScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 20_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('experience-degree-form-focus'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <EducationScreen />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** What has the focus, in words: a field by its label, a button by its text. */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement)
    return `field: ${el.labels?.[0]?.textContent?.trim()}`;
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}

/** Presses a button as a keyboard user does: it has the focus first. */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  act(() => button.focus());
  fireEvent.click(button);
}

async function openForm() {
  show();
  await screen.findByRole('button', { name: 'Add a degree' }, SLOW);
  press('Add a degree');
  await waitFor(() => expect(focused()).toBe('field: Level'), SLOW);
}

describe('the degree form and the focus', TEST, () => {
  it('opens with the focus in its first field; Cancel gives it back to "Add a degree"', async () => {
    await openForm();
    press('Cancel');
    await waitFor(() => expect(focused()).toBe('button: Add a degree'), SLOW);
  });

  it('after Save, the focus is back on "Add a degree"', async () => {
    await openForm();
    fireEvent.change(screen.getByLabelText('Institution'), {
      target: { value: 'State University' },
    });
    press('Save degree');
    await screen.findByRole('row', { name: /State University/ }, SLOW);
    await waitFor(() => expect(focused()).toBe('button: Add a degree'), SLOW);
    expect(await listDegrees(store)).toHaveLength(1);
  });

  it('Escape closes the untouched form, the focus back on "Add a degree"', async () => {
    await openForm();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a degree' })).toBeNull());
    await waitFor(() => expect(focused()).toBe('button: Add a degree'), SLOW);
  });
});
