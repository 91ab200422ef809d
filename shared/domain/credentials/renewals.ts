/**
 * Recording renewals (issue 3 part 2: "recording a renewal starts the next cycle").
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { FieldError } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, passedBeforeRenewBy, type CycleContext } from './cycles';
import type { HeldCredential, Renewal } from './held';

/** The held credential with one more renewal, kept in date order. Pure: returns a copy. */
export function withRenewal(held: HeldCredential, renewal: Renewal): HeldCredential {
  const renewals = [...(held.renewals ?? []), renewal].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { ...held, renewals };
}

/**
 * The held credential with its renewal of `date` recorded by the holder (the first of that day
 * not assumed by Ascent: those are put right in the cycle history, correctAssumedRenewal)
 * changed to `renewal`, kept in date order as withRenewal keeps it: a renewal recorded with the
 * wrong day or method is corrected in place. Null when no such renewal is stored. Nothing else
 * is checked here: the result is judged as a recorded renewal is (validateHeldCredential: not
 * in the future, after the earned date; validateRenewals: it, and every other renewal, still
 * renews a cycle). Pure: returns a copy.
 */
export function withRenewalChanged(
  held: HeldCredential,
  date: LocalDate,
  renewal: Renewal,
): HeldCredential | null {
  const renewals = held.renewals ?? [];
  const at = renewals.findIndex((r) => r.date === date && !r.assumed);
  if (at < 0) return null;
  return withRenewal({ ...held, renewals: renewals.filter((_, i) => i !== at) }, renewal);
}

/**
 * The held credential without its renewal of `date` recorded by the holder: the first of that
 * day not assumed by Ascent, the one withRenewalChanged edits (an assumed renewal is put right
 * in the cycle history, correctAssumedRenewal, never deleted with the recorded ones). Null when
 * no such renewal is stored. The result is judged as any change is (validateRenewals: every
 * renewal left still renews a cycle). Pure: returns a copy.
 */
export function withRenewalRemoved(held: HeldCredential, date: LocalDate): HeldCredential | null {
  const renewals = held.renewals ?? [];
  const at = renewals.findIndex((r) => r.date === date && !r.assumed);
  if (at < 0) return null;
  return { ...held, renewals: renewals.filter((_, i) => i !== at) };
}

/**
 * Renewals that renew no cycle under the body's rule (domain-facts §1: renewal is possible
 * during the cycle and the suspension year, not after expiry; §3: PeopleCert CPD renewal
 * by the renew-by date, exams at any time): code RENEWAL_OUTSIDE_WINDOW per such renewal,
 * including a second renewal of a cycle already renewed (the same day twice, or two days in
 * one suspension year: cyclesFor lets it renew nothing).
 * Renewals with invalid or future dates are left to validateHeldCredential.
 */
export function validateRenewals(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): FieldError<'RENEWAL_OUTSIDE_WINDOW'>[] {
  const cycles = cyclesFor(held, rule, asOf, context);
  // How many cycles each day's renewal renewed: one renewal each, so a second renewal of the
  // same day (or a second in a cycle already renewed, which cyclesFor skips) renews nothing.
  const renewed = new Map<string, number>();
  const add = (date: LocalDate) => renewed.set(date, (renewed.get(date) ?? 0) + 1);
  for (const c of cycles) if (c.renewedOn) add(c.renewedOn);
  // The exam that gave an older certificate its first renew-by date starts its first cycle;
  // exams before its rule's renew-by dates began renew nothing, and are not wrong either.
  const before = passedBeforeRenewBy(held, rule);
  if (before && cycles[0]) add(cycles[0].start);
  const errors: FieldError<'RENEWAL_OUTSIDE_WINDOW'>[] = [];
  (held.renewals ?? []).forEach((r, i) => {
    const checkable = isLocalDate(r.date) && r.date <= asOf && r.date > (held.earnedDate ?? '');
    const earlyExam = before && r.method === 'exam' && r.date < rule.renewByFrom!.value;
    if (!checkable || earlyExam) return;
    const left = renewed.get(r.date) ?? 0;
    if (left > 0) renewed.set(r.date, left - 1);
    else errors.push({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });
  });
  return errors;
}
