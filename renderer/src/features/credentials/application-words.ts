/**
 * The words of a PMI exam application's eligibility (shared/domain/credentials/application.ts):
 * its form fields, the line on the credential's card and page, and each problem with what to
 * do about it.
 */
import type { ApplicationProblem, ApplicationStatus } from '../../../../shared/domain/credentials';
import type { Sourced } from '../../../../shared/catalog/credentials/types';
import { formatDate, formatNumber } from '../../components/format';
import { confidenceWords, daysLeftText } from './messages';

export const applicationLabels = {
  applicationApprovedDate: 'Application approved on (optional)',
  examAttemptsUsed: 'Exam attempts used (optional)',
} as const;

export const applicationHints = {
  applicationApprovedDate:
    'The day PMI approved your exam application: you can sit the exam for one year from then.',
  examAttemptsUsed: 'Exams already sat under this application. One application allows 3.',
} as const;

/** "Not said" in the attempts list: the person has not told. */
export const attemptsNotSaid = 'Not said';

/**
 * "Application approved 3 Mar 2026: eligible until 2 Mar 2027 (101 days left); 1 of 3 attempts
 * used." — the parts the person gave; once the year is over, when it ended.
 */
export function applicationStatusText(s: ApplicationStatus): string {
  const attempts =
    s.attemptsUsed === null
      ? null
      : `${formatNumber(s.attemptsUsed)} of ${formatNumber(s.attemptsAllowed)} attempts used`;
  if (!s.approvedOn || !s.eligibleUntil || s.daysLeft === null)
    return attempts ? `${attempts}.` : '';
  const approved = `Application approved ${formatDate(s.approvedOn)}`;
  const until =
    s.daysLeft < 0
      ? `eligibility ended on ${formatDate(s.eligibleUntil)}`
      : `eligible until ${formatDate(s.eligibleUntil)} (${daysLeftText(s.daysLeft)})`;
  return `${approved}: ${until}${attempts ? `; ${attempts}` : ''}.`;
}

/** A problem with the application, said with what to do. */
export function applicationProblemText(p: ApplicationProblem): string {
  switch (p.code) {
    case 'EXAM_AFTER_ELIGIBILITY':
      return `Your exam on ${formatDate(p.examDate)} is after your eligibility ends on ${formatDate(p.eligibleUntil)}. Move the exam to ${formatDate(p.eligibleUntil)} or earlier, or ask PMI about re-applying.`;
    case 'ATTEMPTS_USED_UP':
      return `All ${formatNumber(p.attemptsAllowed)} exam attempts of this application are used. Ask PMI about re-applying before you book another exam.`;
    case 'ELIGIBILITY_ENDED':
      return `Your eligibility to sit the exam ended on ${formatDate(p.eligibleUntil)}. Ask PMI about re-applying, then enter the new approval date here and clear the old exam date until the new exam is booked.`;
  }
}

/** "Why: PMI handbooks: … (Sources agree).": where the one year comes from. */
export function applicationWhyText(validity: Sourced<number>): string {
  return `Why: ${validity.source} (${confidenceWords(validity).tag}).`;
}
