/**
 * A plan's start and exam date, as savePlan lays and checks them (review, 6 Dec 2026):
 * - Moving a plan's start to a later day left the sittings laid for the old start on the
 *   calendar (replan.ts: every block from today on that the user did not place is dropped;
 *   the new sittings go from the new start).
 * - A new plan that started in the past was laid on days already gone, so its card said
 *   "behind" at once; it is laid from today. An exam date already gone is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  listBlocks,
  listPlans,
  savePlan,
  updateBlock,
} from '../../renderer/src/db/repositories/study-plans';
import { listDropped } from '../../renderer/src/db/repositories/study-dropped';
import { addSession } from '../../renderer/src/db/repositories/study-log';
import type { PlanDraft } from '../../shared/domain/study';
import { freshName } from './helpers';

const TODAY = '2026-12-06'; // a Sunday
const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '20',
  start: '2026-12-14',
  deadline: '2027-02-15',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const sum = (xs: readonly { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-replan-start'));
});
afterEach(async () => {
  await store.db.delete();
});

describe('moving a plan’s start to a later day', () => {
  // The reviewer's repro: 20 h from 14 Dec, edited on 6 Dec to start on 4 Jan. Before the
  // fix the stored blocks went from 1200 to 1560 minutes: 6 sittings between 16 Dec and
  // 1 Jan stayed.
  it.each<[string, string | null, number]>([
    ['only laid sittings: the old ones go, the plan’s 20 h stay', null, 0],
    ['a sitting the user moved before the new start: it stays, the laid ones go', '2026-12-21', 60],
  ])('%s', async (_name, movedTo, stays) => {
    const made = await savePlan(store, draft, week, TODAY);
    if (!made.ok) throw new Error('not saved');
    const laid = await listBlocks(store);
    expect(sum(laid)).toBe(1200);
    expect(laid.some((b) => b.date < '2027-01-04')).toBe(true);
    let mine: string | null = null;
    if (movedTo) {
      mine = laid[0]!.id;
      const moved = await updateBlock(
        store,
        mine,
        { date: movedTo, start: '07:00', minutes: 60 },
        TODAY,
      );
      expect(moved).toEqual({ ok: true });
    }

    const edited = await savePlan(
      store,
      { ...draft, start: '2027-01-04' },
      week,
      TODAY,
      made.plan.id,
    );
    expect(edited).toMatchObject({ ok: true, result: { fits: true } });
    const after = await listBlocks(store);
    const early = after.filter((b) => b.date < '2027-01-04');
    expect(early.map((b) => b.id)).toEqual(mine ? [mine] : []);
    expect(sum(after.filter((b) => b.date >= '2027-01-04'))).toBe(1200);
    expect(sum(after)).toBe(1200 + stays);
    // The dropped sittings are remembered, so the next calendar export cancels them.
    const dropped = new Set((await listDropped(store)).map((b) => b.id));
    const live = new Set(after.map((b) => b.id));
    const gone = laid.filter((b) => b.date < '2027-01-04' && b.id !== mine).map((b) => b.id);
    expect(gone.filter((id) => live.has(id) || !dropped.has(id))).toEqual([]);
  });
});

describe('moving the start later on a day already studied', () => {
  // Review: with the start still to come after the edit, every block from today on went,
  // today's too, though the study logged today covered them. replanStart keeps today's blocks
  // as the record of a day studied; so does this edit. The plan started Mon 30 Nov; on
  // Mon 7 Dec, after an hour of study, its start is moved to Mon 4 Jan.
  const monday = '2026-12-07';
  const started = { ...draft, start: '2026-11-30' };

  it.each<[string, number, boolean]>([
    ['studied as much as today’s blocks: they stay, the later ones go', 60, true],
    ['studied less than today’s blocks: they go with the later ones', 30, false],
  ])('%s', async (_name, minutes, todayStays) => {
    const made = await savePlan(store, started, week, '2026-11-30');
    if (!made.ok) throw new Error('not saved');
    const laid = await listBlocks(store);
    const todays = laid.filter((b) => b.date === monday);
    expect(sum(todays)).toBe(60);
    const logged = await addSession(
      store,
      { planId: made.plan.id, date: monday, minutes, topic: 'Risk' },
      monday,
    );
    expect(logged.ok).toBe(true);

    const edited = await savePlan(
      store,
      { ...started, start: '2027-01-04' },
      week,
      monday,
      made.plan.id,
    );
    expect(edited).toMatchObject({ ok: true });
    const after = await listBlocks(store);
    expect(after.filter((b) => b.date === monday)).toEqual(todayStays ? todays : []);
    // The sittings laid for the old start after today go either way.
    expect(after.filter((b) => b.date > monday && b.date < '2027-01-04')).toEqual([]);
    const dropped = new Set((await listDropped(store)).map((b) => b.id));
    expect(todays.every((b) => dropped.has(b.id))).toBe(!todayStays);
  });
});

describe('a new plan that started in the past, or whose exam has passed', () => {
  // The reviewer's repro: 40 h from 2 Nov, exam 11 Jan, made on 6 Dec. Before the fix 25
  // sittings (50 h of room) were counted on days gone, and 20 h were stored on them.
  it('is laid from today: no sitting on a day already gone', async () => {
    const made = await savePlan(
      store,
      { ...draft, hoursNeeded: '40', start: '2026-11-02', deadline: '2027-01-11' },
      week,
      TODAY,
    );
    expect(made).toMatchObject({ ok: true, result: { fits: true } });
    const blocks = await listBlocks(store);
    expect(blocks.filter((b) => b.date < TODAY)).toEqual([]);
    expect(sum(blocks)).toBe(2400);
  });

  it.each<[string, Partial<PlanDraft>]>([
    ['an exam already gone', { start: '2026-10-01', deadline: '2026-11-01' }],
    ['an exam today', { start: '2026-11-02', deadline: TODAY }],
  ])('refuses %s, writing nothing', async (_name, over) => {
    const r = await savePlan(store, { ...draft, ...over }, week, TODAY);
    expect(r).toEqual({ ok: false, errors: { deadline: 'DEADLINE_PASSED' } });
    expect(await listPlans(store)).toEqual([]);
    expect(await listBlocks(store)).toEqual([]);
  });

  it('lets an edit keep the date the plan has, though it has passed since', async () => {
    const made = await savePlan(
      store,
      { ...draft, start: '2026-10-01', deadline: '2026-11-16' },
      week,
      '2026-10-01',
    );
    if (!made.ok) throw new Error('not saved');
    const renamed = { ...draft, title: 'PMP, done', start: '2026-10-01', deadline: '2026-11-16' };
    expect(await savePlan(store, renamed, week, TODAY, made.plan.id)).toMatchObject({ ok: true });
    expect(
      await savePlan(store, { ...renamed, deadline: '2026-11-30' }, week, TODAY, made.plan.id),
    ).toEqual({ ok: false, errors: { deadline: 'DEADLINE_PASSED' } });
  });
});
