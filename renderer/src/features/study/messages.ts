/**
 * Every sentence the study screens show, in one place (issue 7). This module holds the words
 * of deadlines and their reminders, and re-exports the rest, kept by subject in time-words.ts,
 * plan-words.ts and session-words.ts.
 */
import type { Deadline, DeadlineKind } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { daysAgoText, daysLeftText } from './time-words';

export {
  daysAgoText,
  daysLeftText,
  minutesText,
  profileWeekText,
  timeText,
  weekdayNames,
} from './time-words';
export {
  blackoutErrorText,
  deadlineKindOf,
  deadlineWords,
  planErrorMessages,
  planErrorText,
  planLabels,
  replanFromText,
  type PlanDeadlineKind,
} from './plan-words';
export {
  acceptedText,
  blockErrors,
  claimRefusalText,
  heldNames,
  sessionErrors,
  timerCheckText,
} from './session-words';

const kindWords: Record<DeadlineKind, string> = {
  'cycle-end': 'cycle ends',
  exam: 'exam',
  'application-end': 'eligibility to sit the exam ends',
  goal: 'goal target date',
  milestone: 'milestone',
  course: 'course starts',
  event: 'event',
  'follow-up': 'follow up with',
  membership: 'membership renews',
};

/**
 * "PMP exam", "PMP cycle ends", "Milestone: Shadow the PMO", "Follow up with Sam"; a cycle that
 * has ended unrenewed: "PMP: renew by 4 Dec 2027 or it expires" (its deadline is the day to
 * renew by, not a cycle end).
 */
export function deadlineTitle(d: Deadline): string {
  switch (d.kind) {
    case 'cycle-end':
      if (d.byExam) return `${d.title}: renew by exam`;
      return d.renewBy ? renewByTitle(d) : `${d.title} ${kindWords[d.kind]}`;
    case 'exam':
    case 'membership':
      return `${d.title} ${kindWords[d.kind]}`;
    case 'application-end':
      return `${d.title}: ${kindWords[d.kind]}`;
    case 'follow-up':
      return `Follow up with ${d.title}`;
    case 'milestone':
      return `Milestone: ${d.title}`;
    case 'goal':
      return d.met ? `Goal: ${d.title} (target reached)` : `Goal: ${d.title}`;
    case 'course':
      return `Course starts: ${d.title}`;
    case 'event':
      return `Event: ${d.title}`;
  }
}

const renewByTitle = (d: Deadline) => `${d.title}: renew by ${formatDate(d.date)} or it expires`;

/** What a reminder of a goal that has reached its target asks of the user. */
export const MARK_ACHIEVED_TEXT = 'Mark the goal as achieved when you are ready.';

/**
 * "PMP exam in 3 days (25 Nov 2026)"; past: "Overdue: Milestone: X, 2 days ago (…)"; a goal
 * whose target is reached: "Target reached: X. Mark the goal as achieved when you are ready."
 */
export function reminderText(d: Deadline, daysLeft: number): string {
  if (d.met) return `Target reached: ${d.title}. ${MARK_ACHIEVED_TEXT}`;
  // "Overdue: IIBA membership renewal, 3 days ago (…)": it lapsed unless renewed.
  if (daysLeft < 0 && d.kind === 'membership')
    return `Overdue: ${d.title} membership renewal, ${daysAgoText(-daysLeft)} (${formatDate(d.date)})`;
  // "Ended: eligibility to sit the PMP exam, 3 days ago (…). Ask PMI about re-applying."
  if (daysLeft < 0 && d.kind === 'application-end')
    return `Ended: eligibility to sit the ${d.title} exam, ${daysAgoText(-daysLeft)} (${formatDate(d.date)}). Ask PMI about re-applying.`;
  if (daysLeft < 0)
    return `Overdue: ${deadlineTitle(d)}, ${daysAgoText(-daysLeft)} (${formatDate(d.date)})`;
  // "PMP: renew by 4 Dec 2027 or it expires — in 3 days": the title already has the date.
  if (d.kind === 'cycle-end' && d.renewBy) return `${renewByTitle(d)} — ${daysLeftText(daysLeft)}`;
  return `${deadlineTitle(d)} ${daysLeftText(daysLeft)} (${formatDate(d.date)})`;
}
