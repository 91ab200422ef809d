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
  | 'NO_ROLE_TYPE';

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
      whole('months', q.months, 1, MAX_REQUIREMENT_MONTHS, e);
      if (q.windowMonths !== null)
        whole('windowMonths', q.windowMonths, 1, MAX_REQUIREMENT_MONTHS, e);
      return selector(q.roleTypes, e);
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
