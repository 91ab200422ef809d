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
