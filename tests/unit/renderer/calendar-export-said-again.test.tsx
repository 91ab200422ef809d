// Study › "Export calendar (.ics)" says what it saved in a status line (role="status"), which a
// screen reader announces when its words change. A second export with the same result would
// leave the words as they were, and be said to nobody: the line is emptied while the export
// runs, so the same words are said again. The words count what the file adds to the calendar
// apart from what it takes away: removals are not calendar entries.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarItem, Deadline, ExportBlock } from '../../../shared/domain/study';
import type { Platform, SaveOutcome } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { rememberRemoved } from '../../../renderer/src/db/repositories/study-dropped';
import { CalendarExportButton } from '../../../renderer/src/features/study/CalendarExportButton';
import { savedText, type CalendarFile } from '../../../renderer/src/features/study/calendar-export';
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

/** Three blocks of the only plan, which was then deleted: remembered to be cancelled. */
const dropped: ExportBlock[] = ['b1', 'b2', 'b3'].map((id, i) => ({
  id,
  planId: 'p1',
  date: `2026-12-0${7 + i}`,
  start: '18:00',
  minutes: 60,
  edited: false,
}));

function renderButton(ds: Deadline[]) {
  const platform: Platform = {
    ...fakePlatform(null),
    saveFile: (req) => Promise.resolve({ saved: true, fileName: req.suggestedName }),
  };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <CalendarExportButton
          plans={[]}
          blocks={[]}
          deadlines={ds}
          today={TODAY}
          reminderLeadDays={14}
        />
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }));
}

describe('Export calendar (.ics) after the only plan was deleted', () => {
  beforeEach(() => rememberRemoved(store, dropped, TODAY, '2026-12-06T08:00:00.000Z'));

  it('says it only removes study blocks, not that it saved calendar entries', async () => {
    renderButton([]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved ascent-study-2026-12-06.ics (removes 3 study blocks no longer planned).',
      ),
    );
  });

  it('counts the deadline it adds apart from the blocks it removes', async () => {
    renderButton(deadlines);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved ascent-study-2026-12-06.ics (1 calendar entry; also removes 3 study blocks no longer planned).',
      ),
    );
  });
});

describe('savedText: what the file adds, and what it removes', () => {
  const entry = (cancelled: boolean): CalendarItem => ({
    uid: 'u',
    title: 'T',
    date: TODAY,
    category: 'study',
    sequence: 1,
    ...(cancelled ? { cancelled: true as const } : {}),
  });
  /** A file of `added` live events, and the cancellations of `blocks` blocks and `deadlines` deadlines. */
  const file = (added: number, blocks: number, deadlines: number): CalendarFile => ({
    items: [
      ...Array.from({ length: added }, () => entry(false)),
      ...Array.from({ length: blocks + deadlines }, () => entry(true)),
    ],
    remember: [],
    cancelledBlocks: blocks,
    cancelledDeadlines: deadlines,
  });

  it.each([
    [12, 3, 0, '12 calendar entries; also removes 3 study blocks no longer planned'],
    [2, 1, 0, '2 calendar entries; also removes a study block no longer planned'],
    [1, 0, 1, '1 calendar entry; also removes a deadline no longer due'],
    [0, 3, 0, 'removes 3 study blocks no longer planned'],
    [0, 0, 2, 'removes 2 deadlines no longer due'],
    [
      5,
      1,
      2,
      '5 calendar entries; also removes a study block no longer planned and 2 deadlines no longer due',
    ],
    [0, 2, 1, 'removes 2 study blocks no longer planned and a deadline no longer due'],
  ])('%i added, %i blocks and %i deadlines removed: "%s"', (added, blocks, ds, words) => {
    expect(savedText('cal.ics', file(added, blocks, ds))).toBe(`Saved cal.ics (${words}).`);
  });
});
