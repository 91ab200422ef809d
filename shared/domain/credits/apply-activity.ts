/**
 * One activity, every held credential (issue 3 part 3; domain-facts §1, B: "one activity
 * counts towards every held credential whose cycle contains its date, each with its own
 * cycle").
 */
import type { LocalDate } from '../../dates';
import { cyclesFor, type HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import { toContribution } from './contribution';
import { placeActivity } from './placement';
import type { ActivityApplication } from './types';

/**
 * For each held credential (a university course with semester credits counts 15 CPE hours a
 * credit for ISACA, §4, and its hours for everyone else): whether the activity counts, counts only as a plan
 * (PLANNED_ONLY), or not at all and why (BEFORE_CERTIFICATION, OUTSIDE_CYCLE, NOT_HELD,
 * WAYS_OF_WORKING_NOT_ALLOCATED…), with its contribution before the cycle's caps. Power
 * Skills, Business Acumen and Giving Back go to every PMI credential; Ways of Working per
 * credential allocation (all of it for PMP by default). Caps are per cycle: see
 * evaluateCycle.
 */
export function applyActivity(
  activity: Activity,
  heldCredentials: readonly HeldWithRule[],
  asOf: LocalDate,
): ActivityApplication[] {
  return heldCredentials.map((held) => {
    const cycles = cyclesFor(held.credential, held.rule, asOf, { alsoHeld: heldCredentials });
    const placed = placeActivity(activity, held, cycles, asOf);
    const ids = { heldId: held.credential.id, credentialId: held.rule.id };
    if (placed.outcome === 'not-counted') {
      return {
        ...ids,
        outcome: 'not-counted',
        cycleIndex: placed.cycle?.index ?? null,
        contribution: null,
        reasons: [placed.reason],
      };
    }
    const { buckets, practitioner, category, notes, semesterCredits } = placed.base;
    const application: ActivityApplication = {
      ...ids,
      outcome: placed.outcome,
      cycleIndex: placed.cycle.index,
      contribution: toContribution(buckets, practitioner, category),
      reasons: placed.outcome === 'projected' ? [{ code: 'PLANNED_ONLY' }, ...notes] : [...notes],
    };
    // ISACA counts a university course by its semester credits (§4): say how.
    if (semesterCredits) application.semesterCredits = semesterCredits;
    return application;
  });
}
