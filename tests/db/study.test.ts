import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { markNotified, notifiedKeys } from '../../renderer/src/db/repositories/study-notified';
import { getSettings, setStudySettings } from '../../renderer/src/db/repositories/settings';
import {
  blockUid,
  calendarItems,
  dueReminders,
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

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study'));
});
afterEach(() => store.db.delete());

describe('study plans', () => {
  it('saves a plan with its blocks in one go, and refuses a bad one writing nothing', async () => {
    const bad = await savePlan(store, { ...draft, hoursNeeded: 'lots' }, week, '2026-11-22');
    expect(bad).toMatchObject({ ok: false, errors: { hoursNeeded: 'NOT_A_NUMBER' } });
    expect(await listPlans(store)).toEqual([]);
    const r = await savePlan(store, draft, week, '2026-11-22');
    expect(r.ok).toBe(true);
    expect(sum(await listBlocks(store))).toBe(6000);
  });

  it('re-plans from today: past blocks kept, studied minutes taken off', async () => {
    const r = await savePlan(store, draft, week, '2026-11-22');
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

  it('moves a block and marks it edited; refuses a bad time', async () => {
    await savePlan(store, draft, week, '2026-11-22');
    const [first] = await listBlocks(store);
    expect(
      await updateBlock(store, first!.id, { date: '2026-11-07', start: '09:00', minutes: 45 }),
    ).toEqual({ ok: true });
    expect((await listBlocks(store)).find((b) => b.id === first!.id)).toMatchObject({
      date: '2026-11-07',
      start: '09:00',
      edited: true,
    });
    expect(
      await updateBlock(store, first!.id, { date: '2026-11-07', start: '25:00', minutes: 45 }),
    ).toEqual({ ok: false, error: 'TIME_INVALID' });
  });

  it('deletes a plan with its blocks and puts both back on undo', async () => {
    const r = await savePlan(store, draft, week, '2026-11-22');
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
    await startFocus(store, null, 'Risk');
    expect(await getTimer(store)).toMatchObject({
      topic: 'Risk',
      runningSince: expect.any(String),
    });
    await pauseFocus(store);
    expect((await getTimer(store))!.runningSince).toBeNull();
    const session = await stopFocus(store);
    expect(session).toMatchObject({ source: 'timer', topic: 'Risk', minutes: 1 });
    expect(await getTimer(store)).toBeNull();
    expect(await listSessions(store)).toHaveLength(1);
  });

  it('turns a session into a credit entry only once, linking the two', async () => {
    const s = await addSession(
      store,
      { planId: null, date: '2026-11-20', minutes: 95, topic: 'Agile book' },
      '2026-11-22',
    );
    if (!s.ok) throw new Error('not saved');
    const choice = { type: 'read' as const, area: 'waysOfWorking' as const, planTitle: null };
    const r = await claimSessionAsCredit(store, s.value.id, choice, '2026-11-22');
    expect(r).toMatchObject({
      ok: true,
      activity: { type: 'read', amount: 1.5, date: '2026-11-20' },
    });
    expect((await listSessions(store))[0]!.activityId).toBe(r.ok ? r.activity.id : '');
    expect(await claimSessionAsCredit(store, s.value.id, choice, '2026-11-22')).toEqual({
      ok: false,
      reason: 'ALREADY_CLAIMED',
    });
    expect(await store.db.table('activities').count()).toBe(1);
  });
});

describe('reminders and settings', () => {
  it('remembers a notification for the day, so it is not shown twice', async () => {
    const due = dueReminders(
      [{ id: 'exam:h1', kind: 'exam', date: '2026-11-25', title: 'PMP' }],
      '2026-11-22',
      7,
    );
    await markNotified(store, due, '2026-11-22');
    expect(remindersToNotify(due, await notifiedKeys(store, '2026-11-22'))).toEqual([]);
    const tomorrow = dueReminders(
      [{ id: 'exam:h1', kind: 'exam', date: '2026-11-25', title: 'PMP' }],
      '2026-11-23',
      7,
    );
    expect(remindersToNotify(tomorrow, await notifiedKeys(store, '2026-11-23'))).toHaveLength(1);
  });

  it('stores the study settings and refuses a lead time out of range', async () => {
    await setStudySettings(store, { reminderLeadDays: 30, weekStart: 'sunday', clock: '12h' });
    expect(await getSettings(store)).toMatchObject({
      reminderLeadDays: 30,
      weekStart: 'sunday',
      clock: '12h',
    });
    await expect(
      setStudySettings(store, { reminderLeadDays: 0, weekStart: 'sunday', clock: '12h' }),
    ).rejects.toThrow(RangeError);
  });
});

describe('calendar export', () => {
  it('writes blocks and deadlines that another library reads back with the same UIDs', async () => {
    const r = await savePlan(store, draft, week, '2026-11-22');
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
    await updateBlock(store, blocks[0]!.id, { date: '2026-11-04', start: '07:00', minutes: 60 });
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
