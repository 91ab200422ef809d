/**
 * Whether and where an activity counts for one held credential: the single decision
 * shared by applyActivity and evaluateCycle, so both always agree.
 */
import type { LocalDate } from '../../dates';
import { countingCycle, type Cycle, type HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import { baseOf, claimStatusOf, factsOf, type ActivityFacts, type Base } from './contribution';
import type { Reason } from './types';
import { validateActivity, type ActivityError } from './validate-activity';

export type Placement =
  | { outcome: 'not-counted'; cycle: Cycle | null; reason: Reason }
  | { outcome: 'counts' | 'projected'; cycle: Cycle; base: Base };

const notCounted = (reason: Reason, cycle: Cycle | null = null): Placement => ({
  outcome: 'not-counted',
  cycle,
  reason,
});

/**
 * Decides in this order (domain-facts §1, B, unless noted): an invalid activity counts
 * nowhere; a credential not earned or excluded by the user gets nothing; lifetime
 * credentials need nothing (§4); nothing before the certification date; the date must fall
 * in a cycle's counting window; the activity must bring something to this credential;
 * planned activities are a projection only (issue 3 part 4). `errors` is the activity's
 * validateActivity result when the caller already has it (a prepared log).
 */
export function placeActivity(
  activity: Activity,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
  errors: readonly ActivityError[] = validateActivity(activity, asOf),
): Placement {
  return placeFacts(factsOf(activity), held, cycles, asOf, errors);
}

/**
 * placeActivity over an activity's facts (a prepared log keeps them); `counting` is
 * countingCycle(cycles, date) when the caller already knows it (placeAll walks the log in
 * date order).
 */
export function placeFacts(
  f: ActivityFacts,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
  errors: readonly ActivityError[],
  counting?: Cycle | null,
): Placement {
  const gate = gateOf(f, held, cycles, asOf, errors);
  if (gate === 'INVALID_ACTIVITY')
    return notCounted({ code: gate, errors: errors.map((e) => e.code) });
  if (gate === 'BEFORE_CERTIFICATION')
    return notCounted({ code: gate, certifiedOn: held.credential.earnedDate! });
  if (gate) return notCounted({ code: gate });
  const cycle = counting === undefined ? countingCycle(cycles, f.date) : counting;
  if (!cycle) return notCounted({ code: 'OUTSIDE_CYCLE', cycleIndex: null });
  const base = baseOf(held.rule, f);
  if (!base.ok) return notCounted(base.reason, cycle);
  const planned = claimStatusOf(f, held.rule.id) === 'planned';
  return { outcome: planned ? 'projected' : 'counts', cycle, base };
}

/** Why an activity counts nowhere for a credential whatever its date and hours, or null. */
export type Gate =
  | 'INVALID_ACTIVITY'
  | 'NOT_HELD'
  | 'EXCLUDED_BY_USER'
  | 'NO_REQUIREMENT'
  | 'BEFORE_CERTIFICATION'
  | null;

/** placeFacts' first checks, in its order: the ones that look at neither the cycle nor the hours. */
export function gateOf(
  f: ActivityFacts,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
  errors: readonly ActivityError[],
): Gate {
  if (errors.length) return 'INVALID_ACTIVITY';
  if (!heldOn(held, asOf)) return 'NOT_HELD';
  if (excludedBy(f, held.rule.id)) return 'EXCLUDED_BY_USER';
  if (!hasRequirement(held, cycles)) return 'NO_REQUIREMENT';
  if (f.date < held.credential.earnedDate!) return 'BEFORE_CERTIFICATION';
  return null;
}

/** Earned by `asOf` (gateOf's NOT_HELD when not). */
export const heldOn = ({ credential }: HeldWithRule, asOf: LocalDate) =>
  credential.stage === 'earned' && !!credential.earnedDate && credential.earnedDate <= asOf;

/** Something is required in cycles (gateOf's NO_REQUIREMENT when not: lifetime, §4). */
export const hasRequirement = ({ rule }: HeldWithRule, cycles: readonly Cycle[]) =>
  rule.cycleKind !== 'lifetime' && cycles.length > 0;

const excludedBy = (f: ActivityFacts, ruleId: string) =>
  f.excludedFrom !== null && f.excludedFrom.includes(ruleId);
