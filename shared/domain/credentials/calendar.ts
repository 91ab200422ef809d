/**
 * Calendar helpers the credential rules need on top of shared/dates (kept here so that
 * shared/dates stays owned by its authors).
 */
import { addDays, addMonths, type LocalDate } from '../../dates';

/**
 * The day `months` after `date`, where an anniversary that does not exist in the target
 * month falls on the next day: 29 Feb 2020 + 36 months = 1 Mar 2023, 31 Aug + 1 month =
 * 1 Oct. Ascent's rule for leap-day and month-end certification dates (README Decisions):
 * a cycle then lasts the full number of months, and in leap years the anniversary is 29 Feb
 * again, so the rhythm never drifts.
 */
export function anniversary(date: LocalDate, months: number): LocalDate {
  const shifted = addMonths(date, months);
  return shifted.slice(8) < date.slice(8) ? addDays(shifted, 1) : shifted;
}

/** The previous calendar day. */
export function dayBefore(date: LocalDate): LocalDate {
  return addDays(date, -1);
}

/** The next calendar day. */
export function dayAfter(date: LocalDate): LocalDate {
  return addDays(date, 1);
}

/** The later of two days (yyyy-MM-dd compares as text). */
export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

/** The earlier of two days. */
export function earlierOf(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}

/** Calendar year of a yyyy-MM-dd day. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** 1 January of `year` (ISACA's calendar-year periods, domain-facts §4). */
export function firstOfYear(year: number): LocalDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** 31 December of `year`. */
export function lastOfYear(year: number): LocalDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}
