// A study session or a focus timer never names a plan that is gone, checked in the writing
// transaction: a session typed in for a deleted plan, or a timer started on one, is refused and
// nothing is written (the plan may have been deleted in another window after the form was drawn).
// A timer whose plan is deleted while it runs is still logged, with no plan: the time was really
// studied. A plan whose delete was undone before the stop keeps its session.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  addSession,
  getTimer,
  listSessions,
  logFocus,
  startFocus,
  stopFocus,
  type TimerRow,
} from '../../renderer/src/db/repositories/study-log';
import { deletePlan, restorePlan, savePlan } from '../../renderer/src/db/repositories/study-plans';
import type { PlanDraft } from '../../shared/domain/study';
import { freshName } from './helpers';

const TODAY = '2026-11-22';
const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '20',
  start: TODAY,
  deadline: '2027-01-25',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};

let store: Store;
let planId: string;
beforeEach(async () => {
  store = await openStore(freshName('study-deleted-plan'));
  const saved = await savePlan(store, draft, week, TODAY);
  if (!saved.ok) throw new Error('plan not saved');
  planId = saved.plan.id;
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});

/** The wall clock, at a local time on 22 Nov 2026 (timers stay real for IndexedDB). */
function clockAt(h: number, min = 0) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, h, min));
}

describe('a session for a deleted plan', () => {
  it('is refused with PLAN_GONE and nothing is written; no plan and a stored plan are fine', async () => {
    const input = { planId, date: TODAY, minutes: 45, topic: '' };
    await deletePlan(store, planId, TODAY);
    expect(await addSession(store, input, TODAY)).toEqual({
      ok: false,
      errors: { planId: 'PLAN_GONE' },
    });
    expect(await listSessions(store)).toEqual([]);
    expect((await addSession(store, { ...input, planId: null }, TODAY)).ok).toBe(true);
    const again = await savePlan(store, draft, week, TODAY);
    if (!again.ok) throw new Error('plan not saved');
    expect((await addSession(store, { ...input, planId: again.plan.id }, TODAY)).ok).toBe(true);
    expect((await listSessions(store)).map((s) => s.planId).sort()).toEqual(
      [again.plan.id, null].sort(),
    );
  });
});

describe('the focus timer and a deleted plan', () => {
  it('does not start on a deleted plan', async () => {
    await deletePlan(store, planId, TODAY);
    expect(await startFocus(store, planId, 'Risk')).toEqual({ ok: false, why: 'PLAN_GONE' });
    expect(await getTimer(store)).toBeNull();
    expect(await startFocus(store, null, 'Risk')).toEqual({ ok: true });
    expect(await getTimer(store)).toMatchObject({ planId: null, topic: 'Risk' });
  });

  it('a plan deleted while the timer ran: logged with no plan; undone before the stop: kept', async () => {
    clockAt(9);
    await startFocus(store, planId, 'Risk');
    const deleted = await deletePlan(store, planId, TODAY);
    clockAt(9, 25);
    expect((await stopFocus(store)).logged).toMatchObject({ minutes: 25, planId: null });

    await restorePlan(store, deleted!);
    clockAt(10);
    expect(await startFocus(store, planId, 'Risk')).toEqual({ ok: true });
    await restorePlan(store, (await deletePlan(store, planId, TODAY))!);
    clockAt(10, 30);
    expect((await stopFocus(store)).logged).toMatchObject({ minutes: 30, planId });
  });

  it('a checked run whose plan was deleted is logged with no plan', async () => {
    clockAt(9);
    await startFocus(store, planId, 'Risk');
    clockAt(19, 30); // ten and a half hours: asked about first
    const asked = await stopFocus(store);
    if (asked.logged || asked.why !== 'NEEDS_CHECK') throw new Error('not asked');
    await deletePlan(store, planId, TODAY);
    const r = await logFocus(store, 90, asked.timer as TimerRow, TODAY);
    expect(r).toMatchObject({ ok: true, value: { minutes: 90, planId: null, date: TODAY } });
    expect(await getTimer(store)).toBeNull();
  });
});
