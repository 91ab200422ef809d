/**
 * Checking a study plan typed into the form (issue 7 part 1). Returns the clean plan or a
 * code per field; the UI turns codes into words.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import { isAmbiguousNumber } from '../import/numbers';
import { parseDailyHours, weekdays, type Weekday } from '../profile/profile';
import { isClockTime } from './clock';
import type { PlanTarget, StudyPlan, WeeklyAvailability } from './types';

export interface PlanDraft {
  title: string;
  /** 'exam:<heldId>' or 'goal:<goalId>'. */
  target: string;
  hoursNeeded: string;
  start: string;
  deadline: string;
  sessionMinutes: string;
  bufferDays: string;
  dayStart: string;
  /** '' = use the profile for that weekday. */
  override: Record<Weekday, string>;
  /** One day per line or comma-separated, yyyy-MM-dd. */
  blackouts: string;
}

export type PlanErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'NOT_A_NUMBER'
  | 'NOT_WHOLE_NUMBER'
  | 'OUT_OF_RANGE'
  | 'NOT_QUARTER_HOURS'
  | 'NOT_15_MINUTES'
  | 'DATE_INVALID'
  | 'DEADLINE_NOT_AFTER_START'
  | 'DEADLINE_PASSED'
  | 'TIME_INVALID'
  | 'UNKNOWN_VALUE';

export type PlanErrors = Partial<Record<string, PlanErrorCode>>;
export type PlanInput = Omit<StudyPlan, 'id' | 'status'>;

export const PLAN_LIMITS = {
  titleMax: 120,
  hoursMax: 2000,
  sessionMin: 30,
  sessionMax: 240,
  bufferMax: 60,
} as const;

function parseTarget(text: string): PlanTarget | null {
  const [kind, id] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (!id) return null;
  if (kind === 'exam') return { kind: 'exam', heldId: id };
  if (kind === 'goal') return { kind: 'goal', goalId: id };
  return null;
}

/** A whole number in range; "2.5" is a number but not a whole one, and says so. */
function intIn(text: string, min: number, max: number): number | PlanErrorCode {
  const t = text.trim();
  if (t === '') return 'REQUIRED';
  if (/^\d*[.,]\d+$/.test(t)) return 'NOT_WHOLE_NUMBER';
  if (!/^\d+$/.test(t)) return 'NOT_A_NUMBER';
  const n = Number(t);
  return n < min || n > max ? 'OUT_OF_RANGE' : n;
}

/**
 * Hours as the credit log reads them (parseHours): "7,5" is 7.5, but "1,000" or "1.000" may be
 * a thousand or one (isAmbiguousNumber), so it is refused, never read as 1; the form says the
 * two numbers it could be (amountError).
 */
function parseHoursNeeded(text: string): number | PlanErrorCode {
  if (isAmbiguousNumber(text)) return 'NOT_A_NUMBER';
  const t = text.trim().replace(',', '.');
  if (t === '') return 'REQUIRED';
  if (!/^\d+(\.\d+)?$/.test(t)) return 'NOT_A_NUMBER';
  const n = Number(t);
  if (n <= 0 || n > PLAN_LIMITS.hoursMax) return 'OUT_OF_RANGE';
  return Number.isInteger(n * 4) ? n : 'NOT_QUARTER_HOURS';
}

export function parseBlackouts(text: string): { days: LocalDate[]; bad: string[] } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const days = [...new Set(parts.filter(isLocalDate))].sort();
  return { days, bad: parts.filter((p) => !isLocalDate(p)) };
}

/** A day's own hours as typed ("" is no override), or the code the form words. */
function overrideHours(text: string): number | PlanErrorCode | null {
  if (text === '') return null;
  // "1,000" or "1.000" may be a thousand or one, as in the hours needed (parseHoursNeeded):
  // refused, never read as 1 hour; the form says the two numbers it could be.
  if (isAmbiguousNumber(text)) return 'NOT_A_NUMBER';
  const parsed = parseDailyHours(text);
  if (parsed.ok) return parsed.value;
  return parsed.code === 'NOT_QUARTER_HOURS' || parsed.code === 'NOT_A_NUMBER'
    ? parsed.code
    : 'OUT_OF_RANGE';
}

function parseOverride(draft: PlanDraft, errors: PlanErrors): Partial<WeeklyAvailability> {
  const out: Partial<WeeklyAvailability> = {};
  for (const day of weekdays) {
    const read = overrideHours(draft.override[day]?.trim() ?? '');
    if (typeof read === 'number') out[day] = read;
    else if (read) errors[`override.${day}`] = read;
  }
  return out;
}

