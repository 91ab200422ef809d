/**
 * Where the activities of a prepared log go for one held credential, decided once for all
 * of the credential's cycles (placeActivity, the rule shared with applyActivity), and each
 * cycle's explanations assembled from that without placing anything again (issue 9). Only
 * activities inside the evaluated cycles' counting windows are looked at.
 */
import type { LocalDate } from '../../dates';
import { countingCycle, type Cycle, type HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import {
  baseInto,
  categoryFor,
  claimStatusOf,
  practitionerFor,
  type ActivityFacts,
  type Base,
} from './contribution';
import { explainEntry } from './explain';
import type { FigureRun } from './cycle-figures';
import { gateOf, placeFacts, type Placement } from './placement';
import { dateBound, dateIdOrder, type PreparedLog } from './prepared-log';
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
  const { buckets, practitioner, category, notes } = base;
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
  };
}

/** Positions in `log.byDate` of the activities dated inside `cycle`'s counting window. */
function windowOf(log: PreparedLog, from: LocalDate, to: LocalDate) {
  return { lo: dateBound(log.dates, from, true), hi: dateBound(log.dates, to) };
}

/** True when both ends of the counting windows never go back from one cycle to the next. */
const windowsInOrder = (cycles: readonly Cycle[]) =>
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
    const i = log.byDate[k]!;
    const f = log.facts[i]!;
    let counting: Cycle | null | undefined;
    if (walk) {
      while (c < cycles.length && cycles[c]!.countTo < f.date) c++;
      const at = cycles[c];
      counting = at && at.countFrom <= f.date ? at : null;
    }
    const p = placeFacts(f, held, cycles, asOf, log.errors[i]!, counting);
    placed[i] = p;
    if (p.outcome !== 'not-counted') own[p.cycle.index]!.push(i);
  }
  return { log, placed, own };
}

/**
 * placeAll as figures, for a credential's cycles `span.from`…`span.to`: the same decision
 * (placeFacts' checks, then baseInto for the hours), kept in typed arrays instead of an object
 * per activity (issue 9). Positions are those of the window in dateIdOrder, the tally's order.
 */
export interface PlacedFigures {
  log: PreparedLog;
  order: Int32Array;
  /** The window: positions `lo`…`hi - 1` of `order`; index `k - lo` below. */
  lo: number;
  hi: number;
  /** The cycle index the activity counts or is planned for; -1 when neither. */
  cycle: Int32Array;
  projected: Uint8Array;
  /** Quarter hours it brings, five per position in `buckets` order. */
  quarters: Float64Array;
  practitioner: Uint8Array;
  categories: (string | null)[];
  /** Per cycle index: how many planned activities it has. */
  plannedIn: Int32Array;
}

export function placeFigures(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
  span: { from: number; to: number },
): PlacedFigures {
  const order = dateIdOrder(log);
  const valid = span.to >= span.from && !!cycles[span.from];
  const { lo, hi } = valid
    ? windowOf(log, cycles[span.from]!.countFrom, cycles[span.to]!.countTo)
    : { lo: 0, hi: 0 };
  const n = hi - lo;
  const out: PlacedFigures = {
    log,
    order,
    lo,
    hi,
    cycle: new Int32Array(n).fill(-1),
    projected: new Uint8Array(n),
    quarters: new Float64Array(n * 5),
    practitioner: new Uint8Array(n),
    categories: new Array<string | null>(n).fill(null),
    plannedIn: new Int32Array(cycles.length),
  };
  const rule = held.rule;
  const walk = windowsInOrder(cycles);
  let c = 0;
  for (let k = lo; k < hi; k++) {
    const i = order[k]!;
    const f = log.facts[i]!;
    if (gateOf(f, held, cycles, asOf, log.errors[i]!) !== null) continue;
    let counting: Cycle | null;
    if (walk) {
      while (c < cycles.length && cycles[c]!.countTo < f.date) c++;
      const at = cycles[c];
      counting = at && at.countFrom <= f.date ? at : null;
    } else counting = countingCycle(cycles, f.date);
    if (!counting) continue;
    const j = k - lo;
    if (baseInto(rule, f, out.quarters, j * 5) !== null) continue;
    out.cycle[j] = counting.index;
    out.practitioner[j] = practitionerFor(rule, f) ? 1 : 0;
    out.categories[j] = categoryFor(rule, f);
    if (claimStatusOf(f, rule.id) === 'planned') {
      out.projected[j] = 1;
      out.plannedIn[counting.index]!++;
    }
  }
  return out;
}

/**
 * Feeds cycle `index`'s activities to its runs in tally order: what counts to `actual`, and
 * with what is planned to `projection` (when given). Carry-in comes before, from the caller.
 */
export function feedCycle(
  p: PlacedFigures,
  cycle: Cycle,
  actual: FigureRun,
  projection: FigureRun | null,
) {
  const { log, order, quarters: q } = p;
  const from = Math.max(p.lo, dateBound(log.dates, cycle.countFrom, true));
  const to = Math.min(p.hi, dateBound(log.dates, cycle.countTo));
  for (let k = from; k < to; k++) {
    const j = k - p.lo;
    if (p.cycle[j] !== cycle.index) continue;
    const f = log.facts[order[k]!]!;
    const planned = p.projected[j] === 1;
    const at = j * 5;
    const practitioner = p.practitioner[j] === 1;
    const category = p.categories[j]!;
    const ww = q[at]!;
    const ps = q[at + 1]!;
    const ba = q[at + 2]!;
    const gb = q[at + 3]!;
    const gen = q[at + 4]!;
    if (!planned)
      actual.add(
        f.id,
        f.date,
        false,
        false,
        practitioner,
        f.rolePeriod,
        category,
        ww,
        ps,
        ba,
        gb,
        gen,
      );
    if (projection)
      projection.add(
        f.id,
        f.date,
        false,
        planned,
        practitioner,
        f.rolePeriod,
        category,
        ww,
        ps,
        ba,
        gb,
        gen,
      );
  }
}

/** Counted and planned entries of one cycle, oldest first (equal dates in the log's order). */
export function cycleEntries(p: CyclePlacements, index: number) {
  const counted: Entry[] = [];
  const projected: Entry[] = [];
  for (const i of p.own[index]!) {
    const placed = p.placed[i]!;
    if (placed.outcome === 'not-counted') continue;
    const a = p.log.facts[i]!;
    if (placed.outcome === 'projected') projected.push(entryOf(a, placed.base, true));
    else counted.push(entryOf(a, placed.base, false));
  }
  return { counted, projected };
}

/**
 * The activities dated in `cycle`'s counting window that do not count and are not planned
 * for it, oldest first, equal dates in the log's order. Activities outside the window are
 * not listed: they belong to another cycle or to none (the credit log explains them).
 */
function notCountedIn(p: CyclePlacements, cycle: Cycle): ActivityExplanation[] {
  const { byDate, activities } = p.log;
  const { lo, hi } = windowOf(p.log, cycle.countFrom, cycle.countTo);
  const out: ActivityExplanation[] = [];
  for (let k = lo; k < hi; k++) {
    const i = byDate[k]!;
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
