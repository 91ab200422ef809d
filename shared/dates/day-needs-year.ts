/**
 * When a day named without its year ("Tue 5 Jan") is unclear. Ascent's house style for dates
 * (DESIGN.md §8: dates in the user's locale; the study calendar's short day names): a day is
 * named without its year only when it is in the current year and within about six months of
 * today, where no reader could take it for another year's.
 */
import { addMonths, type LocalDate } from './local-date';

/** How far from today a day in the same year may be and still be named without its year. */
export const YEARLESS_MONTHS = 6;

/**
 * Whether `day`, named on `asOf`, needs its year: it is in another calendar year than `asOf`
 * (5 Jan seen in December), or more than YEARLESS_MONTHS away, before or after (20 Dec seen on
 * 2 Jan). A day exactly six months away is still named without it.
 */
export function dayNeedsYear(day: LocalDate, asOf: LocalDate): boolean {
  if (day.slice(0, 4) !== asOf.slice(0, 4)) return true;
  return day > addMonths(asOf, YEARLESS_MONTHS) || day < addMonths(asOf, -YEARLESS_MONTHS);
}
