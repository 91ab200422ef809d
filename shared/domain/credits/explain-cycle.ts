/**
 * A cycle's explanations assembled from its placements (cycle-placements.ts): what counted
 * and what was planned, explained entry by entry, merged by date with the activities dated in
 * its counting window that do not count for it (explainCycle).
 */
import type { LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { notCountedOf, windowOf, type CyclePlacements } from './cycle-placements';
import { explainEntry } from './explain';
import type { Entry } from './tally';
import type { ActivityExplanation } from './types';

/**
 * The activities dated in `cycle`'s counting window that do not count and are not planned
 * for it, oldest first, equal dates in the log's order. Activities outside the window are
 * not listed: they belong to another cycle or to none (the credit log explains them).
 */
function notCountedIn(p: CyclePlacements, cycle: Cycle): ActivityExplanation[] {
  const { order, activities } = p.log;
  const { lo, hi } = windowOf(p.log, cycle.countFrom, cycle.countTo);
  const out: ActivityExplanation[] = [];
  for (let k = lo; k < hi; k++) {
    const i = order[k]!;
    const placed = p.placed[i];
    if (!placed) continue;
    if (placed.outcome === 'not-counted') out.push(notCountedOf(activities[i]!, placed.reason));
    else if (placed.cycle.index !== cycle.index)
      out.push(
        notCountedOf(activities[i]!, { code: 'OUTSIDE_CYCLE', cycleIndex: placed.cycle.index }),
      );
  }
  return out;
}

/** First position at or after `from` in the date-sorted `list` dated on or after `day`. */
function firstFrom(list: readonly ActivityExplanation[], day: LocalDate, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byDateOnly = (a: ActivityExplanation, b: ActivityExplanation) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * The cycle's explanations, oldest first: what counted (carried-in first) and what was
 * planned, then on equal dates what did not count — the order a stable sort by date of
 * [counted, planned, not counted] gives, built by merging two sorted lists.
 */
export function explainCycle(
  p: CyclePlacements,
  cycle: Cycle,
  actual: readonly Entry[],
  projection: readonly Entry[],
): ActivityExplanation[] {
  const mine = [
    ...actual.map(explainEntry),
    ...projection.filter((e) => e.projected).map(explainEntry),
  ].sort(byDateOnly);
  const rest = notCountedIn(p, cycle);
  const parts: ActivityExplanation[][] = [];
  let from = 0;
  for (const e of mine) {
    const to = firstFrom(rest, e.date, from);
    parts.push(rest.slice(from, to), [e]);
    from = to;
  }
  parts.push(rest.slice(from));
  return ([] as ActivityExplanation[]).concat(...parts);
}
