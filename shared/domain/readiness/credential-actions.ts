/**
 * Actions for a credential the target rung asks for (issue 5 part 7): renew it when the user
 * holds it suspended (domain-facts §1), earn it when the user is eligible, else the steps
 * that make them eligible, each marked with the exam it unlocks (domain-facts §2).
 */
import { findExamRule } from '../../catalog/exams/rules';
import type { ExamId } from '../../catalog/exams/types';
import { conditionProgress } from '../eligibility/conditions';
import { evaluateExam } from '../eligibility/evaluate';
import type { ConditionResult, ExamEligibility, HeldEvidence } from '../eligibility/types';
import type { HeldWithRule } from '../credentials/held';
import { evaluateCurrentCycle } from '../credits/evaluate-credential';
import type { ActionSpec, Unlocks } from './action-types';
import type { CycleFigures, ReadinessInput, RequirementResult } from './types';

interface Option {
  credential: string;
  eligibility: ExamEligibility | null;
  /** Held but suspended: renewing it is the way to hold it again. */
  suspended?: HeldEvidence;
}

/** The suspended cycle judged: the summary's figures when given, else from the whole log. */
function figuresOf(h: HeldWithRule, input: ReadinessInput): CycleFigures | null {
  const given = input.cycleFigures?.get(h.credential.id);
  if (given !== undefined) return given;
  const context = { alsoHeld: input.held };
  return evaluateCurrentCycle(h.rule, h.credential, input.activities, input.asOf, context);
}

/**
 * Renew a suspended credential (domain-facts §1: it may still be renewed in the suspension
 * year): record the renewal when the suspended cycle's log meets the rule, else log what is
 * missing first. Null when the held record or its renew-by date is not known.
 */
export function renewAction(h: HeldEvidence, input: ReadinessInput): ActionSpec | null {
  const held = input.held.find((x) => x.credential.id === h.heldId);
  if (h.status !== 'suspended' || !held || !h.renewBy) return null;
  const f = figuresOf(held, input);
  const known = f !== null && f.status !== 'rule-unknown';
  const met = known && (f.met || f.status === 'no-requirement');
  return {
    code: 'RENEW_CREDENTIAL',
    credential: h.credentialId,
    heldId: held.credential.id,
    renewBy: h.renewBy,
    logMeetsRule: met,
    remaining: met ? 0 : known ? f.remaining : null,
    unit: held.rule.unit,
  };
}

/**
 * suspended (renew) < eligible < no rule known < not yet with a date < information missing
 * < not yet, no date.
 */
function optionRank(o: Option): [number, string] {
  const e = o.eligibility;
  if (o.suspended) return [-1, ''];
  if (e === null) return [1, ''];
  if (e.verdict === 'eligible') return [0, ''];
  if (e.verdict === 'not-yet' && e.eligibleOn) return [2, e.eligibleOn];
  return e.verdict === 'information-missing' ? [3, ''] : [4, ''];
}

function byRank(a: Option, b: Option): number {
  const [ra, da] = optionRank(a);
  const [rb, db] = optionRank(b);
  return ra !== rb ? ra - rb : da < db ? -1 : da > db ? 1 : 0;
}

const suspendedCredential = (o: ConditionResult) =>
  o.kind === 'credential' && o.outOfStanding?.status === 'suspended';

/**
 * The unmet option of an 'any-of' to work on: a credential the user holds suspended, which a
 * renewal restores (48 months leading projects or a PMP: renew the PMP); else the one closest
 * to done (ties: the first listed).
 */
function bestOption(r: Extract<ConditionResult, { kind: 'any-of' }>): ConditionResult {
  const renewable = r.options.find(suspendedCredential);
  if (renewable) return renewable;
  return r.options.reduce((best, o) => (conditionProgress(o) > conditionProgress(best) ? o : best));
}

function raiseEducation(
  r: Extract<ConditionResult, { kind: 'education' }>,
  unlocks: Unlocks,
): ActionSpec {
  const gac = r.gacAccredited ? { gacAccredited: true as const } : {};
  return { code: 'RAISE_EDUCATION', from: r.have, to: r.need, ...gac, unlocks };
}

function stepsFor(r: ConditionResult, unlocks: Unlocks, input: ReadinessInput): ActionSpec[] {
  if (r.met) return [];
  if (r.status === 'unknown' && r.kind !== 'any-of' && r.missing) {
    return [{ code: 'ENTER_INFORMATION', missing: r.missing, unlocks }];
  }
  switch (r.kind) {
    case 'experience':
      return [
        {
          code: 'GAIN_EXPERIENCE',
          roleTypes: r.roleTypes,
          months: r.need - r.have,
          on: r.metOn,
          unlocks,
        },
      ];
    case 'training':
      return [{ code: 'COMPLETE_TRAINING', topic: r.topic, hours: r.need - r.have, unlocks }];
    case 'education':
      return [raiseEducation(r, unlocks)];
    case 'credential': {
      const renew = r.outOfStanding ? renewAction(r.outOfStanding, input) : null;
      if (renew) return [renew];
      const id = r.anyOf[0]!;
      const rule = findExamRule(id);
      return [
        {
          code: 'EARN_CREDENTIAL',
          credential: id,
          eligibility: rule ? evaluateExam(rule, input).verdict : null,
        },
      ];
    }
    case 'any-of':
      return stepsFor(bestOption(r), unlocks, input);
  }
}

/**
 * Actions that close an unmet credential requirement: for each credential still missing
 * (as many as the requirement lacks), best option first — RENEW_CREDENTIAL when the user
 * holds it suspended (the only option that can be lost by waiting), EARN_CREDENTIAL when eligible or
 * when no eligibility rule is known (the user's own credentials have none); otherwise the
 * unmet conditions of the exam's applicable path, each with `unlocks: { exam, on }`. A
 * deleted credential is never offered; when the ones left cannot close the gap,
 * REPLACE_DELETED_CREDENTIAL asks the user to choose another in its place.
 */
export function credentialActions(result: RequirementResult, input: ReadinessInput): ActionSpec[] {
  const q = result.requirement;
  if (q.kind !== 'credential' || result.evidence.kind !== 'credential') return [];
  const held = new Set(result.evidence.held.map((h) => h.credentialId));
  const gone = new Set(result.evidence.gone ?? []);
  const suspended = new Map(
    (result.evidence.outOfStanding ?? [])
      .filter((h) => h.status === 'suspended')
      .map((h) => [h.credentialId, h]),
  );
  const options: Option[] = q.anyOf
    .filter((id) => !held.has(id) && !gone.has(id))
    .map((credential) => {
      const rule = findExamRule(credential);
      const s = suspended.get(credential);
      return {
        credential,
        eligibility: rule ? evaluateExam(rule, input) : null,
        ...(s ? { suspended: s } : {}),
      };
    })
    .sort(byRank)
    .slice(0, result.gap);
  const steps = options.flatMap(({ credential, eligibility, suspended: s }): ActionSpec[] => {
    const renew = s ? renewAction(s, input) : null;
    if (renew) return [renew];
    if (eligibility === null || eligibility.verdict === 'eligible') {
      return [{ code: 'EARN_CREDENTIAL', credential, eligibility: eligibility?.verdict ?? null }];
    }
    const unlocks: Unlocks = { exam: credential as ExamId, on: eligibility.eligibleOn };
    return eligibility.path.conditions.flatMap((c) => stepsFor(c, unlocks, input));
  });
  return gone.size > 0 && options.length < result.gap
    ? [...steps, { code: 'REPLACE_DELETED_CREDENTIAL', requirementId: q.id }]
    : steps;
}
