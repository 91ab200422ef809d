/**
 * The Dashboard's "This week's study" with nothing planned this week (review: a plan whose
 * first block is next week read "0 min studied of 0 min planned this week."). Today is
 * Wednesday 2 Dec 2026; the week runs Monday 30 Nov to Sunday 6 Dec. The card names the day
 * of the next block, or says that nothing is planned ahead and where to plan.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listBlocks, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { Dashboard } from '../../../renderer/src/features/dashboard/Dashboard';
import { StudyWeekCard } from '../../../renderer/src/features/dashboard/StudyWeekCard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { calendarDate, type LocalDate } from '../../../shared/dates';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' };
/** An hour on Tuesdays only: 3 hours from Tue 8 Dec to 23 Dec are an hour each Tuesday. */
const tuesdays: WeeklyAvailability = {
  mon: 0,
  tue: 1,
  wed: 0,
  thu: 0,
  fri: 0,
  sat: 0,
  sun: 0,
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 2, 9, 0));
  store = await openStore(freshName('dashboard-study-week'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

const show = (element: React.ReactNode) =>
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );

async function plan(start: LocalDate, deadline: LocalDate) {
  const draft: PlanDraft = {
    title: 'Exam preparation',
    target: 'exam:held-1',
    hoursNeeded: '3',
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
  return (await listBlocks(store)).map((b) => b.date);
}

async function card() {
  const heading = await screen.findByRole(
    'heading',
    { name: 'This week’s study: plan vs actual' },
    SLOW,
  );
  return heading.closest('section')!;
}

/** The words of the card's first paragraph, once they are not about loading. */
async function firstLine() {
  const section = await card();
  return section.querySelector('p')!.textContent;
}

const day = (d: LocalDate) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    calendarDate(d),
  );

describe('the dashboard’s week of study with nothing planned this week', () => {
  it('names the day of the next block when the plan starts next week', async () => {
    expect(await plan('2026-12-08', '2026-12-23')).toEqual([
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
    ]);
    show(<StudyWeekCard />);
    expect(await firstLine()).toBe(
      `Nothing planned this week; your next study block is on ${day('2026-12-08')}.`,
    );
    expect(day('2026-12-08')).toMatch(/Tue/);
    expect(day('2026-12-08')).toMatch(/8/);
    expect((await card()).textContent).not.toContain('0 min planned');
    expect(
      within(await card()).getByRole('link', { name: 'Open the study planner' }),
    ).toHaveProperty('hash', '#/study');
  });

  it('says what was studied too, when something was studied without a plan this week', async () => {
    await plan('2026-12-08', '2026-12-23');
    await store.db.table('studySessions').put({
      id: 'monday',
      planId: null,
      date: '2026-11-30',
      minutes: 45,
      topic: 'Risk',
      source: 'manual',
      activityId: null,
      ...stamps,
    });
    show(<StudyWeekCard />);
    expect(await firstLine()).toBe(
      `45 min studied this week, with nothing planned; your next study block is on ${day('2026-12-08')}.`,
    );
  });

  it('says nothing is planned ahead, and where to plan, when every block is past', async () => {
    await plan('2026-11-01', '2026-11-20');
    show(<StudyWeekCard />);
    expect(await firstLine()).toBe(
      'Nothing is planned this week or later. Plan your study time for an exam or a goal.',
    );
    const link = within(await card()).getByRole('link', { name: 'Plan your study time' });
    expect(link.getAttribute('href')).toMatch(/study/);
    expect((await card()).querySelector('meter')).toBeNull();
  });

  it('still shows planned against studied in a week with blocks', async () => {
    await plan('2026-11-30', '2026-12-16');
    show(<StudyWeekCard />);
    expect(await firstLine()).toBe('0 min studied of 1 h planned this week.');
  });

  it('is the card the dashboard shows', async () => {
    const saved = await saveProfile(store, {
      name: 'Dana Okafor',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '', tue: '1', wed: '', thu: '', fri: '', sat: '', sun: '' },
    });
    expect(saved.ok).toBe(true);
    await plan('2026-12-08', '2026-12-23');
    show(<Dashboard />);
    expect(await firstLine()).toBe(
      `Nothing planned this week; your next study block is on ${day('2026-12-08')}.`,
    );
  });
});
