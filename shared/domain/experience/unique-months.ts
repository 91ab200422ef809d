/**
 * Unique, non-overlapping months of experience inside a look-back window (domain-facts §2:
 * "experience counts unique, non-overlapping months"; issue 5 part 2).
 *
 * Ascent's reading (README, Decisions): months are whole calendar months, both the start and
 * the end month count, and an ongoing role counts up to and including the month of `asOf`
 * (the current, partial month counts, as it would on an application listing months). The
 * look-back window of N months is the N calendar months ending with the month of `asOf`
 * (8 years on 2026-05-10 → 2018-06 … 2026-05).
 */
import type { LocalDate } from '../../dates';
import {
  monthFromIndex,
  monthIndex,
  monthOf,
  periodsOf,
  type MonthPeriod,
  type YearMonth,
} from './months';
import {
  projectRoleTypes,
  roleMatches,
  roleTypes,
  type Role,
  type RoleSelector,
  type RoleType,
} from './role';

export interface ExperienceCount {
  /** Unique months counted. */
  months: number;
  /** First month of the look-back window; null when there is no window. */
  windowFrom: YearMonth | null;
  /** Last month counted: the month of `asOf`. */
  windowTo: YearMonth;
  /** The counted months as the fewest inclusive periods. */
  periods: MonthPeriod[];
  /** Roles that brought at least one counted month (the evidence). */
  roleIds: string[];
}

/**
 * Month numbers in [lo, hi] covered by the selected roles; an ongoing role runs to `hi`.
 * Shared by today's count and the projection (which moves `hi` into the future).
 */
export function coveredMonths(
  roles: readonly Role[],
  selector: RoleSelector,
  lo: number,
  hi: number,
): { months: number[]; roleIds: string[] } {
  const set = new Set<number>();
  const roleIds: string[] = [];
  for (const role of roles) {
    if (!roleMatches(role, selector)) continue;
    const from = Math.max(monthIndex(role.start), lo);
    const to = Math.min(role.end === null ? hi : monthIndex(role.end), hi);
    if (to < from) continue;
    roleIds.push(role.id);
    for (let i = from; i <= to; i++) set.add(i);
  }
  return { months: [...set].sort((a, b) => a - b), roleIds };
}

/** First month number of a window of `windowMonths` ending with month number `hi`. */
export function windowStart(hi: number, windowMonths: number | null): number {
  return windowMonths === null ? Number.NEGATIVE_INFINITY : hi - windowMonths + 1;
}

/**
 * Unique months of the selected roles inside the look-back window ending at `asOf`
 * (domain-facts §2; overlapping roles count once). `windowMonths` null: the whole history.
 */
export function countExperience(
  roles: readonly Role[],
  selector: RoleSelector,
  asOf: LocalDate,
  windowMonths: number | null,
): ExperienceCount {
  const hi = monthIndex(monthOf(asOf));
  const lo = windowStart(hi, windowMonths);
  const { months, roleIds } = coveredMonths(roles, selector, lo, hi);
  return {
    months: months.length,
    windowFrom: windowMonths === null ? null : monthFromIndex(lo),
    windowTo: monthFromIndex(hi),
    periods: periodsOf(months),
    roleIds,
  };
}

export interface ExperienceTotals {
  byType: Record<RoleType, number>;
  /** Project work of any kind (every type except general business). */
  project: number;
  /** Every logged role: Ascent's "business experience". */
  anyRole: number;
}

/**
 * Totals per role type for the Experience screen (issue 5 part 2: "totals per type"), each
 * counted as unique months, with an optional look-back window.
 */
export function experienceTotals(
  roles: readonly Role[],
  asOf: LocalDate,
  windowMonths: number | null = null,
): ExperienceTotals {
  const byType = {} as Record<RoleType, number>;
  for (const t of roleTypes) byType[t] = countExperience(roles, [t], asOf, windowMonths).months;
  return {
    byType,
    project: countExperience(roles, projectRoleTypes, asOf, windowMonths).months,
    anyRole: countExperience(roles, 'any-role', asOf, windowMonths).months,
  };
}