function checkNumbers(draft: PlanDraft, errors: PlanErrors) {
  const hours = parseHoursNeeded(draft.hoursNeeded);
  const session = intIn(draft.sessionMinutes, PLAN_LIMITS.sessionMin, PLAN_LIMITS.sessionMax);
  const buffer = intIn(draft.bufferDays, 0, PLAN_LIMITS.bufferMax);
  if (typeof hours === 'string') errors.hoursNeeded = hours;
  if (typeof session === 'string') errors.sessionMinutes = session;
  else if (session % 15 !== 0) errors.sessionMinutes = 'NOT_15_MINUTES';
  if (typeof buffer === 'string') errors.bufferDays = buffer;
  return { hours: hours as number, session: session as number, buffer: buffer as number };
}

/** The day a plan is checked on, for its dates (validatePlan). */
export interface PlanCheckDay {
  today: LocalDate;
  /** An edit: the exam or target date the plan has now (kept as it is, it is not refused). */
  savedDeadline?: LocalDate | undefined;
}

/**
 * Ascent rule: the exam or target date must come after today. No study is planned on or after
 * it, so an exam today or earlier leaves no day to study, and the plan could only ever be
 * "behind". A start in the past is allowed: the plan simply begins today (days already gone
 * hold no study; planner.ts, suggestedStart). An edit that keeps the date the plan already
 * has is not refused for it (a plan whose exam is over can still be renamed).
 */
function checkDates(draft: PlanDraft, errors: PlanErrors, on?: PlanCheckDay) {
  if (!isLocalDate(draft.start)) errors.start = draft.start ? 'DATE_INVALID' : 'REQUIRED';
  if (!isLocalDate(draft.deadline)) errors.deadline = draft.deadline ? 'DATE_INVALID' : 'REQUIRED';
  else if (isLocalDate(draft.start) && draft.deadline <= draft.start)
    errors.deadline = 'DEADLINE_NOT_AFTER_START';
  else if (on && draft.deadline <= on.today && draft.deadline !== on.savedDeadline)
    errors.deadline = 'DEADLINE_PASSED';
  if (!isClockTime(draft.dayStart)) errors.dayStart = 'TIME_INVALID';
}

/**
 * Checks a plan as typed. With `on` (today, and for an edit the plan's saved date), an exam or
 * target date that is today or already gone is refused (checkDates); without it, the dates
 * are only checked against each other.
 */
export function validatePlan(
  draft: PlanDraft,
  on?: PlanCheckDay,
): { ok: true; value: PlanInput } | { ok: false; errors: PlanErrors } {
  const errors: PlanErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'REQUIRED';
  else if (title.length > PLAN_LIMITS.titleMax) errors.title = 'TOO_LONG';
  const target = parseTarget(draft.target);
  if (!target) errors.target = draft.target ? 'UNKNOWN_VALUE' : 'REQUIRED';
  const { hours, session, buffer } = checkNumbers(draft, errors);
  checkDates(draft, errors, on);
  const override = parseOverride(draft, errors);
  const blackouts = parseBlackouts(draft.blackouts);
  if (blackouts.bad.length > 0) errors.blackouts = 'DATE_INVALID';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title,
      target: target!,
      hoursNeeded: hours,
      start: draft.start,
      deadline: draft.deadline,
      availabilityOverride: override,
      blackouts: blackouts.days,
      sessionMinutes: session,
      bufferDays: buffer,
      dayStart: draft.dayStart,
    },
  };
}

export function draftFromPlan(plan: PlanInput): PlanDraft {
  const override = {} as Record<Weekday, string>;
  for (const day of weekdays) {
    const v = plan.availabilityOverride[day];
    override[day] = v === undefined ? '' : String(v);
  }
  return {
    title: plan.title,
    target:
      plan.target.kind === 'exam' ? `exam:${plan.target.heldId}` : `goal:${plan.target.goalId}`,
    hoursNeeded: String(plan.hoursNeeded),
    start: plan.start,
    deadline: plan.deadline,
    sessionMinutes: String(plan.sessionMinutes),
    bufferDays: String(plan.bufferDays),
    dayStart: plan.dayStart,
    override,
    blackouts: plan.blackouts.join('\n'),
  };
}
