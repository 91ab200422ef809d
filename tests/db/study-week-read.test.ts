/**
 * Issue 9: the dashboard's "This week's study" card reads the plans and only the blocks and
 * sessions dated in the current week (readStudyWeek), not every row of a career. Over a
 * generated career with blocks and sessions on every day around today, its planned and
 * studied minutes equal those worked out from every row (weeklyProgress, as the card did
 * before) on each day of several weeks, for weeks starting on Monday and on Sunday, and stay
 * live.
 */
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { openStore, type Store } from '../../renderer/src/db/database';
import { addSession, listSessions } from '../../renderer/src/db/repositories/study-log';
import { listBlocks, listPlans } from '../../renderer/src/db/repositories/study-plans';
import { readStudyWeek, type StudyWeek } from '../../renderer/src/db/repositories/study-week';
import { addDays, isoWeekday, type LocalDate } from '../../shared/dates';
import { weekStarts, weeklyProgress, type WeekStart } from '../../shared/domain/study';
import { TODAY, dashboardCareer } from './dashboard-reads-data';
import { freshName } from './helpers';

const open: Store[] = [];
const subscriptions: { unsubscribe(): void }[] = [];
afterEach(() => {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  for (const s of open.splice(0)) s.db.close();
});

async function careerStore(label: string, seed = 1): Promise<Store> {
  const store = await openStore(freshName(`study-week-${label}`));
  open.push(store);
  await replaceAllData(store, dashboardCareer(seed));
  return store;
}

type Rows = Pick<StudyWeek, 'plans' | 'blocks' | 'sessions'>;

/** What the dashboard’s StudyWeekCard shows: the week's planned (active plans) and studied minutes. */
function figures({ plans, blocks, sessions }: Rows, asOf: LocalDate, weekStart: WeekStart) {
  const active = new Set(plans.filter((p) => p.status === 'active').map((p) => p.id));
  const [week] = weeklyProgress(
    blocks.filter((b) => active.has(b.planId)),
    sessions,
    asOf,
    asOf,
    weekStart,
  );
  return { planned: week?.plannedMinutes ?? 0, studied: week?.actualMinutes ?? 0 };
}

async function wholeTables(store: Store): Promise<Rows> {
  const [plans, blocks, sessions] = await Promise.all([
    listPlans(store),
    listBlocks(store),
    listSessions(store),
  ]);
  return { plans, blocks, sessions };
}

/** Every day of the three weeks around today, and a few days years back. */
const days = [
  ...Array.from({ length: 21 }, (_, i) => addDays(TODAY, i - 14)),
  addDays(TODAY, -400),
  addDays(TODAY, -1000),
  addDays(TODAY, -3000),
];

describe('the week of study reads only the week (readStudyWeek)', () => {
  it.each([1, 2])(
    'gives the planned and studied minutes of every row, on every day (seed %i)',
    async (seed) => {
      const store = await careerStore(`same-${seed}`, seed);
      const all = await wholeTables(store);
      for (const weekStart of weekStarts)
        for (const asOf of days) {
          const week = await readStudyWeek(store, asOf, weekStart);
          expect(figures(week, asOf, weekStart), `${asOf} ${weekStart}`).toEqual(
            figures(all, asOf, weekStart),
          );
        }
    },
  );

  it.each(weekStarts)(
    'reads the blocks and sessions from the first to the last day of the week (%s)',
    async (weekStart) => {
      const store = await careerStore(`edges-${weekStart}`);
      const all = await wholeTables(store);
      const week = await readStudyWeek(store, TODAY, weekStart);
      // 2026-11-22 is a Sunday: the last day of a Monday week, the first of a Sunday week.
      expect(isoWeekday(TODAY)).toBe(6);
      const from = weekStart === 'monday' ? addDays(TODAY, -6) : TODAY;
      expect([week.from, week.to]).toEqual([from, addDays(from, 6)]);
      const inWeek = (d: LocalDate) => d >= from && d <= addDays(from, 6);
      const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).sort();
      expect(ids(week.sessions)).toEqual(ids(all.sessions.filter((s) => inWeek(s.date))));
      expect(ids(week.blocks)).toEqual(ids(all.blocks.filter((b) => inWeek(b.date))));
      // The days either side of the week have rows that are not read.
      for (const outside of [addDays(from, -1), addDays(from, 7)]) {
        expect(all.sessions.some((s) => s.date === outside)).toBe(true);
        expect(week.sessions.some((s) => s.date === outside)).toBe(false);
      }
      expect(week.sessions.length).toBeLessThan(all.sessions.length / 20);
      expect(figures(week, TODAY, weekStart).studied).toBeGreaterThan(0);
      expect(figures(week, TODAY, weekStart).planned).toBeGreaterThan(0);
    },
  );

  it('stays live: a session logged today adds its minutes', async () => {
    const store = await careerStore('live');
    const seen: { planned: number; studied: number }[] = [];
    subscriptions.push(
      liveQuery(() => readStudyWeek(store, TODAY, 'monday')).subscribe((w) =>
        seen.push(figures(w, TODAY, 'monday')),
      ),
    );
    await until(() => seen.length > 0);
    const before = seen.at(-1)!;
    const saved = await addSession(
      store,
      { planId: null, date: TODAY, minutes: 35, topic: 'Risk' },
      TODAY,
    );
    expect(saved.ok).toBe(true);
    await until(() => seen.at(-1)!.studied === before.studied + 35);
    expect(seen.at(-1)).toEqual(figures(await wholeTables(store), TODAY, 'monday'));
  });
});

/** Waits for `done` to hold, failing after 3 s. */
async function until(done: () => boolean): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > 3_000) throw new Error('timed out waiting for a live result');
    await new Promise((r) => setTimeout(r, 5));
  }
}
