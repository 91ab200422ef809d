/**
 * Checks a goal before it is saved (issue 5 part 9: "goals without a measurable target …
 * nothing saved while invalid"). Codes only; the UI words them.
 */
import { areas } from '../../catalog/credentials/types';
import { isQuarterStep, type FieldError } from '../../catalog/credentials/validation';
import type { LadderPlan } from '../../catalog/ladder-requirements/types';
import { isSkillId, SKILL_LEVEL_MAX } from '../../catalog/skills/skills';
import { isLocalDate, type LocalDate } from '../../dates';
import { trainingTopics } from '../eligibility/education';
import { isRoleType } from '../experience/role';
import { checkLength } from '../../catalog/credentials/validation';
import { isCountedWhole, targetCeiling } from './targets';
import { validateMilestones } from './validate-milestones';
import {
  goalKinds,
  goalStatuses,
  goalUnits,
  measureUnit,
  measuresForKind,
  requirementFitsKind,
  type Goal,
  type GoalMeasure,
} from './types';

export type GoalErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_VALUE'
  | 'NO_MEASURABLE_TARGET'
  | 'NOT_A_NUMBER'
  | 'NOT_WHOLE'
  | 'TOO_SMALL'
  | 'NEGATIVE'
  | 'HOURS_NOT_QUARTER'
  | 'LEVEL_OUT_OF_RANGE'
  | 'MORE_THAN_CHOSEN'
  | 'UNIT_MISMATCH'
  | 'KIND_MISMATCH'
  | 'NO_CREDENTIAL'
  | 'NO_ROLE_TYPE'
  | 'UNKNOWN_RUNG'
  | 'UNKNOWN_REQUIREMENT'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'DATE_TOO_EARLY'
  | 'END_BEFORE_START'
  | 'MILESTONE_BEFORE_START'
  | 'MILESTONE_AFTER_TARGET'
  | 'DUPLICATE';

export type GoalErrors = FieldError<GoalErrorCode>[];

export const GOAL_TITLE_MAX = 120;
export const GOAL_WHY_MAX = 1000;

/**
 * The earliest start or target date a goal takes. A goal is planned within a working life, and
 * no working life is logged before 1950 (validate-role.ts, EARLIEST_ROLE_MONTH): an earlier
 * year is a typing slip, most often a two-digit year, which Chromium's date field reads as
 * 00yy ("26" → 0026). Taken, such a start counted a whole credit log as "since the start date".
 */
export const EARLIEST_GOAL_DATE: LocalDate = '1950-01-01';

function checkMeasure(m: GoalMeasure, e: GoalErrors) {
  const f = 'target.measure';
  if (m.source === 'experience' && m.roleTypes !== 'any-role') {
    if (m.roleTypes.length === 0) e.push({ field: `${f}.roleTypes`, code: 'NO_ROLE_TYPE' });
    if (!m.roleTypes.every(isRoleType)) e.push({ field: `${f}.roleTypes`, code: 'UNKNOWN_VALUE' });
  }
  if (m.source === 'contact-hours' && !trainingTopics.includes(m.topic)) {
    e.push({ field: `${f}.topic`, code: 'UNKNOWN_VALUE' });
  }
  if (m.source === 'learning-credits' && m.area !== 'all' && !areas.includes(m.area)) {
    e.push({ field: `${f}.area`, code: 'UNKNOWN_VALUE' });
  }
  if (m.source === 'skill' && !isSkillId(m.skill))
    e.push({ field: `${f}.skill`, code: 'UNKNOWN_VALUE' });
  if (m.source === 'credentials' && m.anyOf.length === 0) {
    e.push({ field: `${f}.anyOf`, code: 'NO_CREDENTIAL' });
  }
  if (m.source === 'manual') {
    const field = `${f}.current`;
    if (!Number.isFinite(m.current)) e.push({ field, code: 'NOT_A_NUMBER' });
    else if (m.current < 0) e.push({ field, code: 'NEGATIVE' });
    else if (!Number.isInteger(m.current)) e.push({ field, code: 'NOT_WHOLE' });
  }
}

function checkValue(t: Extract<Goal['target'], { type: 'number' }>, e: GoalErrors) {
  const v = t.value;
  const field = 'target.value';
  if (!Number.isFinite(v)) return e.push({ field, code: 'NOT_A_NUMBER' });
  if (v <= 0) return e.push({ field, code: 'NO_MEASURABLE_TARGET' });
  if (t.unit === 'level' && (!Number.isInteger(v) || v > SKILL_LEVEL_MAX)) {
    return e.push({ field, code: 'LEVEL_OUT_OF_RANGE', expected: SKILL_LEVEL_MAX, actual: v });
  }
  const whole = t.unit === 'months' || t.unit === 'count' || isCountedWhole(t.measure);
  if (whole && !Number.isInteger(v)) return e.push({ field, code: 'NOT_WHOLE' });
  if (t.unit === 'hours' && !isQuarterStep(v)) e.push({ field, code: 'HOURS_NOT_QUARTER' });
  // No credential chosen is said at the choice (NO_CREDENTIAL), not here as well.
  const ceiling = targetCeiling(t.measure);
  if (ceiling !== null && ceiling > 0 && v > ceiling) {
    e.push({ field, code: 'MORE_THAN_CHOSEN', expected: ceiling, actual: v });
  }
}

