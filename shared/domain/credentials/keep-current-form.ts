/**
 * The add/edit credential form's rules for the "renewed every cycle so far" question
 * (keepCurrentPlan, keep-current.ts): which renewals Ascent assumed and an edit takes out, the
 * credential the question is about, and what the form asks.
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cyclesFor, type CycleContext } from './cycles';
import type { HeldCredential, HeldStage, Renewal } from './held';
import { hasLapsedForGood, keepCurrentPlan, type KeepCurrentPlan } from './keep-current';

/**
 * The renewals Ascent assumed (keepCurrentPlan) and those the person recorded, apart: an
 * earned date corrected later drops the assumed ones, worked out from the old date, and keeps
 * every renewal recorded by hand.
 */
export function splitAssumed(renewals: readonly Renewal[] | undefined): {
  assumed: Renewal[];
  recorded: Renewal[];
} {
  const all = renewals ?? [];
  return {
    assumed: all.filter((r) => r.assumed === true),
    recorded: all.filter((r) => r.assumed !== true),
  };
}

/** The add/edit form's values the question depends on; the earned date as typed, maybe half. */
export interface KeepCurrentForm {
  credentialId: string;
  stage: HeldStage;
  earnedDate: string;
}

/** Renewals Ascent assumed for the earned date as stored, which a new earned date takes out. */
export interface AssumedTakenOut {
  renewals: Renewal[];
  /** The earned date they were worked out from. */
  from: LocalDate | null;
  /** Renewals the person recorded themselves, which stay. */
  recordedKept: number;
}

/**
 * The assumed renewals (keepCurrentPlan) of the stored credential that an edit takes out: all
 * of them once the earned date or the credential differs from the stored one, since each was
 * dated on the last day of a cycle counted from that earned date by that body's rule (PMI §1,
 * PeopleCert §3, IIBA, ISACA and Scrum Alliance §4). Renewals recorded by hand always stay
 * (splitAssumed); they are counted so the form can say so. Nothing is taken out of a new one.
 */
export function assumedTakenOut(
  existing: Pick<HeldCredential, 'credentialId' | 'earnedDate' | 'renewals'> | undefined,
  form: Pick<KeepCurrentForm, 'credentialId' | 'earnedDate'>,
): AssumedTakenOut {
  const moved =
    !!existing &&
    ((existing.earnedDate ?? '') !== form.earnedDate ||
      existing.credentialId !== form.credentialId);
  const { assumed, recorded } = splitAssumed(existing?.renewals);
  return moved
    ? { renewals: assumed, from: existing.earnedDate ?? null, recordedKept: recorded.length }
    : { renewals: [], from: null, recordedKept: recorded.length };
}

/**
 * The stored renewals a save keeps (assumedTakenOut): all of them, or only those recorded by
 * hand when the edit takes the assumed ones out.
 */
export function renewalsKept(
  stored: readonly Renewal[] | undefined,
  out: Pick<AssumedTakenOut, 'renewals'>,
): Renewal[] {
  return out.renewals.length > 0 ? splitAssumed(stored).recorded : [...(stored ?? [])];
}

/**
 * The credential the "renewed every cycle so far" question is about, as the form would save
 * it: the stored one's fields (the caller's own, such as rule overrides, included) with the
 * form's values, its earned date left out while empty, and its renewals less those the edit
 * takes out (renewalsKept). Null when the form does not ask: no credential chosen, not earned
 * (keepCurrentPlan plans only earned credentials), or an edit that leaves the stage and earned
 * date as stored, whose renewals are recorded on the credential's page (README Decisions).
 */
export function keepCurrentDraft<T extends HeldCredential>(
  form: KeepCurrentForm,
  existing: T | undefined,
  out: Pick<AssumedTakenOut, 'renewals'>,
): (Partial<T> & HeldCredential) | null {
  const { credentialId, stage, earnedDate } = form;
  if (!credentialId || stage !== 'earned') return null;
  if (existing && existing.stage === stage && (existing.earnedDate ?? '') === earnedDate)
    return null;
  const stored: Partial<T> = existing ?? {};
  return {
    ...stored,
    id: existing?.id ?? 'new-credential',
    credentialId,
    stage,
    earnedDate: earnedDate || null,
    renewals: renewalsKept(existing?.renewals, out),
  };
}

/** What the form asks (keepCurrentAsked). */
export interface KeepCurrentAsked {
  plan: KeepCurrentPlan;
  /** Number of the first cycle that ended with no renewal recorded (1 for a new credential). */
  firstEnded: number;
  /** The box is ticked at first. */
  likely: boolean;
}

/**
 * The question for `draft` (keepCurrentDraft) judged by `rule`: its plan (keepCurrentPlan),
 * the first cycle that ended unrenewed, and whether the box starts ticked. Null when no cycle
 * ended unrenewed, so there is nothing to ask. Ticked at first (README Decisions) when an
 * unrenewed cycle makes the credential expired: for PMI a lapse costs the credential (the exam
 * is taken again, domain-facts §1), and IIBA, ISACA and Scrum Alliance (§4) and custom rules
 * show it expired too. Not ticked for PeopleCert, whose unrenewed certificates stay valid
 * ("not current", §3), nor when `existing`, the stored credential, already had a cycle lapsed
 * for good (hasLapsedForGood) by the same rule: the person said so then.
 */
export function keepCurrentAsked(
  draft: HeldCredential,
  existing: HeldCredential | undefined,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): KeepCurrentAsked | null {
  const plan = keepCurrentPlan(draft, rule, asOf, context);
  if (plan.renewals.length === 0) return null;
  // The first cycle that ended unrenewed: the first, unless renewals are stored already.
  const firstEnded = (cyclesFor(draft, rule, asOf, context).at(-1)?.index ?? 0) + 1;
  const storedLapsed =
    !!existing && hasLapsedForGood(keepCurrentPlan(existing, rule, asOf, context));
  return { plan, firstEnded, likely: plan.lapseKind === 'expired' && !storedLapsed };
}
