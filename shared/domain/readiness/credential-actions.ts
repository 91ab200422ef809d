/**
 * Actions for a credential the target rung asks for (issue 5 part 7): earn it when the
 * user is eligible, else the steps that make them eligible, each marked with the exam it
 * unlocks (domain-facts §2).
 */
import { findExamRule } from '../../catalog/exams/rules';
import type { ExamId } from '../../catalog/exams/types';
import { conditionProgress } from '../eligibility/conditions';
import { evaluateExam } from '../eligibility/evaluate';
import type { ConditionResult, ExamEligibility } from '../eligibility/types';
import type { ActionSpec, Unlocks } from './action-types';
import type { ReadinessInput, RequirementResult } from './types';

interface Option {
  credential: string;
  eligibility: ExamEligibility | null;
}

/** eligible < no rule known < not yet with a date < information missing < not yet, no date. */
function optionRank(o: Option): [number, string] {
  const e = o.eligibility;
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

/** The unmet option of an 'any-of' closest to done (ties: the first listed). */
function bestOption(r: Extract<ConditionResult, { kind: 'any-of' }>): ConditionResult {
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
 * (as many as the requirement lacks), best option first — EARN_CREDENTIAL when eligible or
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
  const options: Option[] = q.anyOf
    .filter((id) => !held.has(id) && !gone.has(id))
    .map((credential) => {
      const rule = findExamRule(credential);
      return { credential, eligibility: rule ? evaluateExam(rule, input) : null };
    })
    .sort(byRank)
    .slice(0, result.gap);
  const steps = options.flatMap(({ credential, eligibility }): ActionSpec[] => {
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
