import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deletePlan,
  listBlocks,
  listPlans,
  replanPlan,
  restorePlan,
  savePlan,
  updateBlock,
} from '../../renderer/src/db/repositories/study-plans';
import {
  addSession,
  claimSessionAsCredit,
  getTimer,
  listSessions,
  pauseFocus,
  startFocus,
  stopFocus,
} from '../../renderer/src/db/repositories/study-log';
import { claimedBy } from '../../shared/domain/study';
import {
  claimNotifications,
  notifiedKeys,
} from '../../renderer/src/db/repositories/study-notified';
import { saveHeld } from '../../renderer/src/db/repositories/credentials';
import { deleteActivity, listActivities } from '../../renderer/src/db/repositories/activities';
import {
  getSettings,
  setClock,
  setStudySettings,
} from '../../renderer/src/db/repositories/settings';
import {
  blockUid,
  calendarItems,
  dueReminders,
  sequenceOf,
  remindersToNotify,
  type PlanDraft,
} from '../../shared/domain/study';
import { icsText } from '../../renderer/src/features/study/ics';
import { freshName } from './helpers';

const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '100',
  start: '2026-11-02',
  deadline: '2027-01-25',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const sum = (xs: { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);
/**
 * The plans here are made on their start day, and re-planned weeks later: a new plan is laid
 * from today, so one made later than its start has no blocks on the days before (savePlan).
 */
const MADE = draft.start;

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study'));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});
/** The wall clock the repositories stamp `updatedAt` with (timers stay real for IndexedDB). */
function clockAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('study plans', () => {
  it('saves a plan with its blocks in one go, and refuses a bad one writing nothing', async () => {
    const bad = await savePlan(store, { ...draft, hoursNeeded: 'lots' }, week, MADE);
    expect(bad).toMatchObject({ ok: false, errors: { hoursNeeded: 'NOT_A_NUMBER' } });
    expect(await listPlans(store)).toEqual([]);
    const r = await savePlan(store, draft, week, MADE);
    expect(r.ok).toBe(true);
    expect(sum(await listBlocks(store))).toBe(6000);
  });

  it('re-plans from today: past blocks kept, studied minutes taken off', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const before = (await listBlocks(store)).filter((b) => b.date < '2026-11-22');
    await addSession(
      store,
      { planId: r.plan.id, date: '2026-11-20', minutes: 900, topic: '' },
      '2026-11-22',
    );
    await replanPlan(store, r.plan.id, week, '2026-11-22');
    const after = await listBlocks(store);
    expect(after.filter((b) => b.date < '2026-11-22')).toEqual(before);
    expect(sum(after.filter((b) => b.date >= '2026-11-22'))).toBe(6000 - 900);
  });

  it('re-plans from tomorrow once today’s planned study is logged, keeping today’s blocks', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const today = (await listBlocks(store)).filter((b) => b.date === '2026-11-23');
    const planned = sum(today);
    expect(planned).toBeGreaterThan(0);
    for (const [date, minutes] of [
      ['2026-11-20', 900],
      ['2026-11-23', planned],
    ] as const)
      await addSession(store, { planId: r.plan.id, date, minutes, topic: '' }, '2026-11-23');
    await replanPlan(store, r.plan.id, week, '2026-11-23');
    const after = await listBlocks(store);
    expect(after.filter((b) => b.date === '2026-11-23')).toEqual(today);
    expect(sum(after.filter((b) => b.date > '2026-11-23'))).toBe(6000 - 900 - planned);
  });

  it('re-plans a half-studied day twice the same day, both times from today', async () => {
    // Rule (review A6, studiedBeforeRelay): after a re-plan, today's blocks are what was left
    // of the day, laid around the study logged by then; a second re-plan that day knows it
    // and does not take the day for done. 10 h studied before and 1 h today leave 89 h, just
    // what the weekdays from today hold (45 × 2 h less today's hour).
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const planned = sum((await listBlocks(store)).filter((b) => b.date === '2026-11-23'));
    expect(planned).toBeGreaterThan(60);
    for (const [date, minutes] of [
      ['2026-11-20', 600],
      ['2026-11-23', 60],
    ] as const)
      await addSession(store, { planId: r.plan.id, date, minutes, topic: '' }, '2026-11-23');
    for (const attempt of [1, 2]) {
      const out = await replanPlan(store, r.plan.id, week, '2026-11-23');
      expect(out, `re-plan ${attempt}`).toMatchObject({ from: '2026-11-23', fits: true });
      const ahead = (await listBlocks(store)).filter((b) => b.date >= '2026-11-23');
      expect(sum(ahead), `re-plan ${attempt}`).toBe(6000 - 660);
      expect(sum(ahead.filter((b) => b.date === '2026-11-23'))).toBe(60);
    }
  });

  it('re-plans around the blocks the user moved, and keeps the ids of blocks that stay', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    await addSession(
      store,
      { planId: r.plan.id, date: '2026-11-20', minutes: 900, topic: '' },
      '2026-11-22',
    );
    const future = (await listBlocks(store)).filter((b) => b.date >= '2026-11-23');
    const mine = future[0]!;
    await updateBlock(
      store,
      mine.id,
      { date: '2026-11-28', start: '09:00', minutes: 120 },
      '2026-11-22',
    );
    const result = await replanPlan(store, r.plan.id, week, '2026-11-23');
    expect(result).toMatchObject({ fits: true, fixedMinutes: 120 });
    const after = (await listBlocks(store)).filter((b) => b.date >= '2026-11-23');
    expect(after.find((b) => b.id === mine.id)).toMatchObject({
      date: '2026-11-28',
      start: '09:00',
      minutes: 120,
      edited: true,
    });
    // Exactly the hours still to study: the moved block counts, the rest is laid around it.
    expect(sum(after)).toBe(6000 - 900);
    // Days keep their blocks' ids; only the day the block was moved away from needs a new one.
    const before = new Set(future.map((b) => b.id));
    const fresh = after.filter((b) => !before.has(b.id));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((b) => b.date === mine.date)).toBe(true);
  });

  it('edits a plan without losing a moved block', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const mine = (await listBlocks(store)).find((b) => b.date >= '2026-11-23')!;
    await updateBlock(
      store,
      mine.id,
      { date: mine.date, start: '06:30', minutes: 60 },
      '2026-11-22',
    );
    await savePlan(store, { ...draft, sessionMinutes: '30' }, week, '2026-11-23', r.plan.id);
    const after = await listBlocks(store);
    expect(after.find((b) => b.id === mine.id)).toMatchObject({ start: '06:30', edited: true });
    const sameDay = after.filter((b) => b.date === mine.date && b.id !== mine.id);
    // 30-minute sittings now, clear of the moved one.
    expect(sameDay.every((b) => b.minutes === 30 && b.start !== '06:30')).toBe(true);
  });

  it('moves a block and marks it edited; refuses a bad time and a day already gone', async () => {
    await savePlan(store, draft, week, MADE);
    const [first] = await listBlocks(store);
    // A sitting of 2 Nov, missed, made up on 27 Nov: moving a past block forward is allowed.
    const today = '2026-11-22';
    expect(
      await updateBlock(
        store,
        first!.id,
        { date: '2026-11-27', start: '09:00', minutes: 45 },
        today,
      ),
    ).toEqual({ ok: true });
    expect((await listBlocks(store)).find((b) => b.id === first!.id)).toMatchObject({
      date: '2026-11-27',
      start: '09:00',
      edited: true,
    });
    expect(
      await updateBlock(
        store,
        first!.id,
        { date: '2026-11-27', start: '25:00', minutes: 45 },
        today,
      ),
    ).toEqual({ ok: false, error: 'TIME_INVALID' });
    // Rule (review A14): no block is planned on a day already gone; nothing is written.
    expect(
      await updateBlock(
        store,
        first!.id,
        { date: '2026-11-21', start: '09:00', minutes: 45 },
        today,
      ),
    ).toEqual({ ok: false, error: 'DAY_PASSED' });
    expect((await listBlocks(store)).find((b) => b.id === first!.id)).toMatchObject({
      date: '2026-11-27',
    });
  });

  // Rule (study planner): no study is planned on or after the exam day, so a block is not
  // moved there either; the repository reads the plan's date in the same transaction.
  it('refuses a block moved onto or after its exam day, writing nothing', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const all = await listBlocks(store);
    const last = all[all.length - 1]!;
    expect(last.date < '2027-01-25').toBe(true);
    // The exam on Mon 25 Jan 2027, and the day after.
    for (const date of ['2027-01-25', '2027-01-26'])
      expect(
        await updateBlock(store, last.id, { date, start: '09:00', minutes: 60 }, '2026-11-22'),
      ).toEqual({ ok: false, error: 'AFTER_DEADLINE' });
    expect((await listBlocks(store)).find((b) => b.id === last.id)).toEqual(last);
    // The day before the exam is still a day to study.
    expect(
      await updateBlock(
        store,
        last.id,
        { date: '2027-01-24', start: '09:00', minutes: 60 },
        '2026-11-22',
      ),
    ).toEqual({ ok: true });
  });

  it('deletes a plan with its blocks and puts both back on undo', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const count = (await listBlocks(store)).length;
    const deleted = await deletePlan(store, r.plan.id);
    expect(await listBlocks(store)).toEqual([]);
    await restorePlan(store, deleted!);
    expect((await listBlocks(store)).length).toBe(count);
  });
});

