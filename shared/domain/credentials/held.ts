/**
 * A credential the user holds or is working towards (issue 3 part 2). The stored stage is
 * what the user says (target → preparing → exam booked → earned); the live status of an
 * earned credential (active, suspended, expired, PeopleCert "not current") is computed from
 * its cycles and a date (see status.ts).
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { FieldError } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';
import { applicationAttempts } from './application';

export const heldStages = ['target', 'preparing', 'exam-booked', 'earned'] as const;
export type HeldStage = (typeof heldStages)[number];

/** Stored stage, or for an earned credential its live status as of a date. */
export type CredentialStatus = HeldStage | 'active' | 'suspended' | 'expired' | 'not-current';

/**
 * 'credits': renewed by meeting the credit requirement (the usual way; PMI, IIBA, Scrum,
 * ISACA, PeopleCert's CPD route). 'exam': PeopleCert renewal by passing an exam in the
 * suite, which starts a new 3-year cycle on the exam date (domain-facts §3).
 */
export type RenewalMethod = 'credits' | 'exam';

/**
 * How the holder of a PeopleCert certificate means to renew it (domain-facts §3, B): 'cpd',
 * 20 CPD points in each of the 3 years with a paid membership (what Ascent assumes when the
 * field is absent), or 'exam', retaking the exam or passing another in the same suite by the
 * renew-by date. Read only for rules with a renew-by date (renewalRouteOf in
 * credits/renewal-route.ts); other credentials have one way to renew.
 */
export const renewalRoutes = ['cpd', 'exam'] as const;
export type RenewalRoute = (typeof renewalRoutes)[number];

export interface Renewal {
  date: LocalDate;
  method?: RenewalMethod;
  /**
   * Not recorded by the person but assumed from "I have renewed it every cycle so far"
   * (keepCurrentPlan), on its cycle's last day: replaced when the earned date is corrected.
   */
  assumed?: boolean;
}

export interface HeldCredential {
  id: string;
  /** Catalogue or custom rule id. */
  credentialId: string;
  stage: HeldStage;
  examDate?: LocalDate | null;
  /** Certification date: the first cycle starts here (PMI: the day the exam was passed). */
  earnedDate?: LocalDate | null;
  renewals?: readonly Renewal[];
  /**
   * PMI exams (an exam rule with `applicationValidityMonths`): the day PMI approved the exam
   * application; eligibility runs a year from it (application.ts).
   */
  applicationApprovedDate?: LocalDate | null;
  /** PMI exams: exam attempts used under the approved application, 0 to 3 (application.ts). */
  examAttemptsUsed?: number | null;
  /** PeopleCert: how the holder renews (renewalRoutes); absent means the CPD route. */
  renewalRoute?: RenewalRoute;
}

/** A held credential with the rule it is judged by (catalogue rule after overrides). */
export interface HeldWithRule {
  credential: HeldCredential;
  rule: CredentialRule;
}

export type HeldErrorCode =
  | 'DATE_INVALID'
  | 'EARNED_DATE_REQUIRED'
  | 'EARNED_IN_FUTURE'
  | 'EARNED_BEFORE_EXAM'
  | 'RENEWAL_BEFORE_EARNED'
  | 'RENEWAL_IN_FUTURE'
  | 'APPROVED_IN_FUTURE'
  | 'APPROVED_AFTER_EXAM'
  | 'ATTEMPTS_OUT_OF_RANGE'
  | 'UNKNOWN_VALUE';

function checkDate(field: string, value: unknown, errors: FieldError<HeldErrorCode>[]): boolean {
  if (value === undefined || value === null) return false;
  if (!isLocalDate(value)) {
    errors.push({ field, code: 'DATE_INVALID' });
    return false;
  }
  return true;
}

function checkRenewals(held: HeldCredential, asOf: LocalDate, errors: FieldError<HeldErrorCode>[]) {
  (held.renewals ?? []).forEach((renewal, i) => {
    const field = `renewals.${i}.date`;
    if (renewal.assumed !== undefined && typeof renewal.assumed !== 'boolean')
      errors.push({ field: `renewals.${i}.assumed`, code: 'UNKNOWN_VALUE' });
    if (!isLocalDate(renewal.date)) {
      errors.push({ field, code: 'DATE_INVALID' });
      return;
    }
    if (held.earnedDate && isLocalDate(held.earnedDate) && renewal.date <= held.earnedDate) {
      errors.push({ field, code: 'RENEWAL_BEFORE_EARNED' });
    }
    if (renewal.date > asOf) errors.push({ field, code: 'RENEWAL_IN_FUTURE' });
  });
}

/**
 * The exam application's two fields (application.ts), whatever the credential: the form asks
 * for them only for PMI exams, and elsewhere they are simply left out. The approval is a past
 * event, so never after `asOf`. The exam the application is for is sat after it is approved,
 * so an approval after the exam date is refused (the same day is allowed); an exam under an
 * earlier application is not this one's, and the person enters the new exam date instead.
 * Attempts are a whole number from 0 to the three an application allows.
 */
function checkApplication(
  held: HeldCredential,
  asOf: LocalDate,
  examValid: boolean,
  errors: FieldError<HeldErrorCode>[],
) {
  const field = 'applicationApprovedDate';
  if (checkDate(field, held.applicationApprovedDate, errors)) {
    const approved = held.applicationApprovedDate!;
    if (approved > asOf) errors.push({ field, code: 'APPROVED_IN_FUTURE' });
    else if (examValid && approved > held.examDate!)
      errors.push({ field, code: 'APPROVED_AFTER_EXAM' });
  }
  const attempts = held.examAttemptsUsed;
  if (attempts === undefined || attempts === null) return;
  const max = applicationAttempts.value;
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0 || attempts > max)
    errors.push({ field: 'examAttemptsUsed', code: 'ATTEMPTS_OUT_OF_RANGE' });
}

/**
 * Checks a held credential before it is saved (issue 3 part 7: "an earned date in the
 * future"): real calendar dates, an earned date for an earned credential and never after
 * `asOf`, not before the exam, and renewals after the earned date and not in the future
 * (their `assumed` flag, when present, true or false), the exam application's approval
 * date and attempts (checkApplication), and the renewal route, when present, one of
 * renewalRoutes.
 * Returns field error codes; an empty list means valid.
 */
export function validateHeldCredential(
  held: HeldCredential,
  asOf: LocalDate,
): FieldError<HeldErrorCode>[] {
  const errors: FieldError<HeldErrorCode>[] = [];
  if (!(heldStages as readonly string[]).includes(held.stage)) {
    errors.push({ field: 'stage', code: 'UNKNOWN_VALUE' });
  }
  const exam = checkDate('examDate', held.examDate, errors);
  const earned = checkDate('earnedDate', held.earnedDate, errors);
  if (held.stage === 'earned' && (held.earnedDate === undefined || held.earnedDate === null)) {
    errors.push({ field: 'earnedDate', code: 'EARNED_DATE_REQUIRED' });
  }
  if (earned && held.earnedDate! > asOf)
    errors.push({ field: 'earnedDate', code: 'EARNED_IN_FUTURE' });
  if (earned && exam && held.earnedDate! < held.examDate!) {
    errors.push({ field: 'earnedDate', code: 'EARNED_BEFORE_EXAM' });
  }
  checkRenewals(held, asOf, errors);
  checkApplication(held, asOf, exam, errors);
  if (
    held.renewalRoute !== undefined &&
    !(renewalRoutes as readonly unknown[]).includes(held.renewalRoute)
  )
    errors.push({ field: 'renewalRoute', code: 'UNKNOWN_VALUE' });
  return errors;
}
