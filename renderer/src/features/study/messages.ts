/** Every sentence the study screens show, in one place (issue 7). */
import { addDays, type LocalDate } from '../../../../shared/dates';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { Weekday } from '../../../../shared/domain/profile/profile';
import type {
  Deadline,
  DeadlineKind,
  PlanErrorCode,
  PlanErrors,
  StudyCreditCheck,
  TimerCheck,
} from '../../../../shared/domain/study';
import type { ClockChoice } from '../../db/repositories/settings';
import { clockMinutes, parseBlackouts } from '../../../../shared/domain/study';
import { formatDate, listText } from '../../components/format';
import { reasonText } from '../credentials/messages';

export const weekdayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

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

/** "1 h 30 min", "45 min", "12 h". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A time of day in the user's chosen clock: "18:00" or "6:00 PM". */
export function timeText(hhmm: string, clock: ClockChoice): string {
  if (clock === '24h') return hhmm;
  const total = clockMinutes(hhmm);
  const h = Math.floor(total / 60);
  const suffix = h < 12 ? 'AM' : 'PM';
  return `${h % 12 === 0 ? 12 : h % 12}:${String(total % 60).padStart(2, '0')} ${suffix}`;
}

export function daysLeftText(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** "yesterday", "3 days ago". */
export function daysAgoText(days: number): string {
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

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

const planErrors: Record<PlanErrorCode, string> = {
  REQUIRED: 'Fill this in.',
  TOO_LONG: 'Keep this shorter (120 characters at most).',
  NOT_A_NUMBER: 'Type a number, for example 120.',
  NOT_WHOLE_NUMBER: 'Type a whole number, for example 2.',
  OUT_OF_RANGE: 'This number is outside the range allowed here.',
  NOT_QUARTER_HOURS: 'Use steps of a quarter hour, for example 1.25.',
  NOT_15_MINUTES: 'Use steps of 15 minutes, for example 45 or 60.',
  DATE_INVALID: 'Type a real date as yyyy-mm-dd.',
  DEADLINE_NOT_AFTER_START: 'The exam or target date must come after the start date.',
  TIME_INVALID: 'Type a time of day, for example 18:00.',
  UNKNOWN_VALUE: 'Choose one of the options.',
};

/** What a number field counts in, for messages that name it. */
const fieldWords: Partial<Record<string, Partial<Record<PlanErrorCode, string>>>> = {
  hoursNeeded: {
    NOT_A_NUMBER: 'Type a number of hours, for example 120.',
    OUT_OF_RANGE: 'Type more than 0 and at most 2,000 hours.',
  },
  bufferDays: {
    NOT_A_NUMBER: 'Type a number of days, for example 2.',
    NOT_WHOLE_NUMBER: 'Type whole days, for example 2.',
    OUT_OF_RANGE: 'Type 0 to 60 days.',
  },
  sessionMinutes: {
    NOT_A_NUMBER: 'Type a number of minutes, for example 60.',
    NOT_WHOLE_NUMBER: 'Type whole minutes, for example 60.',
    OUT_OF_RANGE: 'Type 30 to 240 minutes.',
  },
};

/** The words for a plan field's error code; `field` makes them name what the field counts. */
export function planErrorText(code: PlanErrorCode | undefined, field?: string): string | undefined {
  if (!code) return undefined;
  return (field ? fieldWords[field]?.[code] : undefined) ?? planErrors[code];
}

/** The plan form's errors in words, by field; the blackout days' names the days that are wrong. */
export function planErrorMessages(errors: PlanErrors, blackouts: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    const text =
      field === 'blackouts'
        ? blackoutErrorText(parseBlackouts(blackouts).bad)
        : planErrorText(code, field);
    if (text) out[field] = text;
  }
  return out;
}

/** "Not a date: “2026-13-01” and “25/12”. Type each day as yyyy-mm-dd, …" */
export function blackoutErrorText(bad: readonly string[]): string {
  const quoted = bad.map((b) => `“${b}”`);
  return `${quoted.length === 1 ? 'Not a date' : 'Not dates'}: ${listText(quoted)}. Type each day as yyyy-mm-dd, for example 2026-12-25.`;
}

/** "Tuesday 1.5 h, Thursday 1.5 h and Saturday 3 h; no study time on the other days." */
export function profileWeekText(week: Record<Weekday, number>): string {
  const days = (Object.keys(weekdayNames) as Weekday[]).filter((d) => week[d] > 0);
  if (days.length === 0) return 'no study time on any day yet';
  const parts = days.map((d) => `${weekdayNames[d]} ${week[d]} h`);
  const list = listText(parts);
  return days.length === 7 ? list : `${list}; no study time on the other days`;
}

export const sessionErrors: Record<string, string> = {
  DATE_INVALID: 'Type a real date.',
  IN_FUTURE: 'A session cannot be logged for a day that has not come yet.',
  OUT_OF_RANGE: 'Type whole minutes between 1 and 960.',
  TOO_LONG: 'Keep the topic under 200 characters.',
};

/** What the focus timer says when a stopped run needs checking before it is logged. */
export const timerCheckText = {
  /** "The timer ran 71 h 3 min since 22 Nov 2026, 09:00. How many minutes did you study?" */
  question: (minutes: number, since: string) =>
    `The timer ran ${minutesText(minutes)} since ${since}. How many minutes did you study?`,
  why: {
    OVER_MAXIMUM:
      'That is more than one session can hold (16 h), so nothing was logged yet. Type the minutes you really studied, 960 at most.',
    LONG: 'That is longer than most sittings: the timer may have been left running. Type the minutes you really studied.',
    NEXT_DAY: 'It ran past midnight, so nothing was logged yet. Check the minutes, then log them.',
  } satisfies Record<TimerCheck, string>,
  date: (date: LocalDate) => `The session goes on ${formatDate(date)}, the day the timer started.`,
  logged: (minutes: number, date: LocalDate) =>
    `Logged ${minutesText(minutes)} of study on ${formatDate(date)}.`,
  changed:
    'The timer was stopped or changed in another window, so nothing was logged. Check the timer here and try again.',
  notBack:
    'A new timer was started since, so the discarded one was not put back. Stop or discard the new timer first, then log the time by hand.',
};

export const blockErrors: Record<string, string> = {
  DATE_INVALID: 'Choose a real date.',
  DAY_PASSED:
    'That day has passed: a block plans study still to come. Choose today or a later day.',
  TIME_INVALID: 'Type a time of day, for example 18:00.',
  MINUTES_INVALID: 'Use 15-minute steps, from 15 minutes to 16 hours.',
  NOT_FOUND: 'This block no longer exists; it may have been re-planned.',
};

/** Names of held credentials by id: their acronym ("PMP"). */
export function heldNames(held: readonly HeldWithRule[]): Map<string, string> {
  return new Map(held.map((h) => [h.credential.id, h.rule.acronym]));
}

/** Why a study session cannot go to the credit log (with this choice, or at all). */
export function claimRefusalText(
  check: Exclude<StudyCreditCheck, { ok: true }>,
  held: readonly HeldWithRule[],
  date: string,
): string {
  switch (check.code) {
    case 'TOO_SHORT':
      return 'A session shorter than 15 minutes cannot be claimed.';
    case 'NO_EARNED_CREDENTIAL':
      return 'No earned credential to claim it for: study time counts once you hold a credential that needs continuing education.';
    case 'NOT_ACCEPTED': {
      const unitOf = new Map(held.map((h) => [h.credential.id, h.rule.unit]));
      const names = heldNames(held);
      const why = check.refusals.map(
        (r) =>
          `${names.get(r.heldId) ?? 'A credential'}: ${reasonText(r.reason, unitOf.get(r.heldId) ?? 'PDU')}`,
      );
      return `No credential you hold accepts study on ${formatDate(date)}. ${why.join(' ')}`;
    }
  }
}

/** "Counts for PMP and PgMP." */
export function acceptedText(heldIds: readonly string[], held: readonly HeldWithRule[]): string {
  const names = heldNames(held);
  const list = heldIds.map((id) => names.get(id) ?? 'a credential');
  return `Counts for ${listText(list)}.`;
}

/** Where a re-plan was laid from: today, or tomorrow once today's planned study is done. */
export function replanFromText(from: LocalDate, today: LocalDate): string {
  if (from === today) return 'today';
  if (from === addDays(today, 1)) return 'tomorrow, as today’s study is done';
  return formatDate(from);
}

/** What a plan's deadline is called: an exam date, or a goal's target date. */
export type PlanDeadlineKind = 'exam' | 'goal';

/** The deadline kind of a plan's target, or of a form's chosen target ("exam:…", "goal:…"). */
export function deadlineKindOf(target: { kind: PlanDeadlineKind } | string): PlanDeadlineKind {
  return typeof target === 'string' ? (target.startsWith('goal:') ? 'goal' : 'exam') : target.kind;
}

export const deadlineWords: Record<
  PlanDeadlineKind,
  { the: string; date: string; aLater: string; freeDays: string }
> = {
  exam: {
    the: 'the exam',
    date: 'the exam date',
    aLater: 'a later exam date',
    freeDays: 'Free days before the exam',
  },
  goal: {
    the: 'the target date',
    date: 'the target date',
    aLater: 'a later target date',
    freeDays: 'Free days before the target date',
  },
};

/**
 * The plan form's labels, keyed as its errors are and in the order the form shows them: the
 * form's labels and its error summary's are the same words.
 */
export function planLabels(kind: PlanDeadlineKind) {
  const days = (Object.keys(weekdayNames) as Weekday[]).map((day) => [
    `override.${day}`,
    weekdayNames[day],
  ]);
  return {
    target: 'Prepares for',
    title: 'Plan name',
    hoursNeeded: 'Hours of study needed',
    start: 'Start date',
    deadline: 'Exam or target date',
    bufferDays: deadlineWords[kind].freeDays,
    sessionMinutes: 'Sitting length (minutes)',
    dayStart: 'Daily start time',
    ...(Object.fromEntries(days) as Record<`override.${Weekday}`, string>),
    blackouts: 'Days with no study',
  };
}
