/**
 * The user's profile: who they are on the ladder, their education and how many hours a
 * week they can study. Validation returns codes; the UI turns codes into words.
 * Rules: PRODUCT.md (ladder, onboarding), domain-facts.md §2 (education levels that
 * decide exam eligibility paths; GAC accreditation shortens the PMP path).
 */
import type { RungOnLadder } from '../ladder/path';
import { isAmbiguousNumber } from '../import/numbers';

export const educationLevels = [
  'secondary',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof educationLevels)[number];

/**
 * Whether GAC accreditation can apply at this level: only to a bachelor's degree or higher
 * (domain-facts §2; summariseEducation ignores it below that). The profile keeps it false
 * otherwise, so a secondary diploma is never stored as "GAC-accredited".
 */
export function gacCanApply(level: EducationLevel | ''): boolean {
  return level !== '' && educationLevels.indexOf(level) >= educationLevels.indexOf('bachelor');
}

/** Monday first (ISO order). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export type WeeklyAvailability = Record<Weekday, number>;

export interface Profile {
  name: string;
  /**
   * Rung ids of the user's ladder (a shipped rung or one of their own). The user may later
   * remove the rung; the profile keeps the id and the screens ask for a new choice.
   */
  currentRung: string;
  targetRung: string;
  education: EducationLevel;
  gacAccredited: boolean;
  /** Hours a day the user can study, per weekday, in 0.25 steps. */
  weeklyAvailability: WeeklyAvailability;
}

/** What a form holds: everything as typed, nothing trusted. */
export interface ProfileDraft {
  name: string;
  currentRung: string;
  targetRung: string;
  education: string;
  gacAccredited: boolean;
  weeklyAvailability: Record<Weekday, string>;
}

export type ProfileField =
  | 'name'
  | 'currentRung'
  | 'targetRung'
  | 'education'
  | 'gacAccredited'
  | `weeklyAvailability.${Weekday}`;

export type ProfileErrorCode =
  | 'NAME_TOO_LONG'
  | 'REQUIRED'
  | 'UNKNOWN_VALUE'
  | 'TARGET_BELOW_CURRENT'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'TOO_MANY_HOURS'
  | 'NOT_QUARTER_HOURS';

export type ProfileErrors = Partial<Record<ProfileField, ProfileErrorCode>>;
export type ProfileValidation = { ok: true; value: Profile } | { ok: false; errors: ProfileErrors };

export const NAME_MAX_LENGTH = 80;
/** Nobody studies more than 16 hours in a day; more is a typing slip. */
export const MAX_DAILY_STUDY_HOURS = 16;

/** The ladder a profile is checked against: the user's own (issue 5 part 1) or the default. */
export interface ProfileLadder {
  rungs: readonly RungOnLadder[];
}

const isRungId = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isEducation = (v: string): v is EducationLevel =>
  (educationLevels as readonly string[]).includes(v);

/**
 * Parses hours typed by a person: "1.5", "1,5", " 2 ", "" (= 0); "1,000" is refused as it
 * could be a thousand or one. Hours are kept in quarter steps, as study sessions are planned
 * in 15-minute blocks.
 */
export function parseDailyHours(
  text: string,
): { ok: true; value: number } | { ok: false; code: ProfileErrorCode } {
  // "1,000" or "1.000" may be a thousand or one (isAmbiguousNumber): refused, never read as 1
  // hour; the forms say the two numbers it could be, as the credit log does.
  if (isAmbiguousNumber(text.trim())) return { ok: false, code: 'NOT_A_NUMBER' };
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: true, value: 0 };
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, code: 'NOT_A_NUMBER' };
  const value = Number(trimmed);
  if (value < 0) return { ok: false, code: 'NEGATIVE' };
  if (value > MAX_DAILY_STUDY_HOURS) return { ok: false, code: 'TOO_MANY_HOURS' };
  if (!Number.isInteger(value * 4)) return { ok: false, code: 'NOT_QUARTER_HOURS' };
  return { ok: true, value };
}

/** Both rungs must be on the user's ladder (a removed rung is refused), the target not below. */
function validateRungs(draft: ProfileDraft, ladder: ProfileLadder, errors: ProfileErrors): void {
  const level = (id: string) => ladder.rungs.find((r) => r.id === id)?.level;
  for (const field of ['currentRung', 'targetRung'] as const) {
    const v = draft[field];
    if (v === '') errors[field] = 'REQUIRED';
    else if (level(v) === undefined) errors[field] = 'UNKNOWN_VALUE';
  }
  if (errors.currentRung || errors.targetRung) return;
  if (level(draft.targetRung)! < level(draft.currentRung)!)
    errors.targetRung = 'TARGET_BELOW_CURRENT';
}

