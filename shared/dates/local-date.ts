/**
 * Calendar-day helpers. Date-only facts are `LocalDate` strings (yyyy-MM-dd); this module is
 * the only place that turns them into Date objects (for clocks and display). Day arithmetic
 * is done on whole day numbers, so a time zone or DST change never moves a day.
 */
import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  addYears as dfAddYears,
  format,
} from 'date-fns';
import { civilFromDays, daysFromCivil } from './civil-days';

/** A calendar day, `yyyy-MM-dd`. */
export type LocalDate = string & { readonly __brand?: 'LocalDate' };

const FORMAT = 'yyyy-MM-dd';
const DASH = 45;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is a real calendar day written as yyyy-MM-dd (2023-02-29 is not).
 * Plain arithmetic on the proleptic Gregorian calendar, as date-fns parses it: this runs for
 * every activity in every cycle evaluation, and a parse-and-format round trip per call made a
 * long credit log slow (issue 9).
 */
export function isLocalDate(value: unknown): value is LocalDate {
  return realDayKey(value) > 0;
}

/**
 * dayKey(value) when `value` is a real calendar day written as yyyy-MM-dd (isLocalDate),
 * else 0: the check and the number in one pass, for a long log read once (issue 9).
 */
export function realDayKey(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return 0;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return 0;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return 0;
  if (day > (month === 2 && isLeapYear(year) ? 29 : monthDays[month - 1]!)) return 0;
  return year * 10000 + month * 100 + day;
}

/**
 * The number written in `text[from, to)` with ASCII digits only, or -1 (the /^\d+$/ check):
 * how day and month strings are read without a regular expression.
 */
export function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The day as the number yyyymmdd (2026-11-22: 20261122), which orders as the days do: long
 * loops compare numbers, not strings (issue 9). NaN for anything that is not a day's text.
 */
export function dayKey(day: LocalDate): number {
  if (typeof day !== 'string' || day.length !== 10) return NaN;
  const year = digits(day, 0, 4);
  const month = digits(day, 5, 7);
  const date = digits(day, 8, 10);
  return year < 0 || month < 0 || date < 0 ? NaN : year * 10000 + month * 100 + date;
}

/** Local midnight of the day (what date-fns `parse` gives, without parsing a pattern). */
function toDate(day: LocalDate): Date {
  if (!isLocalDate(day)) throw new RangeError(`Not a calendar day: ${String(day)}`);
  const d = new Date(2000, 0, 1);
  d.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** yyyy-MM-dd; years outside 1–9999 are left to date-fns, which writes them its own way. */
function fromDate(d: Date): LocalDate {
  const year = d.getFullYear();
  if (year < 1 || year > 9999 || Number.isNaN(year)) return format(d, FORMAT);
  return `${pad(year, 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The calendar day a clock reading falls on, in the user's local time zone. */
export function localDateOf(instant: Date): LocalDate {
  return fromDate(instant);
}

/*
 * Day arithmetic is plain integer arithmetic on the proleptic Gregorian calendar (civil-days):
 * it runs for every cycle of every credential (issue 9), and it gives exactly the day date-fns
 * gives (tests/unit/domain/dates/local-date-calendar.test.ts) without building a Date for each.
 */

/** Year, month and day of a real calendar day (throws like toDate otherwise). */
function partsOf(day: LocalDate): [number, number, number] {
  if (!isLocalDate(day)) throw new RangeError(`Not a calendar day: ${String(day)}`);
  return [digits(day, 0, 4), digits(day, 5, 7), digits(day, 8, 10)];
}

/** yyyy-MM-dd of a day in years 1–9999; null outside them (left to date-fns). */
function written(y: number, m: number, d: number): LocalDate | null {
  if (y < 1 || y > 9999) return null;
  return `${pad(y, 4)}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(day: LocalDate, n: number): LocalDate {
  const [y, m, d] = partsOf(day);
  if (Number.isInteger(n)) {
    const next = civilFromDays(daysFromCivil({ year: y, month: m, day: d }) + n);
    const out = written(next.year, next.month, next.day);
    if (out !== null) return out;
  }
  return fromDate(dfAddDays(toDate(day), n));
}

/** Adds months; a day that does not exist in the target month clamps to its last day. */
export function addMonths(day: LocalDate, n: number): LocalDate {
  const [y, m, d] = partsOf(day);
  if (Number.isInteger(n)) {
    const months = y * 12 + (m - 1) + n;
    const ny = Math.floor(months / 12);
    const nm = months - ny * 12 + 1;
    const last = nm === 2 && isLeapYear(ny) ? 29 : monthDays[nm - 1]!;
    const out = written(ny, nm, Math.min(d, last));
    if (out !== null) return out;
  }
  return fromDate(dfAddMonths(toDate(day), n));
}

/** Adds years; 29 Feb clamps to 28 Feb in a common year. */
export function addYears(day: LocalDate, n: number): LocalDate {
  return Number.isInteger(n) ? addMonths(day, n * 12) : fromDate(dfAddYears(toDate(day), n));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [fy, fm, fd] = partsOf(from);
  const [ty, tm, td] = partsOf(to);
  return (
    daysFromCivil({ year: ty, month: tm, day: td }) -
    daysFromCivil({ year: fy, month: fm, day: fd })
  );
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Inclusive on both ends. */
export function isWithin(day: LocalDate, start: LocalDate, end: LocalDate): boolean {
  return day >= start && day <= end;
}

/** Day of the week, 0 = Monday … 6 = Sunday (ISO order). */
export function isoWeekday(day: LocalDate): number {
  const [year, month, d] = partsOf(day);
  // 1970-01-01 was a Thursday (3 in this order).
  return (((daysFromCivil({ year, month, day: d }) + 3) % 7) + 7) % 7;
}

/** The day as a local-midnight Date, for display formatting only (Intl.DateTimeFormat). */
export function calendarDate(day: LocalDate): Date {
  return toDate(day);
}
