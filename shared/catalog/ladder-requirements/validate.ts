/**
 * Checks a rung requirement before it is saved (issue 5 part 9: "skill levels out of
 * range" and other bad input). Codes only; the UI words them.
 */
import { areas } from '../credentials/types';
import { isQuarterStep, type FieldError } from '../credentials/validation';
import { isSkillId, SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from '../skills/skills';
import { isRoleType, type RoleSelector } from '../../domain/experience/role';
import { trainingTopics } from '../../domain/eligibility/education';
import { educationLevels } from '../../domain/profile/profile';
import type { Requirement, RequirementOf } from './types';

export type RequirementErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_VALUE'
  | 'NOT_A_NUMBER'
  | 'NOT_WHOLE'
  | 'TOO_SMALL'
  | 'TOO_LARGE'
  | 'HOURS_NOT_QUARTER'
  | 'LEVEL_OUT_OF_RANGE'
  | 'NO_CREDENTIAL'
  | 'COUNT_ABOVE_OPTIONS'
  | 'NO_ROLE_TYPE'
  | 'MONTHS_ABOVE_WINDOW';

type Errors = FieldError<RequirementErrorCode>[];

export const REQUIREMENT_TITLE_MAX = 160;
/** 50 years: a longer need is a typing slip. */
export const MAX_REQUIREMENT_MONTHS = 600;

function whole(field: string, v: number, min: number, max: number, e: Errors) {
  if (!Number.isFinite(v)) e.push({ field, code: 'NOT_A_NUMBER' });
  else if (!Number.isInteger(v)) e.push({ field, code: 'NOT_WHOLE' });
  else if (v < min) e.push({ field, code: 'TOO_SMALL', expected: min, actual: v });
  else if (v > max) e.push({ field, code: 'TOO_LARGE', expected: max, actual: v });
}

function hours(field: string, v: number, e: Errors) {
  if (!Number.isFinite(v)) e.push({ field, code: 'NOT_A_NUMBER' });
  else if (v <= 0) e.push({ field, code: 'TOO_SMALL', expected: 0.25, actual: v });
  else if (!isQuarterStep(v)) e.push({ field, code: 'HOURS_NOT_QUARTER' });
}

function selector(v: RoleSelector, e: Errors) {
  if (v === 'any-role') return;
  if (v.length === 0) e.push({ field: 'roleTypes', code: 'NO_ROLE_TYPE' });
  v.forEach((t, i) => {
    if (!isRoleType(t)) e.push({ field: `roleTypes.${i}`, code: 'UNKNOWN_VALUE' });
  });
}

const oneOf = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v);

function checkCredential(q: RequirementOf<'credential'>, e: Errors) {
  if (q.anyOf.length === 0) e.push({ field: 'anyOf', code: 'NO_CREDENTIAL' });
  whole('count', q.count, 1, 10, e);
  if (q.count > q.anyOf.length && q.anyOf.length > 0) {
    e.push({ field: 'count', code: 'COUNT_ABOVE_OPTIONS', expected: q.anyOf.length });
  }
}

function checkSkill(q: RequirementOf<'skill'>, e: Errors) {
  if (!isSkillId(q.skill)) e.push({ field: 'skill', code: 'UNKNOWN_VALUE' });
  if (!Number.isInteger(q.level) || q.level < SKILL_LEVEL_MIN || q.level > SKILL_LEVEL_MAX) {
    e.push({
      field: 'level',
      code: 'LEVEL_OUT_OF_RANGE',
      expected: SKILL_LEVEL_MAX,
      actual: q.level,
    });
  }
}

function checkCustom(q: RequirementOf<'custom'>, e: Errors) {
  const t = q.title.trim();
  if (t === '') e.push({ field: 'title', code: 'REQUIRED' });
  else if (t.length > REQUIREMENT_TITLE_MAX) e.push({ field: 'title', code: 'TOO_LONG' });
}

