// Study › "Export calendar (.ics)" says what it saved in a status line (role="status"), which a
// screen reader announces when its words change. A second export with the same result would
// leave the words as they were, and be said to nobody: the line is emptied while the export
// runs, so the same words are said again.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../../shared/domain/study';
import type { Platform, SaveOutcome } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CalendarExportButton } from '../../../renderer/src/features/study/CalendarExportButton';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-12-06';
const deadlines: Deadline[] = [
  { id: 'exam:acp', kind: 'exam', date: '2027-02-10', title: 'PMI-ACP' },
];

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 6, 9, 0)); // 6 Dec 2026
  store = await openStore(freshName('calendar-export-said-again'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

describe('Export calendar (.ics), twice with the same result', () => {
  it('empties its status line while exporting, then says the same words again', async () => {
    /** Each save waits for the test to let it finish (the save dialog still open). */
    const save: { finish?: () => void } = {};
    const platform: Platform = {
      ...fakePlatform(null),
      saveFile: (req) =>
        new Promise<SaveOutcome>((resolve) => {
          save.finish = () => resolve({ saved: true, fileName: req.suggestedName });
        }),
    };
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform}>
          <CalendarExportButton
            plans={[]}
            blocks={[]}
            deadlines={deadlines}
            today={TODAY}
            reminderLeadDays={14}
          />
        </PlatformProvider>
      </StoreProvider>,
    );
    const button = screen.getByRole('button', { name: 'Export calendar (.ics)' });
    const status = () => screen.getByRole('status').textContent;

    fireEvent.click(button);
    await waitFor(() => expect(save.finish).toBeTypeOf('function'));
    save.finish!();
    await waitFor(() => expect(status()).toMatch(/^Saved /));
    const said = status();
    expect(said).toContain('ascent-study-2026-12-06.ics');

    delete save.finish;
    fireEvent.click(button);
    await waitFor(() => expect(save.finish).toBeTypeOf('function'));
    expect(status()).toBe('');
    save.finish!();
    await waitFor(() => expect(status()).toBe(said));
  });
});