/**
 * Checks every field of a profile draft against the user's ladder (the default one until
 * edited); returns the clean profile or one code per bad field.
 */
export function validateProfile(draft: ProfileDraft, ladder: ProfileLadder): ProfileValidation {
  const errors: ProfileErrors = {};
  const name = draft.name.trim();
  // Characters as a person counts them (an emoji is one), as the credit log and roles count.
  if (name.length > NAME_MAX_LENGTH && [...name].length > NAME_MAX_LENGTH)
    errors.name = 'NAME_TOO_LONG';
  validateRungs(draft, ladder, errors);
  if (draft.education === '') errors.education = 'REQUIRED';
  else if (!isEducation(draft.education)) errors.education = 'UNKNOWN_VALUE';

  const availability = {} as WeeklyAvailability;
  for (const day of weekdays) {
    const parsed = parseDailyHours(draft.weeklyAvailability[day] ?? '');
    if (parsed.ok) availability[day] = parsed.value;
    else errors[`weeklyAvailability.${day}`] = parsed.code;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      currentRung: draft.currentRung,
      targetRung: draft.targetRung,
      education: draft.education as EducationLevel,
      gacAccredited: draft.gacAccredited && gacCanApply(draft.education as EducationLevel),
      weeklyAvailability: availability,
    },
  };
}

export type RungField = 'currentRung' | 'targetRung';

/**
 * A draft made to fit the user's ladder: a rung the profile names that is no longer on the
 * ladder (the user removed it, issue 5 part 1) is cleared, so it is chosen again from the
 * rungs there are, and `removed` says which, for the form to explain.
 */
export function draftOnLadder(
  draft: ProfileDraft,
  ladder: ProfileLadder,
): { draft: ProfileDraft; removed: RungField[] } {
  const removed = (['currentRung', 'targetRung'] as const).filter(
    (f) => draft[f] !== '' && !ladder.rungs.some((r) => r.id === draft[f]),
  );
  const cleared = Object.fromEntries(removed.map((f) => [f, '']));
  return { draft: { ...draft, ...cleared }, removed };
}

/** Total study hours a week. */
export function weeklyHours(availability: WeeklyAvailability): number {
  return weekdays.reduce((sum, d) => sum + availability[d], 0);
}

/** A draft holding what a saved profile says, for editing. */
export function draftFromProfile(p: Profile): ProfileDraft {
  const weeklyAvailability = {} as Record<Weekday, string>;
  for (const d of weekdays) weeklyAvailability[d] = String(p.weeklyAvailability[d]);
  return {
    name: p.name,
    currentRung: p.currentRung,
    targetRung: p.targetRung,
    education: p.education,
    gacAccredited: p.gacAccredited,
    weeklyAvailability,
  };
}

export function emptyProfileDraft(): ProfileDraft {
  const weeklyAvailability = {} as Record<Weekday, string>;
  for (const d of weekdays) weeklyAvailability[d] = '0';
  return {
    name: '',
    currentRung: '',
    targetRung: '',
    education: '',
    gacAccredited: false,
    weeklyAvailability,
  };
}

/**
 * Shape check for a stored profile (used when reading rows written by any app version). Any
 * rung id passes: the rung may be one of the user's own, or one since removed, and the
 * profile must still load so the screens can ask for a new choice.
 */
export function isProfile(value: unknown): value is Profile {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const wa = p.weeklyAvailability as Record<string, unknown> | undefined;
  return (
    typeof p.name === 'string' &&
    isRungId(p.currentRung) &&
    isRungId(p.targetRung) &&
    typeof p.education === 'string' &&
    isEducation(p.education) &&
    typeof p.gacAccredited === 'boolean' &&
    typeof wa === 'object' &&
    wa !== null &&
    weekdays.every((d) => typeof wa[d] === 'number' && Number.isFinite(wa[d]))
  );
}

/** Weekly total of what a form holds so far, counting only the days typed correctly. */
export function draftWeeklyHours(availability: Record<Weekday, string>): number {
  return weekdays.reduce((sum, d) => {
    const parsed = parseDailyHours(availability[d] ?? '');
    return parsed.ok ? sum + parsed.value : sum;
  }, 0);
}
