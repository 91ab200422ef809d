/**
 * The current cycle's kept figures brought up to date without judging its whole counting
 * window again (issue 9): after a write, from the inputs it was judged from (rejudgeCurrent,
 * with the ActivityChange it is given); and on a later day, by moving only the day counts
 * (carriedToDay). Each returns null when that would not be exactly what judging again gives,
 * and the caller then judges again from the ledger (ledger.ts: summaryPlan, summariseCurrent).
 */
import type { LocalDate } from '../../dates';
import type { Activity } from './activity';
import { claimedAsDone } from './validate-activity';
import { evaluateInputs, type CycleInputs } from './evaluate-cycle';
import { entryOf } from './cycle-placements';
import { factsOf } from './contribution';
import type { SummaryPlan } from './ledger';
import { placeActivity } from './placement';
import {
  asksNoMoreCredit,
  closingRenewal,
  daysLeft,
  deadlineOf,
  elapsedDays,
  expectedByNow,
  paceOn,
  statusOf,
} from './pace';
import { toHours, toQuarters } from './quarters';
import { cycleDays } from './tally';
import type { CycleEvaluation } from './types';

/** An activity as it was before a write and as it is after (undefined: not there). */
export interface ActivityChange<A extends Activity = Activity> {
  before?: A;
  after?: A;
}

/**
 * The current cycle judged again after `changes`, from the inputs it was judged from on the
 * same day (summariseCurrent's `inputs`) instead of its whole window; 'unchanged' when no
 * version of a changed activity counts or is planned for it (its figures stay as they are);
 * or null when a change
 * can reach another cycle (it counts, or counted, for an earlier or later one: the carry-over
 * chain must then be judged again). Whether and where an activity counts is placeActivity's
 * one decision, so an activity that counts nowhere, before or after, changes nothing. Equal to
 * summariseCurrent over the changed log (tests/unit/domain/credits/ledger.test.ts).
 */
export function rejudgeCurrent(
  plan: SummaryPlan,
  inputs: CycleInputs,
  changes: readonly ActivityChange[],
  asOf: LocalDate,
): { evaluation: CycleEvaluation; inputs: CycleInputs } | 'unchanged' | null {
  const { held, cycles, current, req } = plan;
  if (!current) return null;
  let touches = false;
  const gone = new Set<string>();
  const counted = [];
  const projected = [];
  for (const { before, after } of changes) {
    for (const version of [before, after]) {
      if (!version) continue;
      gone.add(version.id);
      const p = placeActivity(version, held, cycles, asOf);
      if (p.outcome === 'not-counted') continue;
      if (p.cycle.index !== current.index) return null;
      touches = true;
      if (version !== after) continue;
      const facts = factsOf(version);
      if (p.outcome === 'projected') projected.push(entryOf(facts, p.base, true));
      else counted.push(entryOf(facts, p.base, false));
    }
  }
  if (!touches) return 'unchanged';
  const next: CycleInputs = {
    carriedIn: inputs.carriedIn,
    counted: [...inputs.counted.filter((e) => !gone.has(e.id)), ...counted],
    projected: [...inputs.projected.filter((e) => !gone.has(e.id)), ...projected],
  };
  return {
    evaluation: evaluateInputs(held.rule, held.credential.id, current, req, asOf, next),
    inputs: next,
  };
}

/**
 * A current cycle's figures judged on `keptOn`, brought to `asOf` without judging again — or
 * null when that would not be exactly what judging again gives. Only the day counts move
 * (deadline, days, expected by now, pace, status) when the cycle is the same (same key), no
 * sub-period (ISACA year, PeopleCert CPD year) ends between the two days (whether a period's
 * gap is still open depends on the day), and no entry dated after `keptOn`, up to `asOf`
 * (`datedBetween`), says it was done: such an entry was refused then and counts now
 * (claimedAsDone); a planned one is a projection either way. tests/unit/domain/credits/
 * ledger.test.ts compares it with judging again over generated careers.
 */
export function carriedToDay(
  kept: CycleEvaluation,
  keptOn: LocalDate,
  plan: SummaryPlan,
  asOf: LocalDate,
  datedBetween: readonly Activity[],
): CycleEvaluation | null {
  const { current: cycle, req, held } = plan;
  if (!cycle || keptOn > asOf || datedBetween.some(claimedAsDone)) return null;
  if (cycle.periods.some((p) => p.end >= keptOn && p.end < asOf)) return null;
  if (kept.start !== cycle.start || kept.end !== cycle.end || kept.cycleIndex !== cycle.index)
    return null;
  // Back in quarter hours: a missed period, the running year's gaps (yearBehind, paceOn).
  const shortfalls = kept.shortfalls.map((f) => ({ ...f, needed: toQuarters(f.needed) }));
  const status = statusOf({
    cycle,
    req,
    asOf,
    met: kept.met,
    counted: toQuarters(kept.counted.total),
    shortfalls,
    lifetime: held.rule.cycleKind === 'lifetime',
  });
  const done = asksNoMoreCredit(status);
  return {
    ...kept,
    renewedOn: closingRenewal(cycle),
    deadline: deadlineOf(cycle, asOf),
    cycleDays: cycleDays(cycle),
    elapsedDays: elapsedDays(cycle, asOf),
    daysLeft: daysLeft(cycle, asOf),
    expectedByNow: toHours(expectedByNow(req, cycle, asOf)),
    pace: done
      ? { perMonth: 0, perWeek: 0 }
      : paceOn(cycle, shortfalls, toQuarters(kept.remaining), asOf),
    status,
  };
}