describe('study log', () => {
  it('refuses a session in the future', async () => {
    const r = await addSession(
      store,
      { planId: null, date: '2026-11-23', minutes: 30, topic: '' },
      '2026-11-22',
    );
    expect(r).toEqual({ ok: false, errors: { date: 'IN_FUTURE' } });
  });

  it('keeps a running timer in the database and turns it into a session on stop', async () => {
    // Midday, local: twelve minutes back is the same day whenever the test runs.
    clockAt('2026-11-22T12:00:00');
    await startFocus(store, null, 'Risk');
    expect(await getTimer(store)).toMatchObject({
      topic: 'Risk',
      runningSince: expect.any(String),
    });
    // Twelve minutes on the clock before the pause.
    const started = new Date(Date.now() - 12 * 60_000).toISOString();
    await store.db.table('timer').update('focus', { runningSince: started });
    await pauseFocus(store);
    expect((await getTimer(store))!.runningSince).toBeNull();
    const stopped = await stopFocus(store);
    expect(stopped.logged).toMatchObject({
      source: 'timer',
      topic: 'Risk',
      minutes: 12,
      date: '2026-11-22',
    });
    expect(await getTimer(store)).toBeNull();
    expect(await listSessions(store)).toHaveLength(1);
  });

  it('a timer stopped within half a minute logs nothing and is gone', async () => {
    await startFocus(store, null, 'Started by mistake');
    expect(await stopFocus(store)).toEqual({ logged: null, why: 'UNDER_HALF_A_MINUTE' });
    expect(await getTimer(store)).toBeNull();
    expect(await listSessions(store)).toEqual([]);
    expect(await stopFocus(store)).toEqual({ logged: null, why: 'NO_TIMER' });
  });

  const choice = { type: 'read' as const, area: 'waysOfWorking' as const, planTitle: null };
  async function session(date = '2026-11-20') {
    const s = await addSession(
      store,
      { planId: null, date, minutes: 95, topic: 'Agile book' },
      '2026-11-22',
    );
    if (!s.ok) throw new Error('not saved');
    return s.value;
  }
  const earnPmp = (earnedDate: string) =>
    saveHeld(store, { credentialId: 'pmp', stage: 'earned', earnedDate }, '2026-11-22');

  it('turns a session into a credit entry only once, naming the session as its source', async () => {
    await earnPmp('2025-01-15');
    const s = await session();
    const r = await claimSessionAsCredit(store, s.id, choice, '2026-11-22');
    expect(r).toMatchObject({
      ok: true,
      activity: { type: 'read', amount: 1.5, date: '2026-11-20', sourceId: s.id },
    });
    expect(await claimSessionAsCredit(store, s.id, choice, '2026-11-22')).toEqual({
      ok: false,
      reason: 'ALREADY_CLAIMED',
    });
    expect(await store.db.table('activities').count()).toBe(1);
    expect(claimedBy((await listSessions(store))[0]!, await listActivities(store))).toBeDefined();
  });

  it('lets a session be claimed again once its entry is deleted from the credit log', async () => {
    await earnPmp('2025-01-15');
    const s = await session();
    const first = await claimSessionAsCredit(store, s.id, choice, '2026-11-22');
    if (!first.ok) throw new Error('not claimed');
    await deleteActivity(store, first.activity.id);
    const row = (await listSessions(store))[0]!;
    expect(claimedBy(row, await listActivities(store))).toBeUndefined();
    expect(await claimSessionAsCredit(store, s.id, choice, '2026-11-22')).toMatchObject({
      ok: true,
    });
    expect(await store.db.table('activities').count()).toBe(1);
  });

  it.each([
    ['no credential is held', null, 'NO_EARNED_CREDENTIAL'],
    ['the PMP was earned after the session', '2026-11-21', 'NOT_ACCEPTED'],
  ] as const)('refuses, writing nothing, when %s', async (_name, earned, reason) => {
    if (earned) await earnPmp(earned);
    const s = await session();
    expect(await claimSessionAsCredit(store, s.id, choice, '2026-11-22')).toEqual({
      ok: false,
      reason,
    });
    expect(await store.db.table('activities').count()).toBe(0);
    expect((await listSessions(store))[0]!.activityId).toBeNull();
  });
});

