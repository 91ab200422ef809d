/**
 * Every sentence the study screens show, in one place (issue 7). This module holds the words
 * of deadlines and their reminders, and re-exports the rest, kept by subject in time-words.ts,
 * plan-words.ts and session-words.ts. The app's start-up reads it (the dashboard, the
 * reminders' notifications): words only the study screen shows are kept apart, in
 * calendar-words.ts, notification-words.ts and block-removal-words.ts.
 */
import type { Deadline, DeadlineKind, YearlyMinimumDue } from '../../../../shared/domain/study';
import { formatDate, formatNumber as num, listText } from '../../components/format';
import { amount, categoryLabel } from '../credentials/amount-words';
import { daysAgoText, daysLeftText } from './time-words';

export {
  blockTimesText,
  daysAgoText,
  daysLeftText,
  minutesText,
  nextDayText,
  profileWeekText,
  shortDayText,
  timeText,
  weekdayNames,
} from './time-words';
export {
  ARCHIVED_PLAN_TEXT,
  blackoutErrorText,
  deadlineKindOf,
  deadlineWords,
  planErrorMessages,
  planErrorText,
  planConflictText,
  planLabels,
  replanFromText,
  type PlanDeadlineKind,
} from './plan-words';
export {
  acceptedText,
  blockErrors,
  blockErrorText,
  claimRefusalText,
  heldNames,
  sessionErrors,
  sessionFormText,
  timerCheckText,
} from './session-words';

const kindWords: Record<DeadlineKind, string> = {
  'cycle-end': 'cycle ends',
  'yearly-minimum': 'due this year',
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
 * "12 CPDs more": an amount still missing, in the order the Credentials screen says it
 * ("12 CPDs more between 20 Jan 2026 and 19 Jan 2027", shortfall-words.ts), so the same
 * shortfall reads the same on every screen.
 */
const more = (n: number, unit: YearlyMinimumDue['unit']) => `${amount(n, unit)} more`;

/** ", 5 of them Professional experience," set in after an amount, or nothing. */
export const ofThem = (parts: readonly { category: string; n: number }[]) =>
  parts.length === 0
    ? ''
    : `, ${parts.map((c) => `${num(c.n)} of them ${categoryLabel(c.category)}`).join(', ')},`;

/**
 * What the current year still lacks (yearlyMinimumDue): "20 CPDs, 5 of them Professional
 * experience, due this year" while nothing has counted; "12 CPDs more due this year"; a
 * category short by more than the total (it counts towards the total too): "5 CPDs more of
 * Professional experience due this year". The category sits inside the sentence, so what
 * follows it (a reminder's "— in 9 days") never reads as part of the category.
 */
function yearlyNeedText(y: YearlyMinimumDue): string {
  const when = kindWords['yearly-minimum'];
  const beyond = y.categories.filter((c) => c.short > y.short);
  if (beyond.length > 0) {
    const parts = beyond.map((c) => `${more(c.short, y.unit)} of ${categoryLabel(c.category)}`);
    return `${listText(parts)} ${when}`;
  }
  const head = y.short === y.minimum ? amount(y.short, y.unit) : more(y.short, y.unit);
  const within = ofThem(y.categories.map((c) => ({ category: c.category, n: c.short })));
  return `${head}${within} ${when}`;
}

/**
 * "PMP exam", "PMP cycle ends", "Milestone: Shadow the PMO", "Follow up with Sam"; a cycle that
 * has ended unrenewed: "PMP: renew by 4 Dec 2027 or it expires" (its deadline is the day to
 * renew by, not a cycle end); the last day of a yearly minimum not met yet: "PRINCE2
 * Practitioner: 12 CPDs more due this year" (yearlyNeedText).
 */
export function deadlineTitle(d: Deadline): string {
  switch (d.kind) {
    case 'cycle-end':
      if (d.byExam) return `${d.title}: renew by exam`;
      return d.renewBy ? renewByTitle(d) : `${d.title} ${kindWords[d.kind]}`;
    case 'yearly-minimum':
      return d.yearly
        ? `${d.title}: ${yearlyNeedText(d.yearly)}`
        : `${d.title} ${kindWords[d.kind]}`;
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
 * A goal whose target is reached (`met`), as Study → Reminders and the Dashboard's "Next
 * deadlines" both say it, its title (`title`) a link to the goal's card there: "Target reached:
 * X. Mark the goal as achieved when you are ready." Its target date is left out: no work is left
 * by it, and the dashboard's "Goal: X (target reached) — 15 Nov 2026, 7 days ago" read as if the
 * target had been reached 7 days ago.
 */
export function metGoalWords(title: string): { lead: string; title: string; end: string } {
  return { lead: 'Target reached: ', title, end: `. ${MARK_ACHIEVED_TEXT}` };
}

/** metGoalWords as one sentence, for a reminder's notification and any plain text. */
export function metGoalText(title: string): string {
  const w = metGoalWords(title);
  return `${w.lead}${w.title}${w.end}`;
}

/**
 * A deadline still to do whose day has passed, as Study → Reminders and the Dashboard's "Next
 * deadlines" both name it, and what to do about it when its name does not say: "Overdue:
 * Milestone: X"; a membership lapsed unless renewed, "Overdue: IIBA membership renewal"; an
 * exam application's year over, "Ended: eligibility to sit the PMP exam" (ask PMI about
 * re-applying); an exam whose day has passed with the credential not earned, "Exam day passed:
 * PMP" (record the result, as the credential's card asks) — "Overdue: PMP exam" said neither
 * what happened nor what to do.
 */
export function overdueWords(d: Deadline): { title: string; advice: string | null } {
  switch (d.kind) {
    case 'membership':
      return { title: `Overdue: ${d.title} membership renewal`, advice: null };
    case 'application-end':
      return {
        title: `Ended: eligibility to sit the ${d.title} exam`,
        advice: 'Ask PMI about re-applying.',
      };
    case 'exam':
      return {
        title: `Exam day passed: ${d.title}`,
        advice: `Passed it? Mark ${d.title} as earned on its page, with the day. If not, enter your next exam date.`,
      };
    default:
      return { title: `Overdue: ${deadlineTitle(d)}`, advice: null };
  }
}

/**
 * "PMP exam — in 3 days (25 Nov 2026)"; past: "Overdue: Milestone: X, 2 days ago (…)", in the
 * words of overdueWords ("Ended: eligibility to sit the PMP exam, 3 days ago (…). Ask PMI about
 * re-applying."); a goal whose target is reached: "Target reached: X. Mark the goal as achieved
 * when you are ready." (metGoalText)
 */
export function reminderText(d: Deadline, daysLeft: number): string {
  if (d.met) return metGoalText(d.title);
  if (daysLeft < 0) {
    const { title, advice } = overdueWords(d);
    const when = `${title}, ${daysAgoText(-daysLeft)} (${formatDate(d.date)})`;
    return advice ? `${when}. ${advice}` : when;
  }
  // "PMP: renew by 4 Dec 2027 or it expires — in 3 days": the title already has the date.
  if (d.kind === 'cycle-end' && d.renewBy) return `${renewByTitle(d)} — ${daysLeftText(daysLeft)}`;
  // One shape for every coming item, the title set apart by a dash: a title may end in words
  // of the user's own (a goal "Pass in 2027") or a category ("…, due this year"), which the
  // days left must not read as part of.
  return `${deadlineTitle(d)} — ${daysLeftText(daysLeft)} (${formatDate(d.date)})`;
}
