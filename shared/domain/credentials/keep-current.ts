/**
 * A credential added long after it was earned, by a holder who has renewed it every cycle
 * since: the renewals that bring it up to today, so that the cycle in force is today's one
 * and not an "expired" first cycle (walk-through: "PMP, earned 15 Jun 2014").
 */
import type { CredentialRule } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, type Cycle, type CycleContext } from './cycles';
import type { CredentialStatus, HeldCredential, Renewal } from './held';
import { withRenewal } from './renewals';
import { credentialStatus, cycleOn } from './status';

/** Same bound as cyclesFor: past it, no more renewals are worked out. */
const MAX_RENEWALS = 200;

export interface KeepCurrentPlan {
  /** One renewal per cycle that ended before `asOf` unrenewed, oldest first. */
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

/**
 * The renewals a holder who "has renewed it every cycle so far" made, by the body's rule
 * (cyclesFor): for every cycle that ended before `asOf` and that no recorded renewal (nor,
 * for PeopleCert, a later exam in the suite held in `context`) renews, one renewal dated on
 * the cycle's last day. That day is inside every body's renewal window, so each renewal is
 * accepted (validateRenewals) and starts the next cycle on its usual date:
 * - PMI (domain-facts §1, B): renewal during the cycle or its suspension year; the next
 *   cycle starts on the third anniversary whatever the renewal date.
 * - IIBA (§4, B) and Scrum Alliance (§4, A): the same anniversary rhythm (2 years for Scrum).
 * - ISACA (§4, A/B): fixed 3-year periods ending 31 December.
 * - PeopleCert (§3, B): renewed by CPD by the renew-by date ('credits'); the next renew-by
 *   date is 3 years after the last one.
 * The real renewal day is unknown; the last day changes nothing that is counted, since a
 * renewal on or before a cycle's end lets activities count up to that end (layouts.ts).
 * A cycle ending on `asOf` is still running, so it gets no renewal. Nothing for a credential
 * not earned, earned after `asOf`, lifetime or without a cycle length.
 */
export function keepCurrentPlan(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): KeepCurrentPlan {
  if (held.stage !== 'earned' || !isLocalDate(held.earnedDate) || held.earnedDate > asOf)
    return none;
  const renewals: Renewal[] = [];
  let kept = held;
  let last: Cycle | undefined;
  for (let i = 0; i <= MAX_RENEWALS; i += 1) {
    last = cyclesFor(kept, rule, asOf, context).at(-1);
    if (!last || last.end >= asOf || last.renewedOn !== null || i === MAX_RENEWALS) break;
    const renewal: Renewal = { date: last.end, method: 'credits' };
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