describe('reminders and settings', () => {
  it('remembers a notification for the day, so it is not shown twice', async () => {
    const due = dueReminders(
      [{ id: 'exam:h1', kind: 'exam', date: '2026-11-25', title: 'PMP' }],
      '2026-11-22',
      7,
    );
    expect(await claimNotifications(store, due, '2026-11-22')).toEqual(due);
    expect(remindersToNotify(due, await notifiedKeys(store, '2026-11-22'))).toEqual([]);
    expect(await claimNotifications(store, due, '2026-11-22')).toEqual([]);
    const tomorrow = dueReminders(
      [{ id: 'exam:h1', kind: 'exam', date: '2026-11-25', title: 'PMP' }],
      '2026-11-23',
      7,
    );
    expect(remindersToNotify(tomorrow, await notifiedKeys(store, '2026-11-23'))).toHaveLength(1);
  });

  it('notifies once that a goal has reached its target, not again the next days', async () => {
    const met = (asOf: string) =>
      dueReminders(
        [{ id: 'goal:g1', kind: 'goal', date: '2028-06-01', title: 'Mentor', met: true }],
        asOf,
        7,
      );
    const toNotify = async (day: string) =>
      remindersToNotify(met(day), await notifiedKeys(store, day)).length;
    expect(await toNotify('2026-11-22')).toBe(1);
    await claimNotifications(store, met('2026-11-22'), '2026-11-22');
    // A later day's claim prunes the rows keyed by day, not the once-only one.
    const exam = { id: 'exam:h1', kind: 'exam' as const, date: '2026-11-25', title: 'PMP' };
    await claimNotifications(store, dueReminders([exam], '2026-11-24', 7), '2026-11-24');
    expect(await toNotify('2026-11-25')).toBe(0);
    expect(await toNotify('2027-11-22')).toBe(0);
    // Remembered a year: a goal still waiting to be marked achieved is notified again.
    expect(await toNotify('2027-11-23')).toBe(1);
  });

  it('stores the study settings and the clock, and refuses a lead time out of range', async () => {
    await setStudySettings(store, { reminderLeadDays: 30, weekStart: 'sunday' });
    await setClock(store, '12h');
    expect(await getSettings(store)).toMatchObject({
      reminderLeadDays: 30,
      weekStart: 'sunday',
      clock: '12h',
    });
    await expect(
      setStudySettings(store, { reminderLeadDays: 0, weekStart: 'sunday' }),
    ).rejects.toThrow(RangeError);
    await expect(setClock(store, 'noon' as never)).rejects.toThrow(RangeError);
    expect((await getSettings(store)).clock).toBe('12h');
  });
});

