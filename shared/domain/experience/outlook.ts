/**
 * When an experience condition will be met if the current role continues (issue 5 part 4).
 * Months dropping out of the look-back window are taken into account: each future month
 * adds one month of the ongoing role and may push an old month out of the window.
 */
import type { LocalDate } from '../../dates';
import { firstDayOf, monthFromIndex, monthIndex, monthOf } from './months';
import { roleMatches, type Role, type RoleSelector } from './role';
import { coveredMonths, windowStart } from './unique-months';

export type ExperienceOutlook =
  | { met: true; have: number }
  | {
      met: false;
      have: number;
      /** First day of the month in which the unique months reach the need. */
      metOn: LocalDate;
      /** Calendar months from the month of `asOf` to that month. */
      monthsToGo: number;
    }
  | {
      met: false;
      have: number;
      metOn: null;
      /** Nothing continues past `asOf`, or the need is longer than the window itself. */
      blockedBy: 'NO_ONGOING_ROLE' | 'NEED_EXCEEDS_WINDOW';
    };

function countAt(roles: readonly Role[], selector: RoleSelector, m: number, w: number | null) {
  return coveredMonths(roles, selector, windowStart(m, w), m).months.length;
}

/**
 * The date the experience condition is met if the selected roles carry on as logged
 * (ongoing roles indefinitely): the first day of the first month, from the month of `asOf`
 * on, whose window holds `need` unique months (domain-facts §2; Ascent's month reading in
 * unique-months.ts, so evaluating on that date gives `have >= need`).
 */
export function experienceOutlook(
  roles: readonly Role[],
  selector: RoleSelector,
  asOf: LocalDate,
  need: number,
  windowMonths: number | null,
): ExperienceOutlook {
  const now = monthIndex(monthOf(asOf));
  const have = countAt(roles, selector, now, windowMonths);
  if (have >= need) return { met: true, have };
  if (windowMonths !== null && need > windowMonths) {
    return { met: false, have, metOn: null, blockedBy: 'NEED_EXCEEDS_WINDOW' };
  }
  const continues = roles.some(
    (r) => roleMatches(r, selector) && (r.end === null || monthIndex(r.end) > now),
  );
  if (continues) {
    // A full window of future months is always enough when need ≤ window (see above).
    const horizon = windowMonths ?? need;
    for (let k = 1; k <= horizon; k++) {
      if (countAt(roles, selector, now + k, windowMonths) >= need) {
        return { met: false, have, metOn: firstDayOf(monthFromIndex(now + k)), monthsToGo: k };
      }
    }
  }
  return { met: false, have, metOn: null, blockedBy: 'NO_ONGOING_ROLE' };
}
