/**
 * The Dashboard's "This week's study" says which blocks were missed, in the study week's word
 * ("Missed": ended with no study logged for them, missedBlocks), and names a next block far
 * off with its year ("Tue 5 Jan 2027" seen in December). Today is Wednesday 2 Dec 2026, 09:00;
 * the week runs Monday 30 Nov to Sunday 6 Dec.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listBlocks, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyWeekCard } from '../../../renderer/src/features/dashboard/StudyWeekCard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { calendarDate, type LocalDate } from '../../../shared/dates';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' };
/** An hour on Tuesdays at 19:00. */
const tuesdays: WeeklyAvailability = { mon: 0, tue: 1, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 2, 9, 0));
  store = await openStore(freshName('dashboard-study-week-missed'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

const show = () =>
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <StudyWeekCard />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );

async function plan(start: LocalDate, deadline: LocalDate, hours = '3') {
  const draft: PlanDraft = {
    title: 'Exam preparation',
    target: 'exam:held-1',
    hoursNeeded: hours,
    start,
    deadline,
    sessionMinutes: '60',
    bufferDays: '0',
    dayStart: '19:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  const saved = await savePlan(store, draft, tuesdays, start);
  if (!saved.ok) throw new Error(`plan not saved: ${JSON.stringify(saved.errors)}`);
  return listBlocks(store);
}

async function cardText() {
  const heading = await screen.findByRole(
    'heading',
    { name: 'This week’s study: plan vs actual' },
    SLOW,
  );
  return heading.closest('section')!.textContent;
}

const MISSED_ONE =
  'Missed: 1 block this week (1 h), with no study logged for it. If you studied, log it; ' +
  'to make it up, move it to today or a later day.';

describe('the dashboard’s week of study: missed blocks', () => {
  it('says a block of this week that ended with nothing logged was missed', async () => {
    const blocks = await plan('2026-11-30', '2026-12-16');
    expect(blocks.map((b) => [b.date, b.start])[0]).toEqual(['2026-12-01', '19:00']);
    show();
    expect(await cardText()).toContain('0 min studied of 1 h planned this week.');
    expect(await cardText()).toContain(MISSED_ONE);
  });

  it('says nothing was missed once study for the plan was logged that day', async () => {
    const [first] = await plan('2026-11-30', '2026-12-16');
    await store.db.table('studySessions').put({
      id: 'tuesday',
      planId: first!.planId,
      date: '2026-12-01',
      minutes: 60,
      topic: 'Risk',
      source: 'manual',
      activityId: null,
      ...stamps,
    });
    show();
    expect(await cardText()).toContain('1 h studied of 1 h planned this week.');
    expect(await cardText()).not.toContain('Missed');
  });
});

describe('the dashboard’s week of study: a next block far off', () => {
  it('names the day of a next block in another year with its year', async () => {
    await plan('2027-01-05', '2027-01-20');
    show();
    const withYear = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(calendarDate('2027-01-05'));
    expect(withYear).toMatch(/2027/);
    expect(await cardText()).toContain(
      `Nothing planned this week; your next study block is on ${withYear}.`,
    );
  });
});