function checkNumberTarget(
  goal: Goal,
  t: Extract<Goal['target'], { type: 'number' }>,
  e: GoalErrors,
) {
  if (!goalUnits.includes(t.unit)) e.push({ field: 'target.unit', code: 'UNKNOWN_VALUE' });
  const expected = measureUnit[t.measure.source];
  if (expected === undefined) return e.push({ field: 'target.measure', code: 'UNKNOWN_VALUE' });
  if (expected !== null && t.unit !== expected)
    e.push({ field: 'target.unit', code: 'UNIT_MISMATCH' });
  if (t.unit === 'custom' && !(t.unitLabel ?? '').trim()) {
    e.push({ field: 'target.unitLabel', code: 'REQUIRED' });
  }
  if (goalKinds.includes(goal.kind) && !measuresForKind[goal.kind].includes(t.measure.source)) {
    e.push({ field: 'target.measure', code: 'KIND_MISMATCH' });
  }
  checkValue(t, e);
  checkMeasure(t.measure, e);
}

function checkLink(goal: Goal, plan: LadderPlan | null, e: GoalErrors) {
  const t = goal.target;
  if (t?.type !== 'requirement' || plan === null) return;
  const rung = plan.rungs.find((r) => r.id === t.rungId);
  if (!rung) return e.push({ field: 'target.rungId', code: 'UNKNOWN_RUNG' });
  const q = rung.requirements.find((r) => r.id === t.requirementId);
  if (!q) return e.push({ field: 'target.requirementId', code: 'UNKNOWN_REQUIREMENT' });
  if (!requirementFitsKind(goal.kind, q.kind))
    e.push({ field: 'target.requirementId', code: 'KIND_MISMATCH' });
}

function checkDates(goal: Goal, e: GoalErrors) {
  if (!goal.startDate) e.push({ field: 'startDate', code: 'REQUIRED' });
  else if (!isLocalDate(goal.startDate)) e.push({ field: 'startDate', code: 'DATE_INVALID' });
  else if (goal.startDate < EARLIEST_GOAL_DATE)
    e.push({ field: 'startDate', code: 'DATE_TOO_EARLY' });
  if (goal.targetDate === null) return;
  if (!isLocalDate(goal.targetDate)) e.push({ field: 'targetDate', code: 'DATE_INVALID' });
  else if (goal.targetDate < EARLIEST_GOAL_DATE)
    e.push({ field: 'targetDate', code: 'DATE_TOO_EARLY' });
  else if (isLocalDate(goal.startDate) && goal.targetDate < goal.startDate) {
    e.push({ field: 'targetDate', code: 'END_BEFORE_START' });
  }
}

/**
 * Field errors of a goal: a title; a known kind and status; a measurable target (absent,
 * zero or negative → NO_MEASURABLE_TARGET) whose unit fits its measure and kind (whole
 * months and counts, "My own count" whole in its count and its target, hours in quarter
 * steps, skill levels 1–5), no more credentials than the goal names (targets.ts); a linked
 * requirement that exists in `plan` (when given) and fits the kind; start and target dates
 * from 1950 on (EARLIEST_GOAL_DATE), the target date not before the start; milestones titled,
 * dated between start and target, done no later than `asOf`.
 */
export function validateGoal(
  goal: Goal,
  asOf: LocalDate,
  plan: LadderPlan | null = null,
): GoalErrors {
  const e: GoalErrors = [];
  const title = goal.title.trim();
  if (title === '') e.push({ field: 'title', code: 'REQUIRED' });
  else checkLength(title, GOAL_TITLE_MAX, 'title', e);
  checkLength(goal.why ?? '', GOAL_WHY_MAX, 'why', e);
  if (!goalKinds.includes(goal.kind)) e.push({ field: 'kind', code: 'UNKNOWN_VALUE' });
  if (!goalStatuses.includes(goal.status)) e.push({ field: 'status', code: 'UNKNOWN_VALUE' });
  if (goal.target === null) e.push({ field: 'target', code: 'NO_MEASURABLE_TARGET' });
  else if (goal.target.type === 'number') checkNumberTarget(goal, goal.target, e);
  else checkLink(goal, plan, e);
  checkDates(goal, e);
  e.push(...validateMilestones(goal, asOf));
  return e;
}
