/**
 * A credential added long after it was earned, by a holder who has renewed it every cycle
 * since: the renewals that bring it up to today, so that the cycle in force is today's one
 * and not an "expired" first cycle (walk-through: "PMP, earned 15 Jun 2014").
 */
import type { CredentialRule } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, PEOPLECERT_RENEW_BY_FROM, type Cycle, type CycleContext } from './cycles';
import type { CredentialStatus, HeldCredential, Renewal } from './held';
import { withRenewal } from './renewals';
import { credentialStatus, cycleOn } from './status';

/** Same bound as cyclesFor: past it, no more renewals are worked out. */
const MAX_RENEWALS = 200;

/**
 * Earned dates before this day are not asked about: a product choice, not a body's rule. It
 * is earlier than anyone adding a credential to plan its continuing education is likely to
 * have earned it, while a year typed digit by digit passes through dates such as 0002, 0020
 * and 0201, each of which would otherwise be worked out (up to 200 cycles) and said aloud
 * while the person types.
 */
export const EARLIEST_PLAUSIBLE_EARNED: LocalDate = '1960-01-01';

/** True when the earned date is one keepCurrentPlan asks about (EARLIEST_PLAUSIBLE_EARNED). */
export function isPlausibleEarnedDate(date: unknown): date is LocalDate {
  return isLocalDate(date) && date >= EARLIEST_PLAUSIBLE_EARNED;
}

export interface KeepCurrentPlan {
  /** One renewal per cycle that ended before `asOf` unrenewed, oldest first; all `assumed`. */
  renewals: Renewal[];
  /**
   * The newest of those cycles can still be renewed on `asOf`: the last day it can (the end
   * of its suspension, PMI §1 / IIBA §4), so the holder may not have renewed it yet. Null
   * when the rule has no suspension or it is over.
   */
  stillRenewableUntil: LocalDate | null;
  /** What an unrenewed cycle turns into: expired, or PeopleCert's "not current" (§3). */
  lapseKind: Cycle['lapseKind'] | null;
}

const none: KeepCurrentPlan = { renewals: [], stillRenewableUntil: null, lapseKind: null };

/** A cycle for which a renewal may be assumed: PeopleCert's only from 2023 (§3). */
const renewable = (cycle: Cycle, rule: CredentialRule) =>
  rule.cycleKind !== 'peoplecert-renew-by' || cycle.end >= PEOPLECERT_RENEW_BY_FROM;

/**
 * The renewals a holder who "has renewed it every cycle so far" made, by the body's rule
 * (cyclesFor): for every cycle that ended before `asOf` and that no recorded renewal (nor,
 * for PeopleCert, a later exam in the suite held in `context`) renews, one renewal dated on
 * the cycle's last day and marked `assumed`. That day is inside every body's renewal window,
 * so each renewal is accepted (validateRenewals) and starts the next cycle on its usual date:
 * - PMI (domain-facts §1, B): renewal during the cycle or its suspension year; the next
 *   cycle starts on the third anniversary whatever the renewal date.
 * - IIBA (§4, B) and Scrum Alliance (§4, A): the same anniversary rhythm (2 years for Scrum).
 * - ISACA (§4, A/B): fixed 3-year periods ending 31 December.
 * - PeopleCert (§3, B): renewed by CPD by the renew-by date ('credits'); the next renew-by
 *   date is 3 years after the last one. Only for cycles ending on or after 1 January 2023,
 *   when the renew-by rule began: the renewals stop at the first cycle that ended before.
 * The real renewal day is unknown. The cycles come out the same for any day in the window,
 * and so does what counts for a holder who renewed by the cycle's end. For one who renewed
 * during the suspension year, it does not: activities dated in that year, up to the real
 * renewal day, would count towards the renewed cycle (countTo in layouts.ts) but count
 * towards the next cycle here. Hence `assumed`: the renewal records the holder's word, not a date they
 * gave, and the edit form replaces it when the earned date changes.
 * A cycle ending on `asOf` is still running, so it gets no renewal. Nothing for a credential
 * not earned, earned after `asOf` or before EARLIEST_PLAUSIBLE_EARNED, lifetime or without a
 * cycle length.
 */
export function keepCurrentPlan(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): KeepCurrentPlan {
  if (held.stage !== 'earned' || !isPlausibleEarnedDate(held.earnedDate) || held.earnedDate > asOf)
    return none;
  const renewals: Renewal[] = [];
  let kept = held;
  let last: Cycle | undefined;
  for (let i = 0; i <= MAX_RENEWALS; i += 1) {
    last = cyclesFor(kept, rule, asOf, context).at(-1);
    if (!last || last.end >= asOf || last.renewedOn !== null || i === MAX_RENEWALS) break;
    if (!renewable(last, rule)) break;
    const renewal: Renewal = { date: last.end, method: 'credits', assumed: true };
    renewals.push(renewal);
    kept = withRenewal(kept, renewal);
  }
  if (renewals.length === 0 || !last) return { ...none, lapseKind: last?.lapseKind ?? null };
  const newest = cyclesFor(kept, rule, asOf, context).find(
    (c) => c.renewedOn === renewals.at(-1)!.date,
  );
  const grace = newest?.suspension?.end ?? null;
  return {
    renewals,
    stillRenewableUntil: grace !== null && asOf <= grace ? grace : null,
    lapseKind: last.lapseKind,
  };
}

/**
 * True when the plan owes a renewal for a cycle lapsed for good: any beyond the newest one,
 * which may still be renewable in its suspension year (PMI §1, IIBA §4; stillRenewableUntil).
 */
export function hasLapsedForGood(
  plan: Pick<KeepCurrentPlan, 'renewals' | 'stillRenewableUntil'>,
): boolean {
  return plan.renewals.length > (plan.stillRenewableUntil === null ? 0 : 1);
}

/** The renewals of keepCurrentPlan: one per ended, unrenewed cycle, on its last day. */
export function renewalsToKeepCurrent(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): Renewal[] {
  return keepCurrentPlan(held, rule, asOf, context).renewals;
}

/** The held credential with all of `renewals` added, in date order. Pure: returns a copy. */
export function withRenewals(held: HeldCredential, renewals: readonly Renewal[]): HeldCredential {
  return renewals.reduce(withRenewal, held);
}

/**
 * Where the credential stands on `asOf` once `renewals` are recorded: the cycle in force
 * (cycleOn) and the live status (credentialStatus), so the holder is told before saving.
 */
export function standingWith(
  held: HeldCredential,
  rule: CredentialRule,
  renewals: readonly Renewal[],
  asOf: LocalDate,
  context?: CycleContext,
): { cycle: Cycle | null; status: CredentialStatus } {
  const kept = withRenewals(held, renewals);
  return {
    cycle: cycleOn(cyclesFor(kept, rule, asOf, context), asOf),
    status: credentialStatus(kept, rule, asOf, context),
  };
}
