/**
 * Values that are allowed but unusual enough to ask "is that right?" before saving (Ascent
 * decision, README: a typo such as 600 for 6.00 hours, or 0202 for 2022, is valid input that
 * would quietly move every figure; and a PMI holder's course left without its Talent Triangle
 * split, which quietly counts for none of their PMI credentials). Nothing here refuses an
 * activity: validateActivity decides what may be saved; these only ask for a second look.
 */
import { credentialCatalog } from '../../catalog/credentials';
import { addMonths, type LocalDate } from '../../dates';
import { activityQuarters, type Activity } from './activity';
import { toHours } from './quarters';
import { countsForNoPmiForWantOfSplit } from './split-missing';
import type { HeldWithRule } from '../credentials';

export type UnusualCode = 'MORE_THAN_A_CYCLE' | 'LONG_AGO' | 'FAR_AHEAD' | 'NO_PMI_SPLIT';

export interface Unusual {
  code: UnusualCode;
  /** The field to look at again. */
  field: 'amount' | 'date' | 'split';
  /** MORE_THAN_A_CYCLE: the activity's hours and the largest cycle total in the catalogue. */
  hours?: number;
  limit?: number;
}

/**
 * The most any credential in the catalogue asks for in a whole cycle (domain-facts §1, §3,
 * §4: 120 CPE for ISACA's three years is the largest). One activity bringing more than that
 * is possible (a long programme) but more often a misplaced decimal point.
 */
export const LARGEST_CYCLE_TOTAL = Math.max(...credentialCatalog.map((r) => r.total?.value ?? 0));

/**
 * The earliest completion date that does not ask: no body in the catalogue ran a
 * continuing-education scheme before 1970 (PMI itself was founded in 1969, domain-facts §1).
 */
export const EARLIEST_USUAL_DATE: LocalDate = '1970-01-01';

/** How far ahead a planned activity may be dated without asking (longer than any cycle). */
export const USUAL_MONTHS_AHEAD = 60;

/**
 * What looks unusual about a valid activity on `asOf`: more hours than any credential's whole
 * cycle asks for, a date before 1970, a planned date more than five years ahead, or (given the
 * credentials `held`) an education activity that counts for no PMI credential only because
 * its Talent Triangle split is missing (countsForNoPmiForWantOfSplit; domain-facts §1). Call
 * it only on an activity validateActivity accepts (amounts and dates are then well formed).
 */
export function unusualActivity(
  activity: Activity,
  asOf: LocalDate,
  held: readonly HeldWithRule[] = [],
): Unusual[] {
  const out: Unusual[] = [];
  const hours = toHours(activityQuarters(activity));
  if (hours > LARGEST_CYCLE_TOTAL)
    out.push({ code: 'MORE_THAN_A_CYCLE', field: 'amount', hours, limit: LARGEST_CYCLE_TOTAL });
  if (activity.date < EARLIEST_USUAL_DATE) out.push({ code: 'LONG_AGO', field: 'date' });
  else if (activity.date > addMonths(asOf, USUAL_MONTHS_AHEAD))
    out.push({ code: 'FAR_AHEAD', field: 'date' });
  if (countsForNoPmiForWantOfSplit(activity, held, asOf))
    out.push({ code: 'NO_PMI_SPLIT', field: 'split' });
  return out;
}
