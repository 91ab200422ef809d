/**
 * The end of a credential's current yearly period as a deadline: PeopleCert asks for 20 CPD
 * points in each 12-month CPD year of the 3-year cycle, 5 of them from professional experience
 * (domain-facts §3, B/C); ISACA for at least 20 CPE hours every calendar year (§4, A); any rule
 * with `periodic` minimums the same way. A cycle has one end, but each year of it ends with its
 * own minimum, and a year that ends below it can no longer be caught up (missed-minimums.ts):
 * its last day is a deadline of its own while that year's minimum is not met.
 */
import type { CreditUnit, CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { CyclePeriod } from '../credentials';
import type { CycleEvaluation, CycleStatus } from '../credits/types';

/** What the current year still needs, in the body's unit (hours, 0.25 steps). */
export interface YearlyMinimumDue {
  /** The current yearly period (ISACA calendar year, PeopleCert CPD year). */
  period: CyclePeriod;
  unit: CreditUnit;
  /** The rule's yearly minimum as the cycle applies it; null when unknown (confidence M). */
  minimum: number | null;
  /** How much of the yearly minimum is still missing; 0 when only a category is short. */
  short: number;
  /** Yearly category minimums still short (PeopleCert: professional experience), rule order. */
  categories: readonly { category: string; short: number }[];
  /**
   * The rule's yearly category minimums, met or not (PeopleCert: 5 of the 20 from professional
   * experience, §3), rule order: the year's whole minimum as a calendar event states it. Empty
   * when the rule was not given, has none, or their numbers are unknown.
   */
  categoryMinimums: readonly { category: string; minimum: number }[];
}

/**
 * Statuses in which no yearly minimum is asked any more: nothing left to earn in the cycle
 * (complete, renewed), no CPD asked at all (PeopleCert's exam route, credits/renewal-route.ts,
 * §3), or the credential is no longer held as current (expired; suspended is past the cycle's
 * end, so no year of it runs). A lifetime credential ('no-requirement') has no years.
 */
const NOTHING_ASKED: ReadonlySet<CycleStatus> = new Set([
  'complete',
  'renewed',
  'renew-by-exam',
  'expired',
  'suspended',
  'no-requirement',
]);

type Evaluated = Pick<
  CycleEvaluation,
  'status' | 'renewedOn' | 'unit' | 'periods' | 'shortfalls' | 'requirement'
>;

/**
 * The yearly minimum still open on `asOf` (rules: §3 PeopleCert 20 CPD points every 12 months,
 * 5 from professional experience; §4 ISACA ≥ 20 CPE every calendar year): the period of the
 * cycle that contains `asOf` and its ANNUAL_MIN / ANNUAL_CATEGORY_MIN shortfalls, as the cycle
 * evaluation computed them. Null when there is no evaluation, no yearly period runs on `asOf`
 * (none in the rule, or the cycle has ended), that year's minimums are met, or the status asks
 * for nothing (NOTHING_ASKED). Past years are left out: a missed year is not a deadline to
 * meet but a fact the Credentials screen states (missedMinimums).
 */
export function yearlyMinimumDue(
  ev: Evaluated | null | undefined,
  asOf: LocalDate,
  /** The credential's effective rule (the holder's own numbers applied), for categoryMinimums. */
  rule?: Pick<CredentialRule, 'periodic'> | null,
): YearlyMinimumDue | null {
  if (!ev || NOTHING_ASKED.has(ev.status) || ev.renewedOn !== null) return null;
  const year = ev.periods.find((p) => p.start <= asOf && asOf <= p.end);
  if (!year) return null;
  const inYear = ev.shortfalls.filter(
    (s) => s.period && s.period.start === year.start && s.period.end === year.end,
  );
  const total = inYear.find((s) => s.code === 'ANNUAL_MIN');
  const categories = inYear
    .filter((s) => s.code === 'ANNUAL_CATEGORY_MIN' && s.needed > 0)
    .map((s) => ({ category: s.category ?? '', short: s.needed }));
  const short = total?.needed ?? 0;
  if (short <= 0 && categories.length === 0) return null;
  return {
    period: { start: year.start, end: year.end },
    unit: ev.unit,
    minimum: ev.requirement.annualMin,
    short,
    categories,
    categoryMinimums: (rule?.periodic?.categoryMins ?? []).flatMap((c) =>
      c.min?.value != null && c.min.value > 0 ? [{ category: c.id, minimum: c.min.value }] : [],
    ),
  };
}