describe('calendar export', () => {
  const labels = { study: (t: string) => `Study: ${t}`, deadline: () => 'PMP exam' };
  async function exportedEvents(titles: Map<string, string>, asOf: string) {
    const future = (await listBlocks(store)).filter((b) => b.date >= asOf);
    const parsed = new ICAL.Component(
      ICAL.parse(icsText(calendarItems(future, titles, [], labels))),
    );
    return new Map(
      parsed
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .map((e) => [e.uid, e] as const),
    );
  }

  it('re-planning keeps the UIDs of the blocks that remain, and raises SEQUENCE only where an event changed', async () => {
    clockAt('2026-11-02T09:00:00Z');
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const titles = new Map([[r.plan.id, 'PMP exam']]);
    const first = await exportedEvents(titles, '2026-11-23');
    // Behind by a week of study, then the user re-plans from the 23rd.
    clockAt('2026-11-23T08:00:00Z');
    await addSession(
      store,
      { planId: r.plan.id, date: '2026-11-20', minutes: 600, topic: '' },
      '2026-11-22',
    );
    await replanPlan(store, r.plan.id, week, '2026-11-23');
    const second = await exportedEvents(titles, '2026-11-23');
    // No event is added: every event of the second export updates one of the first.
    for (const uid of second.keys()) expect(first.has(uid), uid).toBe(true);
    const same = [...second.values()].filter(
      (e) =>
        e.startDate.toString() === first.get(e.uid)!.startDate.toString() &&
        e.duration.toSeconds() === first.get(e.uid)!.duration.toSeconds(),
    );
    const moved = [...second.values()].filter((e) => !same.includes(e));
    expect(same.length).toBeGreaterThan(0);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of same) expect(e.sequence).toBe(first.get(e.uid)!.sequence);
    for (const e of moved) expect(e.sequence).toBeGreaterThan(first.get(e.uid)!.sequence);
    expect([...second.values()].reduce((t, e) => t + e.duration.toSeconds() / 60, 0)).toBe(
      6000 - 600,
    );
  });

  it('raises SEQUENCE of every coming block when the plan is renamed', async () => {
    clockAt('2026-11-02T09:00:00Z');
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const before = (await listBlocks(store)).filter((b) => b.date >= '2026-11-23');
    clockAt('2026-11-23T08:00:00Z');
    await savePlan(store, { ...draft, title: 'PMP, second try' }, week, '2026-11-23', r.plan.id);
    const after = new Map((await listBlocks(store)).map((b) => [b.id, b]));
    for (const b of before)
      expect(sequenceOf(after.get(b.id)!.updatedAt)).toBeGreaterThan(sequenceOf(b.updatedAt));
  });

  it('writes blocks and deadlines that another library reads back with the same UIDs', async () => {
    const r = await savePlan(store, draft, week, MADE);
    if (!r.ok) throw new Error('not saved');
    const blocks = (await listBlocks(store)).slice(0, 3);
    const deadline = { id: 'exam:held-1', kind: 'exam' as const, date: '2027-01-25', title: 'PMP' };
    const labels = { study: (t: string) => `Study: ${t}`, deadline: () => 'PMP exam' };
    const items = calendarItems(blocks, new Map([[r.plan.id, 'PMP exam']]), [deadline], labels);
    const parsed = new ICAL.Component(ICAL.parse(icsText(items)));
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(items.map((i) => i.uid).sort());
    for (const block of blocks) {
      const event = events.find((e) => e.uid === blockUid(block.id))!;
      expect(event.summary).toBe('Study: PMP exam');
      expect(event.startDate.toString()).toBe(`${block.date}T${block.start}:00`);
      expect(event.duration.toSeconds()).toBe(block.minutes * 60);
    }
    const exam = events.find((e) => e.summary === 'PMP exam')!;
    expect(exam.startDate.isDate).toBe(true);
    expect(exam.startDate.toString()).toBe('2027-01-25');
    // Exporting again after a move keeps every UID: calendars update instead of duplicating.
    await updateBlock(
      store,
      blocks[0]!.id,
      { date: '2026-11-24', start: '07:00', minutes: 60 },
      '2026-11-22',
    );
    const ids = new Set(blocks.map((b) => b.id));
    const again = calendarItems(
      (await listBlocks(store)).filter((b) => ids.has(b.id)),
      new Map(),
      [deadline],
      labels,
    );
    expect(new Set(again.map((i) => i.uid))).toEqual(new Set(items.map((i) => i.uid)));
  });
});
