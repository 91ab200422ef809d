/**
 * Removing one study block ("Remove block" in the block's dialog) and its Undo, each in one
 * transaction. A removed block is remembered twice: as dropped (study-dropped.ts), so the
 * next calendar export cancels its event, and as removed (listRemoved), so re-planning keeps
 * its time free instead of laying it again (shared/domain/study/replan.ts). Undo puts the
 * block back and forgets both, while its plan is as the removal left it (checkBlockRestore).
 */
import { localDateOf, type LocalDate } from '../../../../shared/dates';
import { sameBlockPlace } from '../../../../shared/domain/study';
import {
  cancellationExported,
  checkBlockRemoval,
  checkBlockRestore,
  planStateKey,
  withoutRemovedBlock,
  withRemovedBlock,
} from '../../../../shared/domain/study/block-removal';
import type { RemovedBlock } from '../../../../shared/domain/study';
import type { Store } from '../database';
import {
  listDropped,
  listRemoved,
  rememberRemoved,
  REMOVED_ROW_ID,
  type RemovedRow,
} from './study-dropped';
import { lastCalendarExport } from './study-exported-deadlines';
import type { BlockPlace, StudyBlockRow, StudyPlanRow } from './study-plans';
import { nowIso, writeTransaction } from './write';

const blocks = (store: Store) => store.db.table<StudyBlockRow, string>('studyBlocks');
const plans = (store: Store) => store.db.table<StudyPlanRow, string>('studyPlans');
const settings = (store: Store) => store.db.table<RemovedRow, string>('settings');

/**
 * `DAY_PASSED`: the block's day has gone (checkBlockRemoval); `NOT_FOUND`: it no longer
 * exists (re-planned or removed elsewhere); `CHANGED`: it is no longer where it was when the
 * dialog opened (moved in another window). Nothing is written on any of them.
 */
export type RemoveBlockError = 'DAY_PASSED' | 'NOT_FOUND' | 'CHANGED';

/**
 * Removed: the row, and `left`, the block's plan and its other blocks as the removal left them
 * (planStateKey), both for Undo (restoreBlock).
 */
export type RemoveBlockResult =
  { ok: true; removed: StudyBlockRow; left: string } | { ok: false; error: RemoveBlockError };

async function writeRemoved(store: Store, list: RemovedBlock[], now: string): Promise<void> {
  if (list.length === 0) await settings(store).delete(REMOVED_ROW_ID);
  else await settings(store).put({ id: REMOVED_ROW_ID, blocks: list, updatedAt: now });
}

/**
 * Removes the block `id` on `asOf` (today): the block goes, and its place is remembered as
 * removed (re-plans keep it free) and as dropped (the next export cancels its event), all in
 * one transaction. With `seen` (the block as the dialog was opened on), a block moved
 * elsewhere since is refused with `CHANGED`. Returned: the row and the plan as left, for Undo
 * (restoreBlock).
 */
export async function removeBlock(
  store: Store,
  id: string,
  asOf: LocalDate,
  seen?: BlockPlace,
): Promise<RemoveBlockResult> {
  return writeTransaction(store, ['studyPlans', 'studyBlocks', 'settings'], async () => {
    const row = await blocks(store).get(id);
    if (!row) return { ok: false as const, error: 'NOT_FOUND' as const };
    if (seen && !sameBlockPlace(row, seen))
      return { ok: false as const, error: 'CHANGED' as const };
    const refused = checkBlockRemoval(row, asOf);
    if (refused) return { ok: false as const, error: refused };
    await blocks(store).delete(id);
    const now = nowIso();
    // Kept as its place only (id, plan, day, start, length: withRemovedBlock).
    await writeRemoved(store, withRemovedBlock(await listRemoved(store), row, asOf), now);
    await rememberRemoved(store, [row], asOf, now);
    const plan = await plans(store).get(row.planId);
    const others = await blocks(store).where('planId').equals(row.planId).toArray();
    return { ok: true as const, removed: row, left: planStateKey(plan ?? null, others) };
  });
}

/**
 * Undo of removeBlock: the block comes back as it was, its time is no longer kept free and
 * its cancellation is forgotten. One whose cancellation an export saved since the removal
 * wrote is stamped as changed now, so the next export writes it with a higher SEQUENCE than
 * the cancellation; with no export between, it comes back exactly as it was
 * (cancellationExported). Nothing is put back when its plan was deleted meanwhile
 * (`PLAN_GONE`: in another window, say; the block would belong to no plan) or, with `left`
 * (removeBlock's), when the plan or one of its blocks changed since (`PLAN_CHANGED`:
 * re-planned, edited, archived, a block moved; checkBlockRestore). A block already back
 * changes nothing.
 */
export async function restoreBlock(
  store: Store,
  removed: StudyBlockRow,
  asOf: LocalDate = localDateOf(new Date()),
  left?: string,
): Promise<'RESTORED' | 'PLAN_GONE' | 'PLAN_CHANGED'> {
  return writeTransaction(store, ['studyPlans', 'studyBlocks', 'settings'], async () => {
    const plan = await plans(store).get(removed.planId);
    if (!plan) return 'PLAN_GONE' as const;
    if (await blocks(store).get(removed.id)) return 'RESTORED' as const;
    if (left !== undefined) {
      const others = await blocks(store).where('planId').equals(removed.planId).toArray();
      const refused = checkBlockRestore(left, plan, others);
      if (refused) return refused;
    }
    const now = nowIso();
    const dropped = (await listDropped(store)).find((b) => b.id === removed.id);
    const stamp = cancellationExported(dropped, await lastCalendarExport(store));
    await blocks(store).put(stamp ? { ...removed, updatedAt: now } : removed);
    await writeRemoved(store, withoutRemovedBlock(await listRemoved(store), removed.id, asOf), now);
    // Its id is on the calendar again: no longer one to cancel.
    await rememberRemoved(store, [], asOf, now);
    return 'RESTORED' as const;
  });
}
