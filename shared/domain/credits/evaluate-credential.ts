/**
 * Convenience over evaluateCycle for screens that show a credential as a whole.
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cycleOn, cyclesFor, type CycleContext, type HeldCredential } from '../credentials';
import type { Activity } from './activity';
import { evaluateCycleSpan } from './evaluate-cycle';
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
  const cycles = cyclesFor(credential, rule, asOf, context);
  const span = { from: 0, to: cycles.length - 1 };
  return evaluateCycleSpan(rule, credential, cycles, span, activities, asOf, context);
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
  const cycles = cyclesFor(credential, rule, asOf, context);
  const cycle = cycleOn(cycles, asOf);
  if (!cycle) return null;
  const span = { from: cycle.index, to: cycle.index };
  return evaluateCycleSpan(rule, credential, cycles, span, activities, asOf, context)[0]!;
}

/**
 * The credential's cycle `index` (0 the first) on `asOf`, evaluated as evaluateCycles would
 * evaluate it — carry-over from the cycle before included — for a screen that shows one past
 * cycle (the credit log limited to it, cycleOfRange); null when there is no such cycle.
 */
export function evaluateCycleAt(
  rule: CredentialRule,
  credential: HeldCredential,
  activities: readonly Activity[],
  asOf: LocalDate,
  index: number,
  context?: CycleContext,
): CycleEvaluation | null {
  const cycles = cyclesFor(credential, rule, asOf, context);
  if (!cycles[index]) return null;
  const span = { from: index, to: index };
  return evaluateCycleSpan(rule, credential, cycles, span, activities, asOf, context)[0] ?? null;
}
