/**
 * Why an activity counts less, or not at all, for a credential: the engine's reasons in words
 * (messages.ts re-exports reasonText).
 */
import type { CreditUnit } from '../../../../shared/catalog/credentials';
import { countedHours, type Reason } from '../../../../shared/domain/credits';
import { formatDate, formatExactPercent } from '../../components/format';
import { amount, categoryNameIn, hoursText, type CategoryNames } from './amount-words';

/**
 * Why an activity counts less, or not at all, for a credential. `credential` names it (its
 * acronym) where the sentence says what to do for it; without it, "this credential". `rule`
 * names a category the user defined by the name they gave it ("Formal learning"), never by
 * its id ("Category 1"); without it, built-in names only.
 */
export function reasonText(
  r: Reason,
  unit: CreditUnit,
  credential?: string,
  rule?: CategoryNames,
): string {
  switch (r.code) {
    case 'INVALID_ACTIVITY':
      return 'The activity has invalid details; edit it to fix them.';
    case 'NOT_HELD':
      return 'The credential is not earned yet.';
    case 'EXCLUDED_BY_USER':
      return 'You chose not to count it for this credential.';
    case 'NO_REQUIREMENT':
      return 'This credential needs no continuing education.';
    case 'BEFORE_CERTIFICATION':
      return `Earned before the certification date (${formatDate(r.certifiedOn)}): it does not count.`;
    case 'OUTSIDE_CYCLE':
      return r.cycleIndex === null
        ? 'Its date is outside every cycle of this credential.'
        : `It counts towards cycle ${r.cycleIndex + 1}, not this one.`;
    case 'NO_AREA_SPLIT':
      return 'No Talent Triangle split was given: add one so it can count.';
    case 'PLANNED_ONLY':
      return 'Planned: shown as a projection, not counted as earned.';
    case 'WAYS_OF_WORKING_NOT_ALLOCATED':
      return notAllocatedText(r.hours, credential);
    case 'RELEVANT_SHARE':
      return `Only the relevant share counts: ${formatExactPercent(r.percent)} of ${amount(r.hours, unit)}, so ${amount(countedHours({ amount: r.hours, unit: 'hours', relevantPercent: r.percent }), unit)}.`;
    case 'PRACTITIONER_ONCE_PER_CYCLE':
      return 'Work as a practitioner can be claimed once a cycle; this is a second claim.';
    case 'PRACTITIONER_CAP':
      return `Work as a practitioner is capped at ${amount(r.limit, unit)}${r.roleDays !== undefined ? ' for your time in the role' : ''}: ${amount(r.excess, unit)} did not count.`;
    case 'GIVING_BACK_CAP':
      return `Giving Back is capped at ${amount(r.limit, unit)} a cycle: ${amount(r.excess, unit)} did not count.`;
    case 'CATEGORY_CAP':
      return `${categoryNameIn(rule, r.category)} is capped at ${amount(r.limit, unit)}: ${amount(r.excess, unit)} did not count.`;
    case 'CARRIED_IN':
      return `Surplus carried over from cycle ${r.fromCycle + 1}.`;
  }
}

/**
 * Ways of Working hours of an activity not allocated to a credential, and what to do
 * (domain-facts §1: only the hours whose content covers the credential's subject count).
 */
function notAllocatedText(hours: number, credential: string | undefined): string {
  const what = `${hoursText(hours)} of Ways of Working ${hours === 1 ? 'is' : 'are'} not allocated to`;
  return credential
    ? `${what} ${credential}: open the activity and enter its Ways of Working hours for ${credential} (the hours that cover ${credential}).`
    : `${what} this credential: enter the activity’s Ways of Working hours for it (the hours that cover its subject).`;
}
