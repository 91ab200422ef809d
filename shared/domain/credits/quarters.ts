/**
 * Credit quantities as whole quarter hours, so sums are exact (DESIGN.md §4; PDUs are
 * recorded in 0.25 steps, domain-facts §1 A). Public results are in hours (q / 4, exact).
 */
export { isQuarterStep } from '../../catalog/credentials/validation';

/** Quarter hours in `hours`, for values already known to be in 0.25 steps. */
export function toQuarters(hours: number): number {
  return Math.round(hours * 4);
}

/** Whole quarter hours not above `hours` (used where a share or a pro-rating cuts). */
export function floorQuarters(hours: number): number {
  return Math.floor(hours * 4 + 1e-9);
}

/** Quarter hours back to hours: exact, since n / 4 is a binary fraction. */
export function toHours(quarters: number): number {
  return quarters / 4;
}

/** Rounds a rate up to the next hundredth so that following it finishes on time. */
export function ceilHundredths(value: number): number {
  return Math.ceil(value * 100 - 1e-9) / 100;
}
