/**
 * Study › "Export calendar (.ics)" writes the plans and blocks as they are when it is pressed,
 * read in one transaction, not as the screen's live queries last showed them: those answer a
 * moment after a write, so an export pressed just after "Archive plan" wrote the archived
 * plan's blocks as still planned, and the calendar app kept them.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft, weekdays } from '../../../shared/domain/profile/profile';
import { blockUid, type PlanDraft } from '../../../shared/domain/study';
import type { Platform } from '../../../shared/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import {
  archivePlan,
  listBlocks,
  listPlans,
  savePlan,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CalendarExportButton } from '../../../renderer/src/features/study/CalendarExportButton';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-12-07'; // a Monday
const SLOW = { timeout: 5000 };
const week = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'goal:none',
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
let saved: string[];
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 9, 0));
  store = await openStore(freshName('calendar-export-reads-now'));
  saved = [];
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

const platform = (): Platform => ({
  ...fakePlatform(null),
  saveFile: async (req) => {
    saved.push(req.content as string);
    return { saved: true, fileName: req.suggestedName };
  },
});

/** The file's events by UID: whether each is cancelled. */
function statuses(ics: string): Map<string, string | null> {
  return new Map(
    new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => [new ICAL.Event(v).uid, v.getFirstPropertyValue('status') as string | null]),
  );
}

async function laid() {
  const made = await savePlan(store, draft, week, TODAY);
  if (!made.ok) throw new Error('plan not saved');
  return { plan: made.plan, blocks: await listBlocks(store) };
}

describe('the calendar export reads the plans at the moment it is pressed', () => {
  it('cancels the blocks of a plan archived after the screen last drew its plans', async () => {
    const { plan, blocks } = await laid();
    // The plans and blocks as the live queries held them before the archive.
    const shown = { plans: await listPlans(store), blocks };
    await archivePlan(store, plan.id);
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform()}>
          <CalendarExportButton
            plans={shown.plans}
            blocks={shown.blocks}
            deadlines={[]}
            today={TODAY}
            reminderLeadDays={14}
          />
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    const events = statuses(saved[0]!);
    expect(blocks.length).toBe(5);
    for (const b of blocks) expect(events.get(blockUid(b.id))).toBe('CANCELLED');
    await screen.findByText(
      'Saved ascent-study-2026-12-07.ics (removes 5 study blocks no longer planned).',
    );
  });

  it('on the Study screen, an export pressed right after "Archive plan" writes it archived', async () => {
    const draftProfile = emptyProfileDraft();
    const profile = await saveProfile(store, {
      ...draftProfile,
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-director',
      education: 'bachelor',
      weeklyAvailability: {
        ...draftProfile.weeklyAvailability,
        mon: '1',
        tue: '1',
        wed: '1',
        thu: '1',
        fri: '1',
      },
    });
    if (!profile.ok) throw new Error('profile not saved');
    const { blocks } = await laid();
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform()}>
          <UndoProvider>
            <main>
              <StudyScreen rest={[]} />
            </main>
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const card = await screen.findByRole('article', { name: 'PMP exam' }, SLOW);
    // Pressed one straight after the other: the export does not wait for the screen to redraw.
    fireEvent.click(within(card).getByRole('button', { name: 'Archive plan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    const events = statuses(saved[0]!);
    for (const b of blocks) expect(events.get(blockUid(b.id))).toBe('CANCELLED');
  });
});
