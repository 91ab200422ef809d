/**
 * Counting the user's records for network requirements (PRODUCT.md: network — conferences a
 * year, associations, mentors) and the last twelve months "per year" requirements read.
 * Learning and leadership training are counted in learning-records.ts.
 */
import { addDays, addMonths, type LocalDate } from '../../dates';

/**
 * First day of the last 12 months ending on `asOf` (2026-05-10 → 2025-05-11): the
 * period of "per year" network and learning requirements, so readiness never drops to
 * zero on 1 January (README, Decisions).
 */
export function lastTwelveMonthsFrom(asOf: LocalDate): LocalDate {
  return addDays(addMonths(asOf, -12), 1);
}

/** Where a day falls in a record's period: before its first day, within it, or after its last. */
export type PeriodState = 'not-started' | 'current' | 'ended';

/**
 * The one rule for "current" (memberships and mentors, PRODUCT.md network): a record counts
 * from its first day `since` through its last day `until` (null: no end), both included. A
 * record starting later is not current yet — a membership paid for that starts next month
 * does not meet a rung today. The Network screen's state column reads this same rule
 * (membershipState), so it never says "Current" where the ladder says "Not met".
 */
export function periodOn(since: LocalDate, until: LocalDate | null, asOf: LocalDate): PeriodState {
  if (since > asOf) return 'not-started';
  return until === null || until >= asOf ? 'current' : 'ended';
}

/** Records current on `asOf` (periodOn): started by then and not ended before it. */
export function currentOn<T extends { id: string; since: LocalDate; until: LocalDate | null }>(
  records: readonly T[],
  asOf: LocalDate,
): string[] {
  return records.filter((r) => periodOn(r.since, r.until, asOf) === 'current').map((r) => r.id);
}

/**
 * The last day a conference attended on `day` still counts for a "conferences a year"
 * requirement: the last day whose 12 months (lastTwelveMonthsFrom) begin on or before it.
 */
export function lastDayCounting(day: LocalDate): LocalDate {
  let d = addMonths(day, 12);
  // addMonths keeps month ends (29 Feb → 28 Feb): step back to the last day that still holds it.
  while (lastTwelveMonthsFrom(d) > day) d = addDays(d, -1);
  return d;
}

/** The shortest time the next action gives to attend a conference (a product choice, README). */
export const CONFERENCE_LEAD_DAYS = 30;

/**
 * How many conferences a "conferences a year" requirement still asks for, and by when, so
 * that the conferences counted today still count with them: by the last day the oldest of
 * them counts (lastDayCounting), or, with none counted, in the twelve months from `asOf`
 * (its last day). The requirement reads the last 12 months, not the calendar year (a
 * deadline of 31 December would be a date the rule does not have, and in December an
 * impossible one). A conference that stops counting within CONFERENCE_LEAD_DAYS is not leaned
 * on: one more is asked for, by the next one's last day, rather than a deadline of days.
 */
export function conferencesToAttend(
  conferences: readonly { id: string; date: LocalDate }[],
  asOf: LocalDate,
  missing: number,
): { count: number; by: LocalDate } {
  const { from } = recentConferences(conferences, asOf);
  const counted = conferences
    .filter((c) => c.date >= from && c.date <= asOf)
    .map((c) => c.date)
    .sort();
  const soonest = addDays(asOf, CONFERENCE_LEAD_DAYS);
  let dropped = 0;
  for (const day of counted) {
    const by = lastDayCounting(day);
    if (by >= soonest) return { count: missing + dropped, by };
    dropped++;
  }
  return { count: missing + dropped, by: lastDayCounting(asOf) };
}

/** Conferences attended in the last 12 months ending on `asOf`. */
export function recentConferences(
  conferences: readonly { id: string; date: LocalDate }[],
  asOf: LocalDate,
): { ids: string[]; from: LocalDate } {
  const from = lastTwelveMonthsFrom(asOf);
  return {
    ids: conferences.filter((c) => c.date >= from && c.date <= asOf).map((c) => c.id),
    from,
  };
}
