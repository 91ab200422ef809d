/**
 * Removing one study block ("Remove block" in the block's dialog, study planner issue 7
 * part 2), and the memory of removed blocks that keeps re-planning from laying them again.
 */
import type { LocalDate } from '../../dates';
import { isRemovedBlock } from './replan';
import type { RemovedBlock } from './types';

/**
 * Null when the block may be removed on `asOf` (today), else why not. Ascent rule (as for a
 * move, review A14, checkBlockChange): a block on a day already gone is the record of what
 * was planned (it counts in "behind schedule" and shows as missed); removing it would rewrite
 * that record, so it stays. It can still be moved to today or later to make it up.
 */
export function checkBlockRemoval(
  block: { date: LocalDate },
  asOf: LocalDate,
): 'DAY_PASSED' | null {
  return block.date < asOf ? 'DAY_PASSED' : null;
}

/**
 * The removed blocks still worth remembering on `asOf`: those on today or a day still to come
 * (re-planning never lays a day already gone), one entry per block id, in order of day and
 * start. Ascent rule: the memory only keeps the planner off the removed time; once the day has
 * passed there is nothing left to keep it off.
 */
export function removedStillAhead(
  removed: readonly RemovedBlock[],
  asOf: LocalDate,
): RemovedBlock[] {
  const seen = new Set<string>();
  const out: RemovedBlock[] = [];
  for (const b of removed) {
    if (!isRemovedBlock(b) || b.date < asOf || seen.has(b.id)) continue;
    seen.add(b.id);
    out.push({ id: b.id, planId: b.planId, date: b.date, start: b.start, minutes: b.minutes });
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
}

/** The memory once `block` was removed on `asOf` (a later removal of the same id replaces it). */
export function withRemovedBlock(
  removed: readonly RemovedBlock[],
  block: RemovedBlock,
  asOf: LocalDate,
): RemovedBlock[] {
  return removedStillAhead([block, ...removed.filter((b) => b.id !== block.id)], asOf);
}

/** The memory once the block `id` is back on the calendar (Undo of its removal). */
export function withoutRemovedBlock(
  removed: readonly RemovedBlock[],
  id: string,
  asOf: LocalDate,
): RemovedBlock[] {
  return removedStillAhead(
    removed.filter((b) => b.id !== id),
    asOf,
  );
}

/**
 * A plan and its blocks as one text, compared by content (checkBlockRestore): the plan's row
 * and each of its blocks' rows, in order of id. Rows carry the time of their last change, so
 * any write to the plan or to one of its blocks gives another text.
 */
export function planStateKey(plan: unknown, blocks: readonly { id: string }[]): string {
  const inOrder = [...blocks].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ plan, blocks: inOrder });
}

/**
 * Null when Undo may put a removed block back, else why not; `left` is planStateKey of the
 * plan and its blocks just after the removal, `plan` and `blocks` are them now (the block
 * itself not among them). Ascent rule (study planner, Undo of "Remove block"): the block goes
 * back only while its plan and the plan's blocks are as the removal left them. A re-plan or a
 * saved edit since laid the hours the block held on other time (the removed time was kept
 * free), and may have made its day one with no study or moved the exam before it; a block of
 * the plan moved since may now sit in its place; an archive took the plan's later blocks off
 * the week. Put back then, the block would hold those hours twice or break those rules, so it
 * stays removed: its time is still kept free, and a block of the plan can be moved there.
 * `PLAN_GONE`: the plan was deleted (the block would belong to no plan).
 */
export function checkBlockRestore(
  left: string,
  plan: unknown,
  blocks: readonly { id: string }[],
): 'PLAN_GONE' | 'PLAN_CHANGED' | null {
  if (!plan) return 'PLAN_GONE';
  return planStateKey(plan, blocks) === left ? null : 'PLAN_CHANGED';
}

// Start-up code (restorePlan) reads it too: kept in a module of its own.
export { cancellationExported } from './cancellation-exported';
