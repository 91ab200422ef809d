/**
 * Ways of Working hours that a credential does not count because they were not allocated to
 * it (domain-facts §1, B: Ways of Working applies only to the credentials whose subject the
 * content covers; for PgMP, PfMP, PMI-ACP, PMI-RMP, PMI-SP and PMI-PBA — rule
 * waysOfWorkingDefault 'chosen' — the user says on each activity how many of its hours do).
 */
import { claimStatusFor, type Activity } from './activity';
import { toHours, toQuarters } from './quarters';
import type { ActivityExplanation } from './types';

/** The log the explanations were made from, to read each activity's claim status. */
export interface ClaimsOf {
  activities: readonly Activity[];
  /** The credential's rule id: the key of an activity's per-credential claims. */
  credentialId: string;
}

/**
 * True when the activity is planned for the credential (issue 3 part 4: a planned activity is
 * a projection, not logged). The explanation says so when the activity would count (outcome
 * 'projected'); one that brings nothing, such as Ways of Working hours none of which are
 * allocated, is 'not-counted' whatever its status, so its claim status for the credential is
 * read from the log (claimStatusFor), when given.
 */
function isPlanned(e: ActivityExplanation, planned: ReadonlySet<string> | null): boolean {
  return e.outcome === 'projected' || (planned !== null && planned.has(e.activityId));
}

/**
 * The hours of Ways of Working in a cycle's logged activities that are not allocated to the
 * credential: the sum of their WAYS_OF_WORKING_NOT_ALLOCATED reasons, whether the activity
 * still counts for its other areas or counts for nothing. Activities planned for the
 * credential are left out: they are not logged yet, only a projection (isPlanned). Without
 * `claims`, only those whose explanation says planned are left out. Summed in quarter hours so
 * the total is exact. Carried-in surplus never has such a reason. An evaluation without
 * per-activity explanations (a start-up summary) gives 0: it cannot tell.
 */
export function waysOfWorkingNotAllocated(
  explanations: readonly ActivityExplanation[],
  claims?: ClaimsOf,
): number {
  const planned = claims
    ? new Set(
        claims.activities
          .filter((a) => claimStatusFor(a, claims.credentialId) === 'planned')
          .map((a) => a.id),
      )
    : null;
  let quarters = 0;
  for (const e of explanations) {
    if (isPlanned(e, planned)) continue;
    for (const r of e.reasons) {
      if (r.code === 'WAYS_OF_WORKING_NOT_ALLOCATED') quarters += toQuarters(r.hours);
    }
  }
  return toHours(quarters);
}
