/**
 * Recording renewals (issue 3 part 2: "recording a renewal starts the next cycle").
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { FieldError } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, type CycleContext } from './cycles';
import type { HeldCredential, Renewal } from './held';

/** The held credential with one more renewal, kept in date order. Pure: returns a copy. */
export function withRenewal(held: HeldCredential, renewal: Renewal): HeldCredential {
  const renewals = [...(held.renewals ?? []), renewal].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { ...held, renewals };
}

/**
 * Renewals that renew no cycle under the body's rule (domain-facts §1: renewal is possible
 * during the cycle and the suspension year, not after expiry; §3: PeopleCert CPD renewal
 * by the renew-by date, exams at any time): code RENEWAL_OUTSIDE_WINDOW per such renewal.
 * Renewals with invalid or future dates are left to validateHeldCredential.
 */
export function validateRenewals(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): FieldError<'RENEWAL_OUTSIDE_WINDOW'>[] {
  const used = new Set(cyclesFor(held, rule, asOf, context).map((c) => c.renewedOn));
  const errors: FieldError<'RENEWAL_OUTSIDE_WINDOW'>[] = [];
  (held.renewals ?? []).forEach((r, i) => {
    const checkable = isLocalDate(r.date) && r.date <= asOf && r.date > (held.earnedDate ?? '');
    if (checkable && !used.has(r.date)) {
      errors.push({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });
    }
  });
  return errors;
}
