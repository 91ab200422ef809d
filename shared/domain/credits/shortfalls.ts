/**
 * What is still missing in a cycle, as codes with numbers (DESIGN.md §4), and the least
 * number of hours that would close every gap.
 */
import { areas, type CategoryRule, type CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { Cycle, CyclePeriod } from '../credentials';
import { sumBuckets } from './contribution';
import type { Requirement } from './requirement';
import type { Entry, TallyTotals } from './tally';

export interface ShortfallQ {
  code:
    | 'TOTAL'
    | 'EDUCATION_MIN'
    | 'AREA_MIN'
    | 'CATEGORY_COUNT'
    | 'CATEGORY_MIN'
    | 'ANNUAL_MIN'
    | 'ANNUAL_CATEGORY_MIN';
  /** Quarter hours, or a count of categories for CATEGORY_COUNT. */
  needed: number;
  area?: (typeof areas)[number];
  category?: string;
  period?: CyclePeriod;
}

export interface PeriodTallyQ extends CyclePeriod {
  earned: number;
  counted: number;
  byCategory: Map<string, number>;
}

/** Sums per sub-period (ISACA calendar year, PeopleCert CPD year) of the counted entries. */
export function periodTallies(cycle: Cycle, tallied: readonly Entry[]): PeriodTallyQ[] {
  return cycle.periods.map((p) => {
    const inside = tallied.filter(
      (e) => e.source === 'activity' && e.date >= p.start && e.date <= p.end,
    );
    const byCategory = new Map<string, number>();
    for (const e of inside) {
      if (e.category !== null)
        byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + sumBuckets(e.counted));
    }
    const sum = (f: (e: Entry) => number) => inside.reduce((t, e) => t + f(e), 0);
    return {
      ...p,
      earned: sum((e) => sumBuckets(e.earned)),
      counted: sum((e) => sumBuckets(e.counted)),
      byCategory,
    };
  });
}

const gap = (need: number | null, have: number) => (need === null ? 0 : Math.max(0, need - have));

/** PMI (§1): total, education minimum, per-area minimums inside it. */
function pmiGaps(totals: TallyTotals, req: Requirement, out: ShortfallQ[]) {
  const total = gap(req.total, totals.total);
  if (total) out.push({ code: 'TOTAL', needed: total });
  const education = gap(req.educationMin, totals.education);
  if (education) out.push({ code: 'EDUCATION_MIN', needed: education });
  let areaSum = 0;
  for (const area of areas) {
    const needed = gap(req.areaMin?.[area] ?? null, totals.buckets[area]);
    if (needed) out.push({ code: 'AREA_MIN', area, needed });
    areaSum += needed;
  }
  return Math.max(total, education, areaSum);
}

/** IIBA (§4): at least N categories; custom credentials: category minimums. */
function categoryGaps(totals: TallyTotals, req: Requirement, out: ShortfallQ[]) {
  let sum = 0;
  for (const [category, min] of req.categoryMins) {
    const needed = gap(min, totals.byCategory.get(category) ?? 0);
    if (needed) out.push({ code: 'CATEGORY_MIN', category, needed });
    sum += needed;
  }
  const used = [...totals.byCategory.values()].filter((q) => q > 0).length;
  const missing = gap(req.minDistinct, used);
  if (missing) out.push({ code: 'CATEGORY_COUNT', needed: missing });
  // Each missing category needs at least a quarter hour of its own.
  return sum + missing;
}

/** ISACA annual minimum, PeopleCert 20 CPD points a year with 5 from experience (§3, §4). */
function periodGaps(
  periods: readonly PeriodTallyQ[],
  req: Requirement,
  asOf: LocalDate,
  out: ShortfallQ[],
) {
  let open = 0;
  for (const p of periods) {
    const period = { start: p.start, end: p.end };
    let needed = gap(req.annualMin, p.counted);
    if (needed) out.push({ code: 'ANNUAL_MIN', period, needed });
    for (const [category, min] of req.annualCategoryMins) {
      const short = gap(min, p.byCategory.get(category) ?? 0);
      if (short) out.push({ code: 'ANNUAL_CATEGORY_MIN', period, category, needed: short });
      needed = Math.max(needed, short);
    }
    if (p.end >= asOf) open += needed;
  }
  return open;
}

/**
 * Every unmet rule of the cycle, and `remaining`: the fewest quarter hours that close all
 * gaps still closable on `asOf` (the largest of the total gap, the education and area gaps,
 * the category gaps, and the gaps of sub-periods not yet ended). Rules: PMI total, education
 * and Talent Triangle minimums (domain-facts §1, B); PeopleCert yearly CPD points (§3);
 * ISACA annual and period totals, IIBA category counts and minimums (§4); gaps combined as
 * the largest, not the sum, because one activity can close several (Ascent decision).
 */
export function shortfallsOf(
  totals: TallyTotals,
  periods: readonly PeriodTallyQ[],
  req: Requirement,
  asOf: LocalDate,
) {
  const shortfalls: ShortfallQ[] = [];
  const remaining = Math.max(
    pmiGaps(totals, req, shortfalls),
    categoryGaps(totals, req, shortfalls),
    periodGaps(periods, req, asOf, shortfalls),
  );
  return { shortfalls, remaining };
}

/**
 * The rule's categories with nothing counted in a cycle yet (`byCategory`: the cycle's counted
 * hours by category), in the rule's order: where a "credits in N more categories" shortfall
 * can still be closed (§4, IIBA: at least 2 of 6 categories).
 */
export function categoriesWithoutCredit(
  rule: Pick<CredentialRule, 'categories'>,
  byCategory: Readonly<Record<string, number>>,
): CategoryRule[] {
  return (rule.categories?.list ?? []).filter((c) => !((byCategory[c.id] ?? 0) > 0));
}
