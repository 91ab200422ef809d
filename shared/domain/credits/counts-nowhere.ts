/**
 * Whether an activity's date alone keeps it from counting for every held credential
 * (domain-facts §1, B: an activity counts towards a held credential only when dated on or
 * after its certification and inside one of its cycles' counting windows).
 */
import type { LocalDate } from '../../dates';
import { countingCycle, cyclesFor, type HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import { factsOf } from './contribution';
import { gateOf } from './placement';
import type { Reason } from './types';
import { validateActivity } from './validate-activity';

/** One credential the date rules out, with placeActivity's reason for it. */
export interface RuledOut {
  heldId: string;
  credentialId: string;
  reason: Extract<Reason, { code: 'BEFORE_CERTIFICATION' | 'OUTSIDE_CYCLE' }>;
}

/** The activity's date counts for none of the credentials it could count for, and why. */
export interface CountsNowhere {
  /** The reason every ruled-out credential shares, or MIXED when some differ. */
  code: 'BEFORE_CERTIFICATION' | 'OUTSIDE_CYCLE' | 'MIXED';
  /** In the order held; never empty. */
  ruledOut: RuledOut[];
  /** The earliest certification date among them (BEFORE_CERTIFICATION), else null. */
  firstCertifiedOn: LocalDate | null;
}

/**
 * Asks placeActivity's own date questions (gateOf, then countingCycle, as placeFacts does)
 * for each held credential, so it agrees with applyActivity. Only the date decides:
 * the other fields may still be incomplete, and a credential the user excluded is judged
 * as if not excluded (that was their choice, not the date's). Credentials that take nothing
 * whatever the date (not earned by `asOf`, nothing required) are left out. Null when the
 * date is not a valid completion date (validateActivity), when no credential could take
 * anything, or when the date falls in a counting window of at least one.
 */
export function countsNowhereByDate(
  activity: Activity,
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): CountsNowhere | null {
  if (validateActivity(activity, asOf).some((e) => e.field === 'date')) return null;
  const facts = { ...factsOf(activity), excludedFrom: null };
  const ruledOut: RuledOut[] = [];
  for (const h of held) {
    const cycles = cyclesFor(h.credential, h.rule, asOf, { alsoHeld: held });
    const gate = gateOf(facts, h, cycles, asOf, []);
    const ids = { heldId: h.credential.id, credentialId: h.rule.id };
    if (gate === 'BEFORE_CERTIFICATION')
      ruledOut.push({ ...ids, reason: { code: gate, certifiedOn: h.credential.earnedDate! } });
    else if (gate !== null) continue;
    else if (countingCycle(cycles, facts.date)) return null;
    else ruledOut.push({ ...ids, reason: { code: 'OUTSIDE_CYCLE', cycleIndex: null } });
  }
  if (ruledOut.length === 0) return null;
  const codes = new Set(ruledOut.map((r) => r.reason.code));
  const code = codes.size === 1 ? ruledOut[0]!.reason.code : 'MIXED';
  const certified = ruledOut.flatMap((r) =>
    r.reason.code === 'BEFORE_CERTIFICATION' ? [r.reason.certifiedOn] : [],
  );
  return {
    code,
    ruledOut,
    firstCertifiedOn: code === 'BEFORE_CERTIFICATION' ? certified.sort()[0]! : null,
  };
}
