/**
 * Calendar months as `yyyy-MM` strings (issue 5 part 2: roles start and end in a month).
 * Arithmetic is done on whole month numbers (year × 12 + month − 1), so it never touches a
 * Date and no time zone can move a month.
 */
import { digits, type LocalDate } from '../../dates';

/** A calendar month, `yyyy-MM`. */
export type YearMonth = string & { readonly __brand?: 'YearMonth' };

/**
 * The month's number for `yyyy-MM` with a month 01–12, else -1: read by its characters, as
 * experience is counted role by role for every exam and rung at every start (issue 9).
 */
function parsed(value: string): number {
  if (value.length !== 7 || value.charCodeAt(4) !== 45) return -1;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  return year < 0 || month < 1 || month > 12 ? -1 : year * 12 + month - 1;
}

/** True for a month written as yyyy-MM with a month 01–12 (issue 5 part 9: bad input). */
export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && parsed(value) >= 0;
}

/** The month's number (year × 12 + month − 1); consecutive months differ by one. */
export function monthIndex(month: YearMonth): number {
  const index = typeof month === 'string' ? parsed(month) : -1;
  if (index < 0) throw new RangeError(`Not a month: ${String(month)}`);
  return index;
}

/** The month with this number (inverse of monthIndex). */
export function monthFromIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month `n` months after `month` (negative n: before). */
export function addMonthsToMonth(month: YearMonth, n: number): YearMonth {
  return monthFromIndex(monthIndex(month) + n);
}

/** The month a calendar day falls in. */
export function monthOf(day: LocalDate): YearMonth {
  return day.slice(0, 7);
}

/** The first day of a month, as a LocalDate. */
export function firstDayOf(month: YearMonth): LocalDate {
  return `${month}-01`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthsInclusive(from: YearMonth, to: YearMonth): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}

export interface MonthPeriod {
  from: YearMonth;
  to: YearMonth;
}

/** Sorted month numbers → the fewest inclusive periods that cover them. */
export function periodsOf(sortedIndexes: readonly number[]): MonthPeriod[] {
  const periods: MonthPeriod[] = [];
  let start: number | null = null;
  let prev = 0;
  for (const i of sortedIndexes) {
    if (start === null) start = i;
    else if (i !== prev + 1) {
      periods.push({ from: monthFromIndex(start), to: monthFromIndex(prev) });
      start = i;
    }
    prev = i;
  }
  if (start !== null) periods.push({ from: monthFromIndex(start), to: monthFromIndex(prev) });
  return periods;
}
