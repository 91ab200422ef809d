/**
 * Where the activities of a prepared log go for one held credential (placeFacts, the rule
 * shared with applyActivity): as figures, cycle by cycle, fed to a cycle's run (feedCycle);
 * and as placements with their reasons, from which a cycle's explanations are assembled
 * (placeAll, explainCycle). Only activities inside the counting windows asked for are looked
 * at (issue 9).
 */
import type { CredentialRule } from '../../catalog/credentials';
import { dayKey, type LocalDate } from '../../dates';
import { countingCycle, type Cycle, type HeldWithRule } from '../credentials';
import { NO_CATEGORY } from './category-sums';
import { categoryOfCodeIn, plainSums, specialsOf } from './plain-sums';
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
import { hasRequirement, heldOn, placeFacts, type Placement } from './placement';
import {
  dateBound,
  dateIdOrder,
  factsAt,
  GIVING_BACK,
  HAS_SPLIT,
  PLANNED,
  PRACTITIONER,
  SPECIAL,
  VALID,
  type PreparedLog,
} from './prepared-log';
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
    const f = factsAt(log, i);
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

const quarters = new Float64Array(5);

/**
 * Feeds cycle `cycle`'s activities to its run in tally order (dateIdOrder), without an object
 * per activity (issue 9): what counts to `actual`, and from the first planned activity on,
 * what counts and what is planned to a projection run forked from it. Which activities those
 * are is placeFacts' decision (gateOf, the counting cycle, baseInto), so both ways of judging
 * agree: an activity with per-credential settings (SPECIAL) is judged from its facts as
 * placeFacts judges it; any other is judged from the log's columns, where those settings are
 * absent (no exclusion, the activity's own status, the rule's Ways of Working default and
 * category). Carry-in comes before, from the caller. Returns the projection run, or null when
 * nothing is planned.
 */
export function feedCycle(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  cycle: Cycle,
  asOf: LocalDate,
  actual: FigureRun,
): FigureRun | null {
  if (!heldOn(held, asOf) || !hasRequirement(held, cycles)) return null;
  const order = dateIdOrder(log);
  const { dates, ids, typeCodes, day, flags, counted, ways, power, business } = log;
  const rule = held.rule;
  const pmi = rule.categoryScheme === 'pmi';
  const allWays = rule.waysOfWorkingDefault === 'all';
  // The rule's own category of each activity type (categoryOf without a tag), or none.
  const categoryOfCode = categoryOfCodeIn(rule.categoryScheme);
  // refusedFor's checks, with the certification date as a number.
  const earned = dayKey(held.credential.earnedDate!);
  // With windows in order, a day in this window counts here unless the window before holds
  // it too (countingCycle: the first window holding the day).
  const walk = windowsInOrder(cycles);
  const before = walk && cycle.index > 0 ? cycles[cycle.index - 1]!.countTo : null;
  const lo =
    before !== null && before >= cycle.countFrom
      ? dateBound(dates, before)
      : dateBound(dates, cycle.countFrom, true);
  const hi = dateBound(dates, cycle.countTo);
  if (walk && actual.runsExact()) return feedRuns(log, held, actual, lo, hi);
  let projection: FigureRun | null = null;
  for (let k = lo; k < hi; k++) {
    const i = order[k]!;
    const bits = flags[i]!;
    if ((bits & VALID) === 0 || day[i]! < earned) continue;
    if ((bits & SPECIAL) === 0 && walk) {
      let ww = 0;
      let ps = 0;
      let ba = 0;
      let gb = 0;
      let gen = 0;
      if (!pmi) gen = counted[i]!;
      else if (bits & GIVING_BACK) gb = counted[i]!;
      else if (bits & HAS_SPLIT) {
        ww = allWays ? ways[i]! : 0;
        ps = power[i]!;
        ba = business[i]!;
        if (ww + ps + ba === 0) continue;
      } else continue;
      const planned = (bits & PLANNED) !== 0;
      const practitioner = pmi && (bits & PRACTITIONER) !== 0;
      const category = categoryOfCode === null ? NO_CATEGORY : categoryOfCode[typeCodes[i]!]!;
      const id = ids[i]!;
      const date = dates[k]!;
      const d = day[i]!;
      if (planned) projection ??= actual.fork();
      else actual.add(id, date, d, false, false, practitioner, null, category, ww, ps, ba, gb, gen);
      projection?.add(
        id,
        date,
        d,
        false,
        planned,
        practitioner,
        null,
        category,
        ww,
        ps,
        ba,
        gb,
        gen,
      );
      continue;
    }
    const f = factsAt(log, i);
    if (!walk && countingCycle(cycles, f.date) !== cycle) continue;
    projection = feedFacts(f, rule, actual, projection);
  }
  return projection;
}

/**
 * One activity judged from its facts as placeFacts judges it (after the checks on validity,
 * holding, the certification date and the cycle), fed to the runs. Returns the projection
 * run, forked from `actual` at the first planned activity.
 */
function feedFacts(
  f: ActivityFacts,
  rule: CredentialRule,
  actual: FigureRun,
  projection: FigureRun | null,
): FigureRun | null {
  if (f.excludedFrom !== null && f.excludedFrom.includes(rule.id)) return projection;
  const q = quarters;
  if (baseInto(rule, f, q, 0) !== null) return projection;
  const planned = claimStatusOf(f, rule.id) === 'planned';
  const practitioner = practitionerFor(rule, f);
  const category = categoryFor(rule, f);
  if (planned) projection ??= actual.fork();
  else actual.addPlaced(f, false, practitioner, category, q);
  projection?.addPlaced(f, planned, practitioner, category, q);
  return projection;
}

/** First position in the sorted `list` holding a value at or above `value`. */
function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * feedCycle over tally positions lo…hi-1 with windows in order, by runs (issue 9): the plain
 * activities between two others are added as one run from their sums (plain-sums.ts), and
 * each other activity is judged from its facts in its place. The same figures as adding
 * every activity in turn, since a plain activity's contribution depends only on the rule's
 * kind and the caps clip running totals.
 */
function feedRuns(
  log: PreparedLog,
  held: HeldWithRule,
  actual: FigureRun,
  lo: number,
  hi: number,
): FigureRun | null {
  const rule = held.rule;
  const order = dateIdOrder(log);
  // Nothing before the certification date counts (gateOf).
  let from = Math.max(lo, dateBound(log.dates, held.credential.earnedDate!, true));
  actual.useLog(log, plainSums(log, rule));
  const special = specialsOf(log);
  let projection: FigureRun | null = null;
  for (let s = lowerBound(special, from); s < special.length && special[s]! < hi; s++) {
    const k = special[s]!;
    actual.addRun(from, k);
    projection?.addRun(from, k);
    from = k + 1;
    projection = feedFacts(factsAt(log, order[k]!), rule, actual, projection);
  }
  actual.addRun(from, hi);
  projection?.addRun(from, hi);
  return projection;
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
