/**
 * Ways of Working hours that a credential does not count because they were not allocated to
 * it (domain-facts §1, B: Ways of Working applies only to the credentials whose subject the
 * content covers; for PgMP, PfMP, PMI-ACP, PMI-RMP, PMI-SP and PMI-PBA — rule
 * waysOfWorkingDefault 'chosen' — the user says on each activity how many of its hours do).
 */
import { toHours, toQuarters } from './quarters';
import type { ActivityExplanation } from './types';

/**
 * The hours of Ways of Working in a cycle's activities that are not allocated to the
 * credential: the sum of their WAYS_OF_WORKING_NOT_ALLOCATED reasons, whether the activity
 * still counts for its other areas, counts for nothing, or is planned. Summed in quarter
 * hours so the total is exact. Carried-in surplus never has such a reason. An evaluation
 * without per-activity explanations (a start-up summary) gives 0: it cannot tell.
 */
export function waysOfWorkingNotAllocated(activities: readonly ActivityExplanation[]): number {
  let quarters = 0;
  for (const a of activities) {
    for (const r of a.reasons) {
      if (r.code === 'WAYS_OF_WORKING_NOT_ALLOCATED') quarters += toQuarters(r.hours);
    }
  }
  return toHours(quarters);
}
