/**
 * A cycle's activities fed to its figures (FigureRun, cycle-figures.ts) in tally order, cycle
 * by cycle, without an object per activity (issue 9): plain activities from the log's columns
 * or, with windows in order and caps that cannot clip inside a sub-period, as runs from their
 * sums (feedRuns, plain-sums.ts); any other activity judged from its facts as placeFacts
 * judges it (feedFacts), so the figures agree with the placements (cycle-placements.ts).
 */
import type { CredentialRule } from '../../catalog/credentials';
import { dayKey, type LocalDate } from '../../dates';
import { countingCycle, type Cycle, type HeldWithRule } from '../credentials';
import { NO_CATEGORY } from './category-sums';
import { categoryOfCodeIn, plainSums, specialsOf } from './plain-sums';
import {
  baseInto,
  categoryFor,
  claimStatusOf,
  practitionerFor,
  type ActivityFacts,
} from './contribution';
import type { FigureRun } from './cycle-figures';
import { windowsInOrder } from './cycle-placements';
import { hasRequirement, heldOn } from './placement';
import {
  dateAt,
  dateBoundIn,
  dateIdOrder,
  factsAt,
  GIVING_BACK,
  HAS_SPLIT,
  idAt,
  PLANNED,
  PRACTITIONER,
  SPECIAL,
  VALID,
  type PreparedLog,
} from './prepared-log';

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
  const { typeCodes, day, flags, counted, ways, power, business } = log;
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
      ? dateBoundIn(log, before)
      : dateBoundIn(log, cycle.countFrom, true);
  const hi = dateBoundIn(log, cycle.countTo);
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
      const id = idAt(log, i);
      const date = dateAt(log, i);
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
  let from = Math.max(lo, dateBoundIn(log, held.credential.earnedDate!, true));
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
