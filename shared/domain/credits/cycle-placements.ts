/**
 * Where the activities of a prepared log go for one held credential (placeFacts, the rule
 * shared with applyActivity), as placements with their reasons (placeAll), and the counted
 * and planned entries of a cycle built from them (cycleEntries, entryOf). Only activities
 * inside the counting windows asked for are looked at (issue 9). The same placements feed a
 * cycle's figures in feed-cycle.ts (feedCycle) and its explanations in explain-cycle.ts
 * (explainCycle); the window helpers they share are here.
 */
import type { LocalDate } from '../../dates';
import type { Cycle, HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import type { ActivityFacts, Base } from './contribution';
import { placeFacts, type Placement } from './placement';
import { dateBoundIn, errorsAt, factsAt, type PreparedLog } from './prepared-log';
import type { Entry } from './tally';
import type { ActivityExplanation, Reason } from './types';

export interface CyclePlacements {
  log: PreparedLog;
  /**
   * Per activity, in the log's order: where it goes for this credential. Only activities
   * dated inside the counting windows of the cycles evaluated are placed (undefined
   * elsewhere): nothing outside them can count for, or be listed in, those cycles.
   */
  placed: (Placement | undefined)[];
  /**
   * Per cycle index: positions of the activities that count or are planned for it, oldest
   * first (equal dates in the log's order), so the tally's sort by date finds them in order.
   */
  own: number[][];
}

export function notCountedOf(a: Activity, reason: Reason): ActivityExplanation {
  return {
    activityId: a.id,
    date: a.date,
    outcome: 'not-counted',
    earned: null,
    counted: null,
    reasons: [reason],
  };
}

export function entryOf(
  a: Pick<ActivityFacts, 'id' | 'date' | 'rolePeriod'>,
  base: Base,
  projected: boolean,
): Entry {
  const { buckets, practitioner, category, notes, semesterCredits } = base;
  return {
    id: a.id,
    date: a.date,
    source: 'activity',
    projected,
    earned: buckets,
    // tally() copies an entry before a cap changes its counted figures.
    counted: buckets,
    practitioner,
    rolePeriod: a.rolePeriod,
    category,
    // Shared until tally() copies the entry to add a reason.
    reasons: projected ? [{ code: 'PLANNED_ONLY' }, ...notes] : notes,
    semesterCredits,
  };
}

/** Positions in `log.byDate` of the activities dated inside `cycle`'s counting window. */
export function windowOf(log: PreparedLog, from: LocalDate, to: LocalDate) {
  return { lo: dateBoundIn(log, from, true), hi: dateBoundIn(log, to) };
}

/** True when both ends of the counting windows never go back from one cycle to the next. */
export const windowsInOrder = (cycles: readonly Cycle[]) =>
  cycles.every(
    (c, k) =>
      k === 0 || (c.countFrom >= cycles[k - 1]!.countFrom && c.countTo >= cycles[k - 1]!.countTo),
  );

/** Places the activities dated in the windows of cycles `span.from`…`span.to` (default: all). */
export function placeAll(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
  span: { from: number; to: number } = { from: 0, to: cycles.length - 1 },
): CyclePlacements {
  const acts = log.activities;
  const placed: (Placement | undefined)[] = new Array(acts.length);
  const own: number[][] = cycles.map(() => []);
  if (span.to < span.from || !cycles[span.from]) return { log, placed, own };
  const { lo, hi } = windowOf(log, cycles[span.from]!.countFrom, cycles[span.to]!.countTo);
  // Activities come oldest first: with windows in order, the counting cycle (the first whose
  // window holds the date, countingCycle) is found by moving forward, not searched for each.
  const walk = windowsInOrder(cycles);
  let c = 0;
  for (let k = lo; k < hi; k++) {
    const i = log.order[k]!;
    const f = factsAt(log, i);
    let counting: Cycle | null | undefined;
    if (walk) {
      while (c < cycles.length && cycles[c]!.countTo < f.date) c++;
      const at = cycles[c];
      counting = at && at.countFrom <= f.date ? at : null;
    }
    const p = placeFacts(f, held, cycles, asOf, errorsAt(log, i), counting);
    placed[i] = p;
    if (p.outcome !== 'not-counted') own[p.cycle.index]!.push(i);
  }
  return { log, placed, own };
}

/** Counted and planned entries of one cycle, oldest first (equal dates in the log's order). */
export function cycleEntries(p: CyclePlacements, index: number) {
  const counted: Entry[] = [];
  const projected: Entry[] = [];
  for (const i of p.own[index]!) {
    const placed = p.placed[i]!;
    if (placed.outcome === 'not-counted') continue;
    const a = factsAt(p.log, i);
    if (placed.outcome === 'projected') projected.push(entryOf(a, placed.base, true));
    else counted.push(entryOf(a, placed.base, false));
  }
  return { counted, projected };
}
