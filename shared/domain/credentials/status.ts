/**
 * The live status of a held credential and lookups over its cycles (issue 3 part 2;
 * domain-facts §1 "Cycle dates and status", §3 "not current").
 */
import type { CredentialRule } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, passedBeforeRenewBy, type Cycle, type CycleContext } from './cycles';
import type { CredentialStatus, HeldCredential, HeldWithRule } from './held';

/**
 * The cycle in force on `date`: the latest cycle that has started by then, or null before
 * the certification date and for credentials without cycles.
 */
export function cycleOn(cycles: readonly Cycle[], date: LocalDate): Cycle | null {
  let found: Cycle | null = null;
  for (const cycle of cycles) if (cycle.start <= date) found = cycle;
  return found;
}

/**
 * The cycle an activity dated `date` counts towards: the one whose counting window holds
 * the date (domain-facts §1: "one activity counts towards every held credential whose cycle
 * contains its date"; activities in a suspension year count towards the suspended cycle up
 * to the day it is renewed). Null when no cycle's window holds the date.
 */
export function countingCycle(cycles: readonly Cycle[], date: LocalDate): Cycle | null {
  return cycles.find((c) => date >= c.countFrom && date <= c.countTo) ?? null;
}

/**
 * Live status on `asOf` (domain-facts §1, B; §3, B): before earning, the stored stage;
 * earned: 'active' inside a cycle, 'suspended' in the year after an unrenewed PMI/IIBA
 * cycle, 'expired' after that (the exam must be retaken), PeopleCert 'not current' after an
 * unrenewed renew-by date. Lifetime credentials are always active, and so is a PeopleCert
 * certificate passed before its renew-by rule began and not renewed by an exam since (no
 * renew-by date: passedBeforeRenewBy).
 */
export function credentialStatus(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): CredentialStatus {
  if (held.stage !== 'earned') return held.stage;
  if (!isLocalDate(held.earnedDate) || held.earnedDate > asOf) return 'earned';
  if (rule.cycleKind === 'lifetime') return 'active';
  const cycles = cyclesFor(held, rule, asOf, context);
  if (cycles.length === 0 && passedBeforeRenewBy(held, rule)) return 'active';
  const cycle = cycleOn(cycles, asOf);
  if (!cycle) return 'earned';
  if (cycle.phase === 'suspended') return 'suspended';
  if (cycle.phase === 'lapsed') return cycle.lapseKind;
  return 'active';
}

/**
 * The first exam day whose certificate gets a renew-by date under `held`'s rule, when `held`
 * has none on `asOf`: passed before that day and no exam since has given it one (a PRINCE2
 * Foundation certificate from before 2023, domain-facts §3 and §5.4). Null otherwise.
 */
export function noRenewByBefore(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): LocalDate | null {
  if (held.stage !== 'earned' || !passedBeforeRenewBy(held, rule)) return null;
  return cyclesFor(held, rule, asOf, context).length === 0 ? rule.renewByFrom!.value : null;
}

/**
 * How an expired credential is held again: PMI's texts say the exam must be passed again
 * (domain-facts §1, B); the other bodies' texts in the facts do not say, so the holder is told
 * to ask the body (README Decisions, "expired" wording).
 */
export function regainOf(rule: Pick<CredentialRule, 'body'>): 'exam' | 'ask-body' {
  return rule.body === 'PMI' ? 'exam' : 'ask-body';
}

/**
 * Where the first renew-by date of a certificate passed before its rule's renew-by dates began
 * comes from (passedBeforeRenewBy, domain-facts §3): the day of the later exam that gave it one,
 * and the other credential of the suite passed that day, or null for a retake of this one.
 * Null when `held` is not such a certificate or has no renew-by date yet (noRenewByBefore).
 */
export function renewByGivenBy(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): { date: LocalDate; by: HeldWithRule | null } | null {
  if (held.stage !== 'earned' || !passedBeforeRenewBy(held, rule)) return null;
  const first = cyclesFor(held, rule, asOf, context)[0];
  if (!first) return null;
  const by =
    (context?.alsoHeld ?? []).find(
      (o) =>
        o.credential.id !== held.id &&
        rule.suite !== null &&
        o.rule.suite === rule.suite &&
        o.credential.stage === 'earned' &&
        o.credential.earnedDate === first.start,
    ) ?? null;
  return { date: first.start, by };
}

/**
 * A credential not earned yet whose exam day has passed: its stage still says the exam is to
 * come, so the person is asked for the outcome (passed: earned; not: the next date).
 */
export function examDayPassed(
  held: Pick<HeldCredential, 'stage' | 'examDate'>,
  asOf: LocalDate,
): boolean {
  return held.stage !== 'earned' && isLocalDate(held.examDate) && held.examDate < asOf;
}