/**
 * Experience counts unique months inside the window (domain-facts §2, "in the last 8 years"),
 * so a window of W months never holds more than W: more months than the window can never be
 * met (experienceOutlook's NEED_EXCEEDS_WINDOW), and is refused as MONTHS_ABOVE_WINDOW on the
 * months, with the window as `expected`.
 */
function checkExperience(q: RequirementOf<'experience'>, e: Errors) {
  const before = e.length;
  whole('months', q.months, 1, MAX_REQUIREMENT_MONTHS, e);
  if (q.windowMonths !== null) whole('windowMonths', q.windowMonths, 1, MAX_REQUIREMENT_MONTHS, e);
  if (e.length === before && q.windowMonths !== null && q.months > q.windowMonths) {
    e.push({
      field: 'months',
      code: 'MONTHS_ABOVE_WINDOW',
      expected: q.windowMonths,
      actual: q.months,
    });
  }
  selector(q.roleTypes, e);
}

function checkSpec(q: Requirement, e: Errors): void {
  switch (q.kind) {
    case 'credential':
      return checkCredential(q, e);
    case 'education-level':
      if (!oneOf(educationLevels, q.minLevel)) e.push({ field: 'minLevel', code: 'UNKNOWN_VALUE' });
      return;
    case 'pm-education-hours':
      hours('hours', q.hours, e);
      if (!oneOf(trainingTopics, q.topic)) e.push({ field: 'topic', code: 'UNKNOWN_VALUE' });
      return;
    case 'experience':
      return checkExperience(q, e);
    case 'industries':
      whole('count', q.count, 1, 20, e);
      return selector(q.roleTypes, e);
    case 'team-size':
      whole('size', q.size, 1, 100000, e);
      return selector(q.roleTypes, e);
    case 'skill':
      return checkSkill(q, e);
    case 'conferences':
      return whole('perYear', q.perYear, 1, 52, e);
    case 'memberships':
    case 'mentors':
      return whole('count', q.count, 1, 20, e);
    case 'continuous-learning':
      if (!oneOf(areas, q.area)) e.push({ field: 'area', code: 'UNKNOWN_VALUE' });
      return hours('hours', q.hours, e);
    case 'leadership-training':
      return hours('hours', q.hours, e);
    case 'custom':
      return checkCustom(q, e);
    default:
      e.push({ field: 'kind', code: 'UNKNOWN_VALUE' });
  }
}

/**
 * Field errors of one requirement: an id, a known kind and priority, and numbers that make
 * sense for the kind (whole months and counts, hours in quarter steps, skill levels 1–5,
 * at least one credential or role type). Empty list: valid.
 */
export function validateRequirement(q: Requirement): FieldError<RequirementErrorCode>[] {
  const e: Errors = [];
  if (typeof q.id !== 'string' || q.id.trim() === '') e.push({ field: 'id', code: 'REQUIRED' });
  if (!oneOf(['essential', 'recommended'], q.priority)) {
    e.push({ field: 'priority', code: 'UNKNOWN_VALUE' });
  }
  checkSpec(q, e);
  return e;
}

/** Checks added after ladders were first saved: a requirement stored before may fail them. */
const LATER_CHECKS: ReadonlySet<RequirementErrorCode> = new Set(['MONTHS_ABOVE_WINDOW']);

/**
 * validateRequirement for a whole ladder being saved (saveLadderPlan): `stored` is the same
 * requirement as the saved ladder has it. One stored exactly as it is now is not refused for a
 * check added since (LATER_CHECKS), so an older ladder holding one stays editable; changing
 * that requirement, or a new one, is checked in full (as addRequirement/replaceRequirement do).
 */
export function validateSavedRequirement(
  q: Requirement,
  stored: Requirement | undefined,
): FieldError<RequirementErrorCode>[] {
  const errors = validateRequirement(q);
  if (!stored || JSON.stringify(stored) !== JSON.stringify(q)) return errors;
  return errors.filter((e) => !LATER_CHECKS.has(e.code));
}
