/**
 * Skill self-assessment with a dated history (issue 5 part 5): the user rates each skill
 * area (shared/catalog/skills, from PRODUCT.md and the seeds) from 1 to 5 now and then;
 * the latest rating on or before a day is the level on that day.
 */
import {
  isSkillId,
  isSkillLevel,
  skillIds,
  type SkillId,
  type SkillLevel,
} from '../../catalog/skills/skills';
import type { FieldError } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';

export interface SkillAssessment {
  id: string;
  skill: SkillId;
  level: SkillLevel;
  date: LocalDate;
  note?: string;
}

export type SkillErrorCode =
  | 'UNKNOWN_VALUE'
  | 'LEVEL_OUT_OF_RANGE'
  | 'REQUIRED'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'TOO_LONG';

export const SKILL_NOTE_MAX = 500;

/**
 * Field errors of an assessment (issue 5 part 9: "skill levels out of range"): a known
 * skill, a whole level from 1 to 5, a real date not after `asOf`, a note of at most 500
 * characters. Empty list: valid.
 */
export function validateAssessment(
  a: SkillAssessment,
  asOf: LocalDate,
): FieldError<SkillErrorCode>[] {
  const e: FieldError<SkillErrorCode>[] = [];
  if (!isSkillId(a.skill)) e.push({ field: 'skill', code: 'UNKNOWN_VALUE' });
  if (!isSkillLevel(a.level)) {
    e.push({ field: 'level', code: 'LEVEL_OUT_OF_RANGE', expected: 5, actual: a.level });
  }
  if (!a.date) e.push({ field: 'date', code: 'REQUIRED' });
  else if (!isLocalDate(a.date)) e.push({ field: 'date', code: 'DATE_INVALID' });
  else if (a.date > asOf) e.push({ field: 'date', code: 'DATE_IN_FUTURE' });
  if ((a.note ?? '').length > SKILL_NOTE_MAX) e.push({ field: 'note', code: 'TOO_LONG' });
  return e;
}

/** Latest first; on the same day the later entry in the list wins (it was saved last). */
function byDateDesc(list: readonly SkillAssessment[]): SkillAssessment[] {
  return list
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.date === y.a.date ? y.i - x.i : x.a.date < y.a.date ? 1 : -1))
    .map((x) => x.a);
}

/** The assessment in force for a skill on `asOf` (latest dated on or before it), or null. */
export function latestAssessment(
  assessments: readonly SkillAssessment[],
  skill: SkillId,
  asOf: LocalDate,
): SkillAssessment | null {
  return byDateDesc(assessments.filter((a) => a.skill === skill && a.date <= asOf))[0] ?? null;
}

export interface CurrentSkill {
  skill: SkillId;
  /** Null when never assessed by `asOf`. */
  level: SkillLevel | null;
  assessedOn: LocalDate | null;
}

/** Every skill area with its level on `asOf` (issue 5 part 5), in catalogue order. */
export function currentSkills(
  assessments: readonly SkillAssessment[],
  asOf: LocalDate,
): CurrentSkill[] {
  return skillIds.map((skill) => {
    const a = latestAssessment(assessments, skill, asOf);
    return { skill, level: a?.level ?? null, assessedOn: a?.date ?? null };
  });
}

/** The dated history of one skill, oldest first (for a history chart). */
export function skillHistory(
  assessments: readonly SkillAssessment[],
  skill: SkillId,
): { date: LocalDate; level: SkillLevel }[] {
  return byDateDesc(assessments.filter((a) => a.skill === skill))
    .reverse()
    .map((a) => ({ date: a.date, level: a.level }));
}
