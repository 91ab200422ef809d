/**
 * Study capacity per day (issue 7 part 1): the profile's weekly availability, the plan's
 * per-weekday overrides, and blackout days. Pure calendar-day arithmetic on LocalDate
 * strings, so a DST change or a leap day never gains or loses a day.
 */
import { addDays, daysBetween, isoWeekday, type LocalDate } from '../../dates';
import { weekdays, type WeeklyAvailability } from '../profile/profile';

export interface CapacityInput {
  availability: WeeklyAvailability;
  override?: Partial<WeeklyAvailability>;
  blackouts?: readonly LocalDate[];
}

/** Hours a weekday is worth for this plan: the override where given, else the profile. */
export function effectiveAvailability(input: CapacityInput): WeeklyAvailability {
  const out = { ...input.availability };
  for (const day of weekdays) {
    const o = input.override?.[day];
    if (typeof o === 'number' && o >= 0) out[day] = o;
  }
  return out;
}

/** Minutes of study a calendar day can hold (0 on a blackout day). */
export function dayCapacityMinutes(
  day: LocalDate,
  week: WeeklyAvailability,
  blackouts: ReadonlySet<string>,
): number {
  if (blackouts.has(day)) return 0;
  // Whole quarter-hours only: a stray fraction in stored data never makes odd minutes.
  return Math.floor((week[weekdays[isoWeekday(day)]!] * 60) / 15) * 15;
}

/**
 * The last day study may be planned: the day before the deadline, less the buffer. A buffer
 * of 2 before an exam on the 10th leaves the 8th and 9th free.
 */
export function lastStudyDay(deadline: LocalDate, bufferDays: number): LocalDate {
  return addDays(deadline, -1 - Math.max(0, bufferDays));
}

/** Every day from `from` to `to` inclusive (empty when `to` is earlier). */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const n = daysBetween(from, to);
  const out: LocalDate[] = [];
  for (let i = 0; i <= n; i++) out.push(addDays(from, i));
  return out;
}

/** Total minutes available on the days from `from` to `to`. */
export function capacityBetween(
  from: LocalDate,
  to: LocalDate,
  week: WeeklyAvailability,
  blackouts: ReadonlySet<string>,
): number {
  return eachDay(from, to).reduce((sum, d) => sum + dayCapacityMinutes(d, week, blackouts), 0);
}
