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
  const cycles = cyclesFor(held, rule, asOf, context);
  const used = new Set(cycles.map((c) => c.renewedOn));
  // The exam that gave an older certificate its first renew-by date starts its first cycle;
  // exams before its rule's renew-by dates began renew nothing, and are not wrong either.
  const before = passedBeforeRenewBy(held, rule);
  if (before && cycles[0]) used.add(cycles[0].start);
  const errors: FieldError<'RENEWAL_OUTSIDE_WINDOW'>[] = [];
  (held.renewals ?? []).forEach((r, i) => {
    const checkable = isLocalDate(r.date) && r.date <= asOf && r.date > (held.earnedDate ?? '');
    const earlyExam = before && r.method === 'exam' && r.date < rule.renewByFrom!.value;
    if (checkable && !earlyExam && !used.has(r.date)) {
      errors.push({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });
    }
  });
  return errors;
}
