/**
 * Study time in words: the days of the week, durations ("1 h 30 min"), times of day in the
 * user's clock, a block's start and end, days before and since a date, and a week of study
 * time (messages.ts re-exports them).
 */
import type { Weekday } from '../../../../shared/domain/profile/profile';
import type { ClockChoice } from '../../db/repositories/settings';
import { calendarDate, type LocalDate } from '../../../../shared/dates';
import { dayNeedsYear } from '../../../../shared/dates/day-needs-year';
import { clockMinutes, clockTime } from '../../../../shared/domain/study';
import { listText } from '../../components/format';

const DAY_MINUTES = 24 * 60;

export const weekdayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

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

/**
 * A study block's start and end in the user's clock: ["19:00", "20:00"]. A block ends by
 * midnight at the latest (checkBlockChange), and midnight as its end is "24:00" ("12:00 AM").
 */
export function blockTimesText(
  start: string,
  minutes: number,
  clock: ClockChoice,
): [string, string] {
  const end = clockMinutes(start) + minutes;
  const to =
    end >= DAY_MINUTES ? (clock === '24h' ? '24:00' : '12:00 AM') : timeText(clockTime(end), clock);
  return [timeText(start, clock), to];
}

/** A day as a short heading names it, with its year or not, in the user's locale. */
const shortDay = (day: LocalDate, locale: string | undefined, year: boolean) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' as const } : {}),
  }).format(calendarDate(day));

/** A day short enough for a heading, in the user's locale: "Tue 8 Dec" (or "Tue, Dec 8"). */
export function shortDayText(day: LocalDate, locale?: string): string {
  return shortDay(day, locale, false);
}

/**
 * A day something is next on, seen on `asOf`, short as the study calendar names days, in the
 * user's locale: "Tue 8 Dec" (or "Tue, Dec 8"); with its year when the day alone would be
 * unclear (dayNeedsYear: another year, or more than six months away): "Tue 5 Jan 2027" (or
 * "Tue, Jan 5, 2027").
 */
export function nextDayText(day: LocalDate, asOf: LocalDate, locale?: string): string {
  return shortDay(day, locale, dayNeedsYear(day, asOf));
}

export function daysLeftText(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** "yesterday", "3 days ago". */
export function daysAgoText(days: number): string {
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "Tuesday 1.5 h, Thursday 1.5 h and Saturday 3 h; no study time on the other days." */
export function profileWeekText(week: Record<Weekday, number>): string {
  const days = (Object.keys(weekdayNames) as Weekday[]).filter((d) => week[d] > 0);
  if (days.length === 0) return 'no study time on any day yet';
  const parts = days.map((d) => `${weekdayNames[d]} ${week[d]} h`);
  const list = listText(parts);
  return days.length === 7 ? list : `${list}; no study time on the other days`;
}
