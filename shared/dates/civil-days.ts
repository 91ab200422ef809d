/**
 * Calendar arithmetic on whole numbers, without Date objects (DESIGN.md §4: only
 * shared/dates makes Dates). Howard Hinnant's `civil_from_days` / `days_from_civil`
 * algorithms (proleptic Gregorian calendar; day 0 = 1970-01-01), "chrono-Compatible
 * Low-Level Date Algorithms", howardhinnant.github.io/date_algorithms.html.
 */
import type { LocalDate } from './local-date';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days from 1970-01-01 to a calendar day (negative before it). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day `days` after 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real day of the Gregorian calendar between years 1 and 9999. */
export function isRealDay({ year, month, day }: CivilDate): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const length = month === 2 && isLeapYear(year) ? 29 : monthLengths[month - 1]!;
  return day <= length;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** yyyy-MM-dd of a real day; null for a day that does not exist (31 April, 29 Feb 2025). */
export function toLocalDate(civil: CivilDate): LocalDate | null {
  if (!isRealDay(civil)) return null;
  return `${pad(civil.year, 4)}-${pad(civil.month, 2)}-${pad(civil.day, 2)}`;
}
