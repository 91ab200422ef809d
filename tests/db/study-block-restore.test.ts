// Study › "Remove block" › Undo, once the plan has changed since the removal (checkBlockRestore):
// a re-plan or an edit laid the block's hours on other time, a block of the plan was moved into
// its place, or the edit made its day one with no study. Put back then, the hours were planned
// twice, two sittings shared one time, or a block sat on a day the person keeps free; it stays
// removed, its time still kept free, and nothing is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  archivePlan,
  listBlocks,
  replanPlan,
  savePlan,
  updateBlock,
  type StudyBlockRow,
} from '../../renderer/src/db/repositories/study-plans';
import { listRemoved } from '../../renderer/src/db/repositories/study-dropped';
import { removeBlock, restoreBlock } from '../../renderer/src/db/repositories/study-block-remove';
import type { PlanDraft } from '../../shared/domain/study';
import { freshName } from './helpers';

const week = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '6', // 8 h of time to 30 Nov: Tuesday 24 Nov stays free
  start: '2026-11-16',
  deadline: '2026-12-01',
  sessionMinutes: '60',
  bufferDays: '0',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const TODAY = '2026-11-18';
const THURSDAY = '2026-11-26';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-block-restore'));
});
afterEach(async () => {
  await store.db.delete();
});

async function removeThursday(over: Partial<PlanDraft> = {}, madeOn = '2026-11-16') {
  const made = await savePlan(store, { ...draft, ...over }, week, madeOn);
  if (!made.ok) throw new Error('plan not saved');
  const gone = (await listBlocks(store)).find((b) => b.date === THURSDAY)!;
  const r = await removeBlock(store, gone.id, TODAY, gone);
  if (!r.ok) throw new Error('not removed');
  return { plan: made.plan, r };
}
const from = (blocks: StudyBlockRow[], day: string) =>
  blocks.filter((b) => b.date >= day).reduce((s, b) => s + b.minutes, 0);
const onThursday = (blocks: StudyBlockRow[]) => blocks.filter((b) => b.date === THURSDAY);

describe('restoreBlock once the plan changed after the removal', () => {
  it('puts it back when only another plan changed, and nothing after a re-plan of its own', async () => {
    const { plan, r: first } = await removeThursday();
    const other = await savePlan(
      store,
      { ...draft, title: 'Agile', hoursNeeded: '1' },
      week,
      TODAY,
    );
    expect(other.ok).toBe(true);
    expect(await restoreBlock(store, first.removed, TODAY, first.left)).toBe('RESTORED');
    expect(onThursday(await listBlocks(store)).map((b) => b.id)).toContain(first.removed.id);
    expect(await listRemoved(store)).toEqual([]);

    const r = await removeBlock(store, first.removed.id, TODAY, first.removed);
    if (!r.ok) throw new Error('not removed');
    await replanPlan(store, plan.id, week, TODAY);
    const replanned = await listBlocks(store);
    const own = (blocks: StudyBlockRow[]) => blocks.filter((b) => b.planId === plan.id);
    expect(from(own(replanned), TODAY)).toBe(6 * 60);

    expect(await restoreBlock(store, r.removed, TODAY, r.left)).toBe('PLAN_CHANGED');
    const after = await listBlocks(store);
    expect(after).toEqual(replanned);
    // Not 7 h for 6 h needed: the hour is on Tuesday 24 now, not on Thursday as well.
    expect(from(own(after), TODAY)).toBe(6 * 60);
    // Still kept free: the next re-plan lays nothing there either.
    expect((await listRemoved(store)).map((b) => b.id)).toEqual([r.removed.id]);
  });

  it('puts nothing back after a re-plan made before the plan’s start (its row unchanged)', async () => {
    // From Mon 23: Tue 24, Thu 26 and Sat 28 hold 4 h; 3 h are laid an hour a day.
    const { plan, r } = await removeThursday({ start: '2026-11-23', hoursNeeded: '3' }, TODAY);
    await replanPlan(store, plan.id, week, TODAY);
    expect(from(await listBlocks(store), TODAY)).toBe(3 * 60);
    expect(await restoreBlock(store, r.removed, TODAY, r.left)).toBe('PLAN_CHANGED');
    expect(onThursday(await listBlocks(store))).toEqual([]);
  });

  it('puts nothing back on a day the edited plan keeps free', async () => {
    const { plan, r } = await removeThursday();
    const edited = await savePlan(store, { ...draft, blackouts: THURSDAY }, week, TODAY, plan.id);
    expect(edited.ok).toBe(true);
    expect(await restoreBlock(store, r.removed, TODAY, r.left)).toBe('PLAN_CHANGED');
    expect(onThursday(await listBlocks(store))).toEqual([]);
  });

  it('puts nothing back where a block of the plan was moved since', async () => {
    const { r } = await removeThursday();
    const saturday = (await listBlocks(store)).find((b) => b.date === '2026-11-28')!;
    const moved = { date: THURSDAY, start: '18:00', minutes: 60 };
    expect(await updateBlock(store, saturday.id, moved, TODAY, saturday)).toEqual({ ok: true });
    expect(await restoreBlock(store, r.removed, TODAY, r.left)).toBe('PLAN_CHANGED');
    // One sitting at Thursday 18:00, not two.
    expect(onThursday(await listBlocks(store)).map((b) => b.id)).toEqual([saturday.id]);
  });

  it('puts nothing back into a plan archived since', async () => {
    const { plan, r } = await removeThursday();
    await archivePlan(store, plan.id);
    expect(await restoreBlock(store, r.removed, TODAY, r.left)).toBe('PLAN_CHANGED');
    expect(onThursday(await listBlocks(store))).toEqual([]);
  });
});
