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
  /**
   * When the rating was saved (an ISO timestamp the store sets): of two ratings of the same
   * day, the one saved later is the level. Absent on a rating not yet stored.
   */
  createdAt?: string;
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

/** A save time as a number, or null when absent or not a time (an old or hand-made row). */
function savedAt(a: SkillAssessment): number | null {
  const t = a.createdAt === undefined ? NaN : Date.parse(a.createdAt);
  return Number.isFinite(t) ? t : null;
}

/**
 * The order of ratings, oldest first (negative when `x` comes before `y`): by date; on the
 * same day by when each was saved (`createdAt`), a rating without a save time counting as
 * saved before any with one; then, only as a stable tie-break (two saved in the same
 * millisecond, or neither stamped), by id. It never depends on the order of the list, so the
 * same ratings give the same level however the store happened to read them.
 */
export function compareAssessments(x: SkillAssessment, y: SkillAssessment): number {
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  const tx = savedAt(x);
  const ty = savedAt(y);
  if (tx !== ty) {
    if (tx === null) return -1;
    if (ty === null) return 1;
    return tx - ty;
  }
  return x.id === y.id ? 0 : x.id < y.id ? -1 : 1;
}

/** Ratings oldest first by compareAssessments (a new list; the input is left as it is). */
export function sortAssessments<T extends SkillAssessment>(list: readonly T[]): T[] {
  return [...list].sort(compareAssessments);
}

/**
 * A save time for a new rating, saved `now`, that comes after every one of `earlier` (the
 * stored ratings of the same skill and day): `now`, or one millisecond after the latest of
 * them when the clock has not moved on (two saves in one millisecond) or went back.
 */
export function savedAfter(now: string, earlier: readonly SkillAssessment[]): string {
  const latest = Math.max(-Infinity, ...earlier.map((a) => savedAt(a) ?? -Infinity));
  const t = Date.parse(now);
  return Number.isFinite(latest) && !(t > latest) ? new Date(latest + 1).toISOString() : now;
}

/**
 * The assessment in force for a skill on `asOf`, or null: the latest dated on or before it,
 * and of that day's ratings the one saved last (compareAssessments).
 */
export function latestAssessment(
  assessments: readonly SkillAssessment[],
  skill: SkillId,
  asOf: LocalDate,
): SkillAssessment | null {
  let latest: SkillAssessment | null = null;
  for (const a of assessments) {
    if (a.skill !== skill || a.date > asOf) continue;
    if (latest === null || compareAssessments(a, latest) > 0) latest = a;
  }
  return latest;
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

/** Every rating of one skill, oldest first (compareAssessments): the history table's rows. */
export function skillRatings<T extends SkillAssessment>(
  assessments: readonly T[],
  skill: SkillId,
): T[] {
  return sortAssessments(assessments.filter((a) => a.skill === skill));
}

/** The dated history of one skill, oldest first (for a history chart). */
export function skillHistory(
  assessments: readonly SkillAssessment[],
  skill: SkillId,
): { date: LocalDate; level: SkillLevel }[] {
  return skillRatings(assessments, skill).map((a) => ({ date: a.date, level: a.level }));
}
