/**
 * A PMI exam application after approval (domain-facts.md §2, confidence B): "After approval
 * an application's eligibility lasts one year with up to three exam attempts." The year comes
 * from the catalogue (`ExamRule.applicationValidityMonths`, PMI exams only); the three
 * attempts are sourced here, with the same citation, as the catalogue does not carry them.
 */
import { sourced } from '../../catalog/credentials/sources';
import type { Sourced } from '../../catalog/credentials/types';
import { examCite, findExamRule, type ExamRule } from '../../catalog/exams';
import { daysBetween, type LocalDate } from '../../dates';
import { anniversary, dayBefore } from './calendar';
import type { HeldCredential } from './held';

/** Exam attempts one approved PMI application allows (domain-facts §2, B). */
export const applicationAttempts: Sourced<number> = sourced(3, 'B', examCite.pmiApplication);

/** How long an approved application of this credential's exam lasts; null: no such rule. */
export function applicationValidityOf(credentialId: string): Sourced<number> | null {
  return findExamRule(credentialId)?.applicationValidityMonths ?? null;
}

export interface ApplicationInput {
  /** The day the application was approved. */
  approvedOn: LocalDate | null;
  /** Exam attempts already used under this application. */
  attemptsUsed: number | null;
  /** The exam date booked or planned. */
  examDate: LocalDate | null;
}

export type ApplicationProblem =
  /** The exam is booked after the last day of eligibility: it would not be admitted. */
  | { code: 'EXAM_AFTER_ELIGIBILITY'; examDate: LocalDate; eligibleUntil: LocalDate }
  /** Every attempt this application allows is used. */
  | { code: 'ATTEMPTS_USED_UP'; attemptsAllowed: number }
  /** The eligibility year is over (`asOf` is after its last day). */
  | { code: 'ELIGIBILITY_ENDED'; eligibleUntil: LocalDate };

export interface ApplicationStatus {
  approvedOn: LocalDate | null;
  /** The last day of eligibility (inclusive); null without an approval date. */
  eligibleUntil: LocalDate | null;
  /** Days from `asOf` to `eligibleUntil`: 0 on the last day, negative after it. */
  daysLeft: number | null;
  /** Null when the person has not said. */
  attemptsUsed: number | null;
  attemptsAllowed: number;
  attemptsLeft: number;
  problems: ApplicationProblem[];
}

/**
 * The eligibility of an approved PMI exam application as of `asOf` (domain-facts §2, B: one
 * year and up to three attempts after approval). Null when the exam has no such rule
 * (`applicationValidityMonths` null: not a PMI exam) or when neither an approval date nor
 * attempts are given (nothing to say).
 *
 * Last day: the day before the anniversary of the approval (approved 3 Mar 2026 → eligible
 * until 2 Mar 2027). "Lasts one year" from the approval day counts that day as the first, so
 * a full year ends the day before the anniversary — the reading PMI's worked examples give
 * for its certification cycles too (domain-facts §1, "renew by 2 Feb 2020" for an exam on
 * 3 Feb 2017). An approval on 29 Feb keeps its whole year: the anniversary is 1 Mar
 * (calendar.ts `anniversary`), so the last day is 28 Feb.
 *
 * Once eligibility has ended, an exam booked after its end is not named as well: the one
 * thing left to do is to ask PMI about re-applying, which ELIGIBILITY_ENDED says.
 */
export function applicationStatus(
  rule: Pick<ExamRule, 'applicationValidityMonths'>,
  input: ApplicationInput,
  asOf: LocalDate,
): ApplicationStatus | null {
  const months = rule.applicationValidityMonths?.value;
  if (months === undefined || months === null) return null;
  const { approvedOn, attemptsUsed, examDate } = input;
  if (!approvedOn && (attemptsUsed === null || attemptsUsed === undefined)) return null;
  const allowed = applicationAttempts.value;
  const used = attemptsUsed ?? 0;
  const eligibleUntil = approvedOn ? dayBefore(anniversary(approvedOn, months)) : null;
  const daysLeft = eligibleUntil ? daysBetween(asOf, eligibleUntil) : null;
  const problems: ApplicationProblem[] = [];
  if (eligibleUntil && daysLeft !== null && daysLeft < 0)
    problems.push({ code: 'ELIGIBILITY_ENDED', eligibleUntil });
  else if (eligibleUntil && examDate && examDate > eligibleUntil)
    problems.push({ code: 'EXAM_AFTER_ELIGIBILITY', examDate, eligibleUntil });
  if (used >= allowed) problems.push({ code: 'ATTEMPTS_USED_UP', attemptsAllowed: allowed });
  return {
    approvedOn: approvedOn ?? null,
    eligibleUntil,
    daysLeft,
    attemptsUsed: attemptsUsed ?? null,
    attemptsAllowed: allowed,
    attemptsLeft: Math.max(0, allowed - used),
    problems,
  };
}

/**
 * applicationStatus for a held credential: its exam's rule looked up and its answers read.
 * Null once the credential is earned, for an exam without such a rule, or when nothing is said.
 */
export function applicationStatusOf(
  held: Pick<
    HeldCredential,
    'credentialId' | 'stage' | 'applicationApprovedDate' | 'examAttemptsUsed' | 'examDate'
  >,
  asOf: LocalDate,
): ApplicationStatus | null {
  if (held.stage === 'earned') return null;
  const validity = applicationValidityOf(held.credentialId);
  if (!validity) return null;
  return applicationStatus(
    { applicationValidityMonths: validity },
    {
      approvedOn: held.applicationApprovedDate ?? null,
      attemptsUsed: held.examAttemptsUsed ?? null,
      examDate: held.examDate ?? null,
    },
    asOf,
  );
}

/**
 * The last day of eligibility of `held`'s approved exam application, for the deadlines: null
 * once the credential is earned, for an exam without such a rule, or without an approval date.
 */
export function applicationEndOf(
  held: Parameters<typeof applicationStatusOf>[0],
  asOf: LocalDate,
): LocalDate | null {
  return applicationStatusOf(held, asOf)?.eligibleUntil ?? null;
}
