/**
 * The sessions attended at an event cannot take more time than the event's days hold. The rule
 * is plain arithmetic: a day has 24 hours, so the sessions a person attended at an event of N
 * days (its first to its last day, both counted) add up to at most 24 × N hours. Sessions carry
 * no day of their own (EventSession), so the check is on the event's total, not day by day.
 *
 * Only what is certainly impossible is refused: no shorter conference day is assumed.
 *
 * A talk the person gave is left out. Its hours are its "Give a presentation" credit (Giving
 * Back), which may count the time spent preparing it as well as giving it (PMI's Giving Back
 * guidance: preparation and delivery are both claimed), and that time is not bound to the
 * event's days.
 *
 * Hours that are not a number, are negative or are off the quarter steps have their own error
 * (checkHours) and are left out of the sum; what is left is still a lower bound, so a total
 * over the limit is over it whatever those hours are corrected to.
 */
import { daysBetween, type LocalDate } from '../../dates';
import { isQuarterStep, toHours, toQuarters } from '../credits/quarters';
import type { JournalError } from './fields';
import type { EventSession } from './types';

/** Hours in a day. */
export const HOURS_IN_A_DAY = 24;

/** The most hours an event from `start` to `end` (both counted) holds; null if it ends first. */
export function eventDaysHours(start: LocalDate, end: LocalDate): number | null {
  const days = daysBetween(start, end) + 1;
  return days < 1 ? null : days * HOURS_IN_A_DAY;
}

const counted = (s: Pick<EventSession, 'hours' | 'givenByMe'>) =>
  !s.givenByMe &&
  typeof s.hours === 'number' &&
  Number.isFinite(s.hours) &&
  s.hours >= 0 &&
  isQuarterStep(s.hours);

/**
 * The error of sessions attended that add up to more than the event's days hold, or null. It
 * is put at the hours of the session attended that takes the total past the limit (the field a
 * person corrects, or the one after the sessions that fit); `expected` is the limit in hours,
 * `actual` the hours attended in all.
 */
export function attendedHoursError(
  start: LocalDate,
  end: LocalDate,
  sessions: readonly Pick<EventSession, 'hours' | 'givenByMe'>[],
): JournalError | null {
  const limit = eventDaysHours(start, end);
  if (limit === null) return null;
  const limitQuarters = toQuarters(limit);
  let total = 0;
  let past: number | null = null;
  sessions.forEach((s, i) => {
    if (!counted(s)) return;
    total += toQuarters(s.hours);
    if (past === null && total > limitQuarters) past = i;
  });
  if (past === null) return null;
  return {
    field: `sessions.${past}.hours`,
    code: 'MORE_THAN_EVENT_DAYS',
    expected: limit,
    actual: toHours(total),
  };
}
