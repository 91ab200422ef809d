/**
 * Yearly minimums whose year has ended below them (ISACA's CPE hours every calendar year,
 * PeopleCert's 20 CPD points in each of the 3 years with 5 from professional experience:
 * domain-facts §3, §4). Such a gap can no longer be closed by earning more now, so it is not
 * something still to earn: the screens say it was missed, apart from the gaps still open.
 */
import type { LocalDate } from '../../dates';
import type { CyclePeriod } from '../credentials';
import type { CycleEvaluation, Shortfall } from './types';

/**
 * Whether a shortfall belongs to a sub-period that ended before `asOf`: the same test that
 * makes a running cycle 'overdue' (statusOf) and leaves the gap out of `remaining`
 * (shortfallsOf counts only periods ending on or after `asOf`).
 */
export const isMissed = (s: Shortfall, asOf: LocalDate): boolean =>
  s.period !== undefined && s.period.end < asOf;

/** The gaps still closable on `asOf`, in the evaluation's order (isMissed ones left out). */
export const openShortfalls = (shortfalls: readonly Shortfall[], asOf: LocalDate): Shortfall[] =>
  shortfalls.filter((s) => !isMissed(s, asOf));

/** A yearly minimum a past year did not reach: the minimum, what counted, what it fell short by. */
export interface MissedMinimum {
  period: CyclePeriod;
  /** The body's category for a category minimum (PeopleCert professional experience), else null. */
  category: string | null;
  minimum: number;
  counted: number;
  short: number;
}

const samePeriod = (a: CyclePeriod, b: CyclePeriod) => a.start === b.start && a.end === b.end;

/**
 * The yearly minimums missed in years that ended before `asOf`, oldest year first as the
 * evaluation lists them. The minimum is what counted in that year plus the gap (a gap is the
 * minimum less what counted, shortfallsOf), so it is the rule's number as the cycle applied it,
 * the user's own number included.
 */
export function missedMinimums(
  ev: Pick<CycleEvaluation, 'shortfalls' | 'periods'>,
  asOf: LocalDate,
): MissedMinimum[] {
  const out: MissedMinimum[] = [];
  for (const s of ev.shortfalls) {
    if (!isMissed(s, asOf) || !s.period) continue;
    if (s.code !== 'ANNUAL_MIN' && s.code !== 'ANNUAL_CATEGORY_MIN') continue;
    const tally = ev.periods.find((p) => samePeriod(p, s.period!));
    const category = s.code === 'ANNUAL_CATEGORY_MIN' ? (s.category ?? null) : null;
    const counted = category === null ? (tally?.counted ?? 0) : (tally?.byCategory[category] ?? 0);
    out.push({
      period: { start: s.period.start, end: s.period.end },
      category,
      minimum: counted + s.needed,
      counted,
      short: s.needed,
    });
  }
  return out;
}

/**
 * Whether a cycle is 'overdue' only because a past year missed its minimum while the cycle
 * still runs (statusOf: a sub-period that ended below its minimum), rather than because the
 * cycle itself ended unrenewed (a PeopleCert certificate past its renew-by date, "not
 * current", §3). The two need different words: the first is behind, not past its deadline.
 */
export function behindOnYearlyMinimum(
  ev: Pick<CycleEvaluation, 'status' | 'end' | 'shortfalls' | 'periods'>,
  asOf: LocalDate,
): boolean {
  return ev.status === 'overdue' && asOf <= ev.end && missedMinimums(ev, asOf).length > 0;
}
