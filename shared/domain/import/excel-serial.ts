/**
 * Excel serial dates (the 1900 date system, Excel's default on Windows and since 2016 on
 * the Mac). Serial 1 is 1 January 1900. Excel copies a Lotus 1-2-3 bug and counts
 * 29 February 1900, a day that never existed, as serial 60 (Microsoft, "Excel incorrectly
 * assumes that the year 1900 is a leap year", KB 214326). So serials 1–59 are one day
 * later than a plain count from 31 Dec 1899, serial 60 is no date, and from serial 61
 * (1 March 1900) on, the count runs from 30 Dec 1899.
 */
import type { LocalDate } from '../../dates';
import { civilFromDays, daysFromCivil, toLocalDate } from '../../dates/civil-days';

/** 9999-12-31, the last day Excel can show. */
export const EXCEL_MAX_SERIAL = 2_958_465;

const DAY_ZERO_BEFORE_BUG = daysFromCivil({ year: 1899, month: 12, day: 31 });
const DAY_ZERO_AFTER_BUG = daysFromCivil({ year: 1899, month: 12, day: 30 });
const PHANTOM_LEAP_DAY = 60;

/**
 * The calendar day of an Excel serial; a fraction (the time of day) is dropped. null for 0,
 * for 60 (the phantom 29 Feb 1900), for negatives and for serials past 9999-12-31.
 */
export function excelSerialToLocalDate(serial: number): LocalDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > EXCEL_MAX_SERIAL || whole === PHANTOM_LEAP_DAY) return null;
  const zero = whole < PHANTOM_LEAP_DAY ? DAY_ZERO_BEFORE_BUG : DAY_ZERO_AFTER_BUG;
  return toLocalDate(civilFromDays(zero + whole));
}
