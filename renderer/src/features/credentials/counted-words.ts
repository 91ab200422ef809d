/**
 * What a cycle counted, in the words of the credential's page, for every place that says it:
 * the page's cycle summary, the dashboard's credentials card and the printed report (its text
 * and its bars). One function each, so the three never drift apart.
 */
import type { CreditUnit } from '../../../../shared/catalog/credentials';
import type { CredentialStatus } from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, formatNumber } from '../../components/format';
import { amount } from './amount-words';

/**
 * "10 PDUs counted of 60"; past the total, "86 PDUs counted — 60 required", since "86 of 60"
 * reads as a mistake; "10 PDUs counted" where the rule sets no total. (CycleSummary's own
 * countedText says the same and can import this one.)
 */
export function countedText(counted: number, total: number | null, unit: CreditUnit): string {
  if (total === null) return `${amount(counted, unit)} counted`;
  return counted > total
    ? `${amount(counted, unit)} counted — ${formatNumber(total)} required`
    : `${amount(counted, unit)} counted of ${formatNumber(total)}`;
}

/** "3.5 PDUs would carry over to the next cycle.", as the credential's page says it. */
export const carryOverText = (hours: number, unit: CreditUnit): string =>
  `${amount(hours, unit)} would carry over to the next cycle.`;

/**
 * Giving Back against its cap (PMP: 25 a cycle, domain-facts §1): "Giving Back: 25 PDUs
 * counted of at most 25."
 */
export const givingBackText = (counted: number, max: number, unit: CreditUnit): string =>
  `Giving Back: ${amount(counted, unit)} counted of at most ${formatNumber(max)}.`;

/** "Exam booked for 14 Mar 2027.", "Exam planned for …": as the credential's card says it. */
const examWords: Partial<Record<CredentialStatus, string>> = {
  'exam-booked': 'Exam booked for',
  target: 'Exam planned for',
  preparing: 'Exam planned for',
};

/** Whether a credential at this stage has an exam to come (booked, or planned). */
export const examToCome = (status: CredentialStatus): boolean => examWords[status] !== undefined;

/**
 * A credential not earned yet with its exam date, in the card's words; null when the status has no exam to come or no date is known.
 */
export function examDateText(status: CredentialStatus, examDate: LocalDate | null): string | null {
  const words = examWords[status];
  return words && examDate ? `${words} ${formatDate(examDate)}.` : null;
}
