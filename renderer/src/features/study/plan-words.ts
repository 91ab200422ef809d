/**
 * The study plan form's words: its labels, its errors by field (the blackout days' naming the
 * days that are wrong), what its deadline is called, and where a re-plan was laid from
 * (messages.ts re-exports them).
 */
import { addDays, type LocalDate } from '../../../../shared/dates';
import type { Weekday } from '../../../../shared/domain/profile/profile';
import type { PlanErrorCode, PlanErrors } from '../../../../shared/domain/study';
import { parseBlackouts } from '../../../../shared/domain/study';
import { formatDate, listText } from '../../components/format';
import type { PlanConflict } from '../../db/repositories/study-plans';
import { weekdayNames } from './time-words';

const planErrors: Record<PlanErrorCode, string> = {
  REQUIRED: 'Fill this in.',
  TOO_LONG: 'Keep this shorter (120 characters at most).',
  NOT_A_NUMBER: 'Enter a number, for example 120.',
  NOT_WHOLE_NUMBER: 'Enter a whole number, for example 2.',
  OUT_OF_RANGE: 'This number is outside the range allowed here.',
  NOT_QUARTER_HOURS: 'Use steps of a quarter hour, for example 1.25.',
  NOT_15_MINUTES: 'Use steps of 15 minutes, for example 45 or 60.',
  DATE_INVALID: 'Enter a real date as yyyy-mm-dd.',
  DEADLINE_NOT_AFTER_START: 'The exam or target date must come after the start date.',
  DEADLINE_PASSED:
    'This date is today or has passed, so no day is left to study. Enter an exam or target date after today.',
  TIME_INVALID: 'Enter a time of day, for example 18:00.',
  UNKNOWN_VALUE: 'Choose one of the options.',
};

/** What a number field counts in, for messages that name it. */
const fieldWords: Partial<Record<string, Partial<Record<PlanErrorCode, string>>>> = {
  hoursNeeded: {
    NOT_A_NUMBER: 'Enter a number of hours, for example 120.',
    OUT_OF_RANGE: 'Type more than 0 and at most 2,000 hours.',
  },
  bufferDays: {
    NOT_A_NUMBER: 'Enter a number of days, for example 2.',
    NOT_WHOLE_NUMBER: 'Type whole days, for example 2.',
    OUT_OF_RANGE: 'Type 0 to 60 days.',
  },
  sessionMinutes: {
    NOT_A_NUMBER: 'Enter a number of minutes, for example 60.',
    NOT_WHOLE_NUMBER: 'Type whole minutes, for example 60.',
    OUT_OF_RANGE: 'Type 30 to 240 minutes.',
  },
  /** Any day's own hours ("override.mon" …). */
  override: {
    NOT_A_NUMBER: 'Enter a number of hours, for example 2.',
  },
};

/** The words for a plan field's error code; `field` makes them name what the field counts. */
export function planErrorText(code: PlanErrorCode | undefined, field?: string): string | undefined {
  if (!code) return undefined;
  const key = field?.startsWith('override.') ? 'override' : field;
  return (key ? fieldWords[key]?.[code] : undefined) ?? planErrors[code];
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

/** Where a re-plan was laid from: today, or tomorrow once today's planned study is done. */
export function replanFromText(from: LocalDate, today: LocalDate): string {
  if (from === today) return 'today';
  if (from === addDays(today, 1)) return 'tomorrow, as today’s study is done';
  return formatDate(from);
}

/**
 * What the plan form says when its plan was changed, deleted or archived elsewhere (another
 * window, or an Undo there) after the form was opened, and what Save and Cancel then do. A
 * deleted plan is saved again only as a new plan, on the person's word (its button says so).
 */
export const planConflictText: Record<PlanConflict, string> = {
  CHANGED:
    'This plan was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.',
  DELETED:
    'This plan was deleted in another window after you opened this form. What you typed is kept: “Save as a new plan” creates it again as a new plan, with new study blocks; Cancel leaves it deleted.',
  ARCHIVED:
    'This plan was archived in another window after you opened this form. Make it active again to save your changes; Cancel leaves it archived.',
};

/** The edit address of an archived plan, which offers "Make active again" instead of the form. */
export const ARCHIVED_PLAN_TEXT =
  'This plan is archived, so it cannot be edited: its study blocks from today on are not shown in the week nor exported. Make it active again to edit it.';

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
