/**
 * A calendar app keeps the study blocks of the last imported file until a newer one is
 * imported: a plan archived after an export stayed in the person's calendar with nothing said.
 * Once a calendar file has been saved, the export button says when the study blocks have
 * changed since, and the next export takes the note away (changedSinceExport).
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekdays } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import type { Platform } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { useStudyData } from '../../../renderer/src/db/study-hooks';
import { archivePlan, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { CalendarExportButton } from '../../../renderer/src/features/study/CalendarExportButton';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-12-06';
const week = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '5',
  start: TODAY,
  deadline: '2026-12-20',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
  blackouts: '',
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 6, 9, 0)); // 6 Dec 2026
  store = await openStore(freshName('calendar-export-changed'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function Live() {
  const data = useStudyData();
  return data ? (
    <CalendarExportButton
      plans={data.plans}
      blocks={data.blocks}
      deadlines={[]}
      today={TODAY}
      reminderLeadDays={14}
    />
  ) : null;
}

function renderLive() {
  const platform: Platform = {
    ...fakePlatform(null),
    saveFile: (req) => Promise.resolve({ saved: true, fileName: req.suggestedName }),
  };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <Live />
      </PlatformProvider>
    </StoreProvider>,
  );
}

const exportButton = () => screen.getByRole('button', { name: 'Export calendar (.ics)' });
const changedNote = () => document.getElementById('study-export-changed');

describe('Export calendar (.ics) after a plan was archived', () => {
  it('says the calendar app still shows its blocks until the next export', async () => {
    const saved = await savePlan(store, draft, week, TODAY);
    expect(saved.ok).toBe(true);
    renderLive();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Export calendar (.ics)' })).not.toBeNull(),
    );
    // Never exported: nothing to say.
    expect(changedNote()).toBeNull();

    fireEvent.click(exportButton());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved ascent-study-2026-12-06.ics (5 calendar entries).',
      ),
    );
    expect(changedNote()).toBeNull();

    vi.setSystemTime(new Date(2026, 11, 6, 10, 0));
    await act(async () => {
      await archivePlan(store, saved.ok ? saved.plan.id : '');
    });
    await waitFor(() =>
      expect(changedNote()?.textContent).toBe(
        'Your study plans changed after your last calendar export (Dec 6, 2026): 5 study blocks taken away. Your calendar app shows them as they were until you export again.',
      ),
    );
    expect(exportButton().getAttribute('aria-describedby')).toBe('study-export-changed');

    vi.setSystemTime(new Date(2026, 11, 6, 10, 5));
    fireEvent.click(exportButton());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved ascent-study-2026-12-06.ics (removes 5 study blocks no longer planned).',
      ),
    );
    await waitFor(() => expect(changedNote()).toBeNull());
    expect(exportButton().getAttribute('aria-describedby')).toBeNull();
  });
});
