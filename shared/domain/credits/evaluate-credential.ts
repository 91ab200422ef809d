/**
 * Convenience over evaluateCycle for screens that show a credential as a whole.
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cycleOn, cyclesFor, type CycleContext, type HeldCredential } from '../credentials';
import type { Activity } from './activity';
import { evaluateCycle } from './evaluate-cycle';
import type { CycleEvaluation } from './types';

/**
 * Every cycle of the credential on `asOf`, oldest first (cycle history; §1–§4 via
 * evaluateCycle). Empty for lifetime credentials and credentials not yet earned.
 */
export function evaluateCycles(
  rule: CredentialRule,
  credential: HeldCredential,
  activities: readonly Activity[],
  asOf: LocalDate,
  context?: CycleContext,
): CycleEvaluation[] {
  return cyclesFor(credential, rule, asOf, context).map((cycle) =>
    evaluateCycle(rule, credential, cycle, activities, asOf, context),
  );
}

/**
 * The cycle in force on `asOf` (the latest that has started), evaluated; null when there is
 * none (not earned yet, lifetime, or no cycle length).
 */
export function evaluateCurrentCycle(
  rule: CredentialRule,
  credential: HeldCredential,
  activities: readonly Activity[],
  asOf: LocalDate,
  context?: CycleContext,
): CycleEvaluation | null {
  const cycle = cycleOn(cyclesFor(credential, rule, asOf, context), asOf);
  return cycle ? evaluateCycle(rule, credential, cycle, activities, asOf, context) : null;
}
