/**
 * The cycle a recorded renewal starts (issue 3 part 2: "recording a renewal starts the next
 * cycle"), so the user is told where it leaves them once it is saved.
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cyclesFor, type Cycle, type CycleContext } from './cycles';
import type { HeldCredential } from './held';

/**
 * The cycle after the one the renewal on `renewedOn` closed, by the body's rule (cyclesFor):
 * for PMI it starts on the third anniversary whenever the renewal happened, early or during
 * the suspension (domain-facts §1 "next cycle", B); for a PeopleCert exam, on the exam day
 * (§3, B). null when that renewal renews no cycle (outside every window, validateRenewals).
 */
export function cycleStartedBy(
  held: HeldCredential,
  rule: CredentialRule,
  renewedOn: LocalDate,
  asOf: LocalDate,
  context?: CycleContext,
): Cycle | null {
  const cycles = cyclesFor(held, rule, asOf, context);
  const closed = cycles.findIndex((c) => c.renewedOn === renewedOn);
  return closed >= 0 ? (cycles[closed + 1] ?? null) : null;
}
