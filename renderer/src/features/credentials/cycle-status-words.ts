/**
 * A credential's cycle in words, as its card, its page and the Dashboard show it: the cycle's
 * status, the days left before its deadline, an expired cycle, and an exam day that has passed
 * (messages.ts re-exports them).
 */
import {
  behindOnYearlyMinimum,
  type CycleEvaluation,
  type CycleStatus,
} from '../../../../shared/domain/credits';
import type { CreditUnit } from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { yearDueOn } from '../../../../shared/domain/credits/pace';
import { formatDate, formatNumber as num } from '../../components/format';
import { amount } from './amount-words';

export const cycleStatusLabels: Record<CycleStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  suspended: 'Suspended',
  expired: 'Expired',
  renewed: 'Renewed',
  'rule-unknown': 'Rule not known',
  'no-requirement': 'No credits needed',
  'renew-by-exam': 'Renew by exam',
};

/** A running cycle whose yearly minimum was missed in a year already over. */
export const BEHIND_TEXT = 'Behind: a yearly minimum was missed';

/**
 * What a year still running must count, and by when: "20 CPEs due by 31 Dec 2027 for this
 * year" (ISACA's calendar year, §4; PeopleCert's CPD year, §3).
 */
export const yearDueText = (needed: number, unit: CreditUnit, end: LocalDate) =>
  `${amount(needed, unit)} due by ${formatDate(end)} for this year`;

/** A PeopleCert certificate on the exam route, its cycle running (§3): what to do, and by when. */
export const renewByExamText = (renewBy: LocalDate) => `Renew by exam by ${formatDate(renewBy)}`;

/** The same in the printed report, which states facts about the person rather than speaking to them. */
export const renewByExamReportText = (renewBy: LocalDate) =>
  `To be renewed by exam by ${formatDate(renewBy)} (no CPD points required)`;

/** What the card says under the status on the exam route: why nothing is missing, and what to do. */
export const examRouteNote = (renewBy: LocalDate) =>
  `No CPD points are needed: you renew by passing this exam again, or another exam in the same suite, by ${formatDate(renewBy)}.`;

/**
 * A cycle's status in words, from its code, its deadline and whether a yearly minimum was
 * already missed (behindOnYearlyMinimum): 'renew-by-exam' says the renew-by date. `yearDue`,
 * the year's words (yearDueText), when the cycle is at risk because the year running is behind
 * its minimum (yearDueOn's `behind`): "At risk: 20 CPEs due by 31 Dec 2027 for this year", so
 * a total already met ("130 of 120 counted") does not read as a contradiction.
 */
export function cycleStatusWords(
  status: CycleStatus,
  deadline: LocalDate | null,
  behind: boolean,
  yearDue?: string,
): string {
  if (behind) return BEHIND_TEXT;
  if (status === 'renew-by-exam' && deadline) return renewByExamText(deadline);
  if (status === 'at-risk' && yearDue) return `${cycleStatusLabels[status]}: ${yearDue}`;
  return cycleStatusLabels[status];
}

/**
 * A cycle's status as the card and the page show it. 'overdue' covers two cases that need
 * different words (behindOnYearlyMinimum): a cycle still running whose past year missed its
 * minimum is behind, not past its deadline — "Overdue" beside "Active" and "166 days left"
 * read as a contradiction; a cycle that ended unrenewed stays "Overdue". On PeopleCert's exam
 * route the status says the renew-by date ("Renew by exam by 1 Jun 2027"). At risk because
 * of the year running (ISACA §4, PeopleCert's CPD route §3), it says that year's deadline.
 */
export function cycleStatusText(ev: CycleEvaluation, asOf: LocalDate): string {
  const year = yearDueOn(ev, asOf);
  const due = year?.behind ? yearDueText(year.needed, ev.unit, year.end) : undefined;
  return cycleStatusWords(ev.status, ev.deadline, behindOnYearlyMinimum(ev, asOf), due);
}

/**
 * Days left before a deadline on a credential card (the domain's daysUntilDeadline: 0 on the
 * deadline day, which is the last day to act).
 */
export function daysLeftText(days: number): string {
  if (days <= 0) return 'last day today';
  return `${num(days)} ${days === 1 ? 'day' : 'days'} left`;
}

/** The same number as the Dashboard says it: "today", "in 1 day", "in 418 days". */
export function inDaysText(days: number): string {
  if (days <= 0) return 'today';
  return `in ${num(days)} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * An expired cycle on the card and the page: when it expired, that nothing more counts, and how
 * the credential is held again (regainOf: PMI, the exam again; other bodies, ask them).
 */
export function expiredCycleText(
  acronym: string,
  expiredOn: LocalDate | null,
  regain: 'exam' | 'ask-body',
): string {
  const when = expiredOn ? `${acronym} expired on ${formatDate(expiredOn)}` : `${acronym} expired`;
  const again =
    regain === 'exam'
      ? 'To hold it again, pass the exam again.'
      : 'Ask the certifying body how to hold it again.';
  return `${when}: this cycle ended without a renewal, so nothing more can count towards it. ${again} What it counted stays in its history.`;
}

/** A credential not earned yet whose exam day has passed: what to record now. */
export const examPassedText = (examDate: LocalDate): string =>
  `Your exam on ${formatDate(examDate)} has passed. Passed it? Change the stage to Earned, with the day. If not, enter your next exam date.`;
