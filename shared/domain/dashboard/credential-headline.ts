/**
 * The one line the Dashboard's credentials card leads with (issue 3 part 5: the next
 * deadline). A suspended credential comes first, whatever other deadline is nearer: it
 * cannot be used while suspended and expires a year after its cycle's end, after which the
 * exam must be retaken (domain-facts §1, "Cycle dates and status"). Otherwise the next
 * deadline (nextDeadline).
 */
import type { LocalDate } from '../../dates';
import type { HeldWithRule } from '../credentials';
import type { CycleEvaluation } from '../credits';
import { holdingEvidence } from '../eligibility/conditions';
import { nextDeadline, type NextDeadline } from './next-deadline';

export type CredentialHeadline =
  | {
      kind: 'suspended';
      heldId: string;
      /** First day of the suspension. */
      since: LocalDate;
      /** The suspension's last day: the last day to renew. */
      renewBy: LocalDate;
      /** The suspended cycle's log meets the rule (only the renewal is to record); null: not judged. */
      logMeetsRule: boolean | null;
      /** Credits still to log before renewing; null when not judged or unknown. */
      remaining: number | null;
    }
  | ({ kind: 'deadline' } & NextDeadline);

/**
 * The headline on `asOf`: the suspended credential with the earliest renew-by date, else the
 * next deadline of the current cycles, else null. `evaluations`: the current cycle of each
 * held credential by held id (the start-up summary's).
 */
export function credentialHeadline(
  held: readonly HeldWithRule[],
  evaluations: ReadonlyMap<string, CycleEvaluation | null>,
  asOf: LocalDate,
): CredentialHeadline | null {
  let suspended: Extract<CredentialHeadline, { kind: 'suspended' }> | null = null;
  for (const h of held) {
    const e = holdingEvidence(h, { held, asOf });
    if (e.status !== 'suspended' || !e.since || !e.renewBy) continue;
    if (suspended && suspended.renewBy <= e.renewBy) continue;
    const ev = evaluations.get(h.credential.id) ?? null;
    const judged = ev !== null && ev.status !== 'rule-unknown';
    suspended = {
      kind: 'suspended',
      heldId: h.credential.id,
      since: e.since,
      renewBy: e.renewBy,
      logMeetsRule: judged ? ev.met : null,
      remaining: judged && !ev.met ? ev.remaining : null,
    };
  }
  if (suspended) return suspended;
  const next = nextDeadline([...evaluations.values()], asOf);
  return next ? { kind: 'deadline', ...next } : null;
}
