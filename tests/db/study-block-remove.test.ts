// Study › a block's dialog › "Remove block": one transaction removes the block, remembers its
// place as removed (a re-plan lays nothing there again) and as dropped (the next calendar
// export cancels its event); Undo puts it back and forgets both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deletePlan,
  listBlocks,
  replanPlan,
  savePlan,
  type StudyBlockRow,
} from '../../renderer/src/db/repositories/study-plans';
import {
  listDropped,
  listRemoved,
  REMOVED_ROW_ID,
} from '../../renderer/src/db/repositories/study-dropped';
import { removeBlock, restoreBlock } from '../../renderer/src/db/repositories/study-block-remove';
import { rememberExportedDeadlines } from '../../renderer/src/db/repositories/study-exported-deadlines';
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

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-block-remove'));
});
afterEach(async () => {
  await store.db.delete();
});

async function planWithBlocks() {
  const made = await savePlan(store, draft, week, '2026-11-16');
  if (!made.ok) throw new Error('plan not saved');
  const blocks = await listBlocks(store);
  const at = (date: string, start = '18:00') =>
    blocks.find((b) => b.date === date && b.start === start)!;
  return { plan: made.plan, blocks, at };
}
const on = (blocks: StudyBlockRow[], date: string) => blocks.filter((b) => b.date === date);
const minutesFrom = (blocks: StudyBlockRow[], day: string) =>
  blocks.filter((b) => b.date >= day).reduce((s, b) => s + b.minutes, 0);

describe('removeBlock', () => {
  it('removes the block and a re-plan lays its hour on other time, never back in its place', async () => {
    const { plan, at } = await planWithBlocks();
    const gone = at('2026-11-26');
    const r = await removeBlock(store, gone.id, TODAY, gone);
    expect(r).toEqual({ ok: true, removed: gone, left: expect.any(String) });
    expect((await listBlocks(store)).map((b) => b.id)).not.toContain(gone.id);
    expect(await listRemoved(store)).toEqual([
      { id: gone.id, planId: plan.id, date: gone.date, start: gone.start, minutes: 60 },
    ]);
    // The next export cancels its event.
    expect((await listDropped(store)).map((b) => b.id)).toContain(gone.id);

    const replanned = await replanPlan(store, plan.id, week, TODAY);
    expect(replanned?.fits).toBe(true);
    const after = await listBlocks(store);
    expect(on(after, '2026-11-26')).toEqual([]);
    expect(on(after, '2026-11-24').map((b) => b.start)).toEqual(['18:00']);
    expect(minutesFrom(after, TODAY)).toBe(6 * 60);

    // Saving an edit of the plan re-lays from today too: still not back.
    const edited = await savePlan(
      store,
      { ...draft, title: 'PMP exam, again' },
      week,
      TODAY,
      plan.id,
    );
    expect(edited.ok).toBe(true);
    expect(on(await listBlocks(store), '2026-11-26')).toEqual([]);
  });

  it.each<[string, string, 'DAY_PASSED' | 'CHANGED' | 'NOT_FOUND']>([
    [
      'a block on a day already gone (Thursday 19, judged on Friday 20)',
      '2026-11-20',
      'DAY_PASSED',
    ],
    ['a block moved elsewhere since the dialog opened', TODAY, 'CHANGED'],
    ['a block that no longer exists', TODAY, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_name, asOf, error) => {
    const { at } = await planWithBlocks();
    const block = at('2026-11-19');
    const seen = error === 'CHANGED' ? { ...block, start: '07:00' } : block;
    const id = error === 'NOT_FOUND' ? 'no-such-block' : block.id;
    const before = await listBlocks(store);
    expect(await removeBlock(store, id, asOf, seen)).toEqual({ ok: false, error });
    expect(await listBlocks(store)).toEqual(before);
    expect(await store.db.table('settings').get(REMOVED_ROW_ID)).toBeUndefined();
    expect(await listDropped(store)).toEqual([]);
  });
});

describe('restoreBlock (Undo of a removal)', () => {
  it('puts the block back, no longer kept free nor cancelled, and above an export made between', async () => {
    const { at } = await planWithBlocks();
    const gone = at('2026-11-26');
    const r = await removeBlock(store, gone.id, TODAY, gone);
    if (!r.ok) throw new Error('not removed');
    // A calendar export saved between: its cancellation is in a calendar.
    await rememberExportedDeadlines(store, [], new Date().toISOString());
    expect(await restoreBlock(store, r.removed, TODAY)).toBe('RESTORED');
    const back = (await listBlocks(store)).find((b) => b.id === gone.id);
    expect(back).toMatchObject({ date: gone.date, start: gone.start, minutes: 60, edited: false });
    // A later change brings it back in that calendar.
    expect(back!.updatedAt > gone.updatedAt).toBe(true);
    expect(await listRemoved(store)).toEqual([]);
    expect((await listDropped(store)).map((b) => b.id)).not.toContain(gone.id);
    // A second Undo changes nothing.
    expect(await restoreBlock(store, r.removed, TODAY)).toBe('RESTORED');
    expect((await listBlocks(store)).filter((b) => b.id === gone.id)).toHaveLength(1);
  });

  it('puts nothing back when the plan was deleted meanwhile', async () => {
    const { plan, at } = await planWithBlocks();
    const gone = at('2026-11-26');
    const r = await removeBlock(store, gone.id, TODAY, gone);
    if (!r.ok) throw new Error('not removed');
    await deletePlan(store, plan.id, TODAY);
    expect(await restoreBlock(store, r.removed, TODAY)).toBe('PLAN_GONE');
    expect(await listBlocks(store)).toEqual([]);
  });
});
