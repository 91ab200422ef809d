/**
 * Renewals Ascent assumed (keepCurrentPlan: "I have renewed it every cycle so far") as the
 * credential's page shows them, and the day the holder really renewed put in place of one.
 */
import type { CredentialRule } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import { dayAfter, dayBefore, earlierOf, laterOf } from './calendar';
import { cyclesFor, renewedThrough, suiteExamDays, type CycleContext } from './cycles';
import type { HeldCredential, Renewal } from './held';
import { withRenewal } from './renewals';

/**
 * True when the renewal that closed a cycle on `renewedOn` is one Ascent assumed: every
 * renewal stored on that day is marked `assumed` (keepCurrentPlan), none recorded by hand, and
 * no exam recorded on that day renews it. For PeopleCert (domain-facts §3, B) an exam renews
 * the certificate, so the renewal is on record when an exam was passed that day: a renewal
 * recorded as an exam (method 'exam', not assumed) or, given `rule` and `context`, another
 * credential of the same suite earned that day. Without `rule`, suite exams are not looked at.
 */
export function isAssumedRenewal(
  held: Pick<HeldCredential, 'id' | 'renewals'>,
  renewedOn: LocalDate | null,
  rule?: Pick<CredentialRule, 'suite'>,
  context?: CycleContext,
): boolean {
  if (renewedOn === null) return false;
  const onDay = (held.renewals ?? []).filter((r) => r.date === renewedOn);
  if (onDay.length === 0 || !onDay.every((r) => r.assumed === true)) return false;
  return !rule || !suiteExamDays(held, rule, context).includes(renewedOn);
}

/** The days on which the real renewal of a cycle can be recorded, both included. */
export interface RenewalWindow {
  from: LocalDate;
  to: LocalDate;
}

/**
 * The days the renewal of cycle `cycleIndex` (0-based), assumed by Ascent, can be put on
 * instead, by the body's rule: its renewal window (validateRenewals; PMI §1 and IIBA §4 the
 * cycle and its suspension year, ISACA §4 and PeopleCert's CPD route §3 the cycle itself),
 * after the earned date and the previous cycle's renewal (renewedThrough), before the next cycle's renewal
 * (renewals close cycles in date order, cyclesFor), and not after `asOf`. Null when that
 * cycle's renewal is not an assumed one (isAssumedRenewal: an exam in the suite that day is
 * its record), or no day is left.
 */
export function assumedRenewalWindow(
  held: HeldCredential,
  rule: CredentialRule,
  cycleIndex: number,
  asOf: LocalDate,
  context?: CycleContext,
): RenewalWindow | null {
  const cycles = cyclesFor(held, rule, asOf, context);
  const cycle = cycles[cycleIndex];
  if (!cycle || !isAssumedRenewal(held, cycle.renewedOn, rule, context) || !held.earnedDate)
    return null;
  const previous = cycles[cycleIndex - 1];
  // After the previous renewal, and after its suspension year when it came late in it
  // (renewedThrough: a renewal there renews the previous cycle again, so nothing).
  const before = previous ? renewedThrough(previous) : held.earnedDate;
  const after = cycles[cycleIndex + 1]?.renewedOn;
  const from = laterOf(cycle.start, dayAfter(before));
  let to = earlierOf(cycle.suspension?.end ?? cycle.end, asOf);
  if (after) to = earlierOf(to, dayBefore(after));
  return from <= to ? { from, to } : null;
}

export type AssumedRenewalCorrection =
  | { ok: true; held: HeldCredential; renewal: Renewal }
  | { ok: false; code: 'DATE_REQUIRED' | 'DATE_INVALID' | 'RENEWAL_IN_FUTURE' | 'NOT_ASSUMED' }
  | { ok: false; code: 'OUTSIDE_WINDOW'; window: RenewalWindow };

/**
 * The credential with the renewal Ascent assumed for cycle `cycleIndex` replaced by one on
 * `date`, the day the holder says they renewed: recorded by hand from then on (no `assumed`
 * flag, so a corrected earned date keeps it, assumedTakenOut), with the assumed one's method.
 * The day must lie in assumedRenewalWindow, so the same cycle is renewed and every cycle keeps
 * its dates; only what counts towards it changes when the day falls in the suspension year
 * (countTo in layouts.ts). Pure: returns a copy.
 */
export function correctAssumedRenewal(
  held: HeldCredential,
  rule: CredentialRule,
  cycleIndex: number,
  date: string,
  asOf: LocalDate,
  context?: CycleContext,
): AssumedRenewalCorrection {
  if (date === '') return { ok: false, code: 'DATE_REQUIRED' };
  if (!isLocalDate(date)) return { ok: false, code: 'DATE_INVALID' };
  if (date > asOf) return { ok: false, code: 'RENEWAL_IN_FUTURE' };
  const before = cyclesFor(held, rule, asOf, context);
  const window = assumedRenewalWindow(held, rule, cycleIndex, asOf, context);
  const assumedOn = before[cycleIndex]?.renewedOn;
  if (!window || !assumedOn) return { ok: false, code: 'NOT_ASSUMED' };
  if (date < window.from || date > window.to) return { ok: false, code: 'OUTSIDE_WINDOW', window };
  const old = (held.renewals ?? []).find((r) => r.date === assumedOn)!;
  const renewal: Renewal = { date, method: old.method ?? 'credits' };
  const others = (held.renewals ?? []).filter((r) => r.date !== assumedOn);
  const corrected = withRenewal({ ...held, renewals: others }, renewal);
  // The window is the rule's; checked once more against the cycles it gives, so that no
  // cycle moves or changes hands whatever the layout.
  const after = cyclesFor(corrected, rule, asOf, context);
  const same =
    after.length === before.length &&
    after.every((c, i) => c.start === before[i]!.start && c.end === before[i]!.end) &&
    after[cycleIndex]!.renewedOn === date;
  if (!same) return { ok: false, code: 'OUTSIDE_WINDOW', window };
  return { ok: true, held: corrected, renewal };
}
