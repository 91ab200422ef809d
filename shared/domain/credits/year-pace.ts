/**
 * The year running inside a cycle with yearly minimums, as a deadline nearer than the cycle's
 * end. Bodies: ISACA, at least 20 CPE hours every calendar year and 120 over the fixed 3-year
 * period (domain-facts §4, A/B); PeopleCert's CPD route, 20 CPD points every 12 months for 3
 * years, 5 of them from professional experience (§3, B). A year that ends below its minimum
 * makes the cycle overdue (statusOf), so while it runs its own minimum is due by its last day,
 * whatever the cycle's total says.
 *
 * Ascent's rule (its one statement; read by statusOf and paceOn in pace.ts):
 * 1. status: at-risk, not on-track, when the year running on `asOf` has not met its minimum
 *    and has counted less than that year's steady pace (yearExpectedByNow: the year's minimum
 *    × days of the year elapsed / days in the year, rounded down to a quarter hour, as
 *    expectedByNow does for the cycle);
 * 2. pace: the larger of the cycle's pace and the pace that meets what the year still needs
 *    (yearGap) by the year's last day, per month and per week alike.
 * A year not started yet (the cycle starts later, or `asOf` is before the year's start) asks
 * for nothing now. Cycles without sub-periods (PMI, Scrum Alliance, IIBA…) have no year here.
 */
import { daysBetween, type LocalDate } from '../../dates';
import type { CyclePeriod } from '../credentials';
import { floorQuarters, toHours } from './quarters';

/** A shortfall as the year rules read it: quarter hours, and the year it belongs to. */
interface YearShortfall {
  code: string;
  needed: number;
  period?: CyclePeriod;
}

/** The sub-period (ISACA calendar year, PeopleCert CPD year) running on `asOf`, or null. */
export function yearOn(periods: readonly CyclePeriod[], asOf: LocalDate): CyclePeriod | null {
  return periods.find((p) => p.start <= asOf && asOf <= p.end) ?? null;
}

const inYear = (s: YearShortfall, year: CyclePeriod) =>
  s.period !== undefined && s.period.start === year.start && s.period.end === year.end;

/**
 * What `year` still needs, in the shortfalls' units: the largest of its yearly minimum's gap
 * and its yearly category minimums' gaps (one activity can close both, as periodGaps in
 * shortfalls.ts counts it); 0 when the year has met them all.
 */
export function yearGap(shortfalls: readonly YearShortfall[], year: CyclePeriod): number {
  let gap = 0;
  for (const s of shortfalls)
    if ((s.code === 'ANNUAL_MIN' || s.code === 'ANNUAL_CATEGORY_MIN') && inYear(s, year))
      gap = Math.max(gap, s.needed);
  return gap;
}

/**
 * Quarter hours a steady pace would have counted in `year` by `asOf`: the yearly minimum
 * (quarter hours) × days of the year elapsed, its first day included / days in the year,
 * rounded down to a quarter hour (0 before the year starts).
 */
export function yearExpectedByNow(annualMin: number, year: CyclePeriod, asOf: LocalDate): number {
  if (asOf < year.start) return 0;
  const days = daysBetween(year.start, year.end) + 1;
  const elapsed = Math.min(days, daysBetween(year.start, asOf) + 1);
  return floorQuarters((toHours(annualMin) * elapsed) / days);
}

/**
 * Whether the year running on `asOf` is behind (rule 1 above): its yearly minimum
 * (`annualMin`, quarter hours) not met — an ANNUAL_MIN shortfall of that year, whose `needed`
 * is the minimum less what the year counted — and what it counted below yearExpectedByNow.
 * False without a yearly minimum or a year running on `asOf`.
 */
export function yearBehind(
  annualMin: number | null,
  periods: readonly CyclePeriod[],
  shortfalls: readonly YearShortfall[],
  asOf: LocalDate,
): boolean {
  const year = yearOn(periods, asOf);
  if (annualMin === null || !year) return false;
  const short = shortfalls.find((s) => s.code === 'ANNUAL_MIN' && inYear(s, year));
  if (!short || short.needed <= 0) return false;
  return annualMin - short.needed < yearExpectedByNow(annualMin, year, asOf);
}
