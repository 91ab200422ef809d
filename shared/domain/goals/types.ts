/**
 * Goals (issue 5 part 6): a title, why, kind, a measurable target (a number with a unit
 * measured from the user's records, or a linked ladder requirement), dates, milestones and
 * a status. Progress is computed, never typed in — except for custom goals, whose records
 * Ascent cannot see.
 */
import type { Area } from '../../catalog/credentials/types';
import type { SkillId } from '../../catalog/skills/skills';
import type { LocalDate } from '../../dates';
import type { TrainingTopic } from '../eligibility/education';
import type { RoleSelector } from '../experience/role';

export const goalKinds = [
  'credential',
  'education',
  'experience',
  'skill',
  'network',
  'custom',
] as const;
export type GoalKind = (typeof goalKinds)[number];

export const goalStatuses = ['active', 'paused', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const goalUnits = ['months', 'hours', 'level', 'count', 'custom'] as const;
/** 'custom' goes with a manual measure and a unit label the user types ("books"). */
export type GoalUnit = (typeof goalUnits)[number];

/**
 * Which records measure a numeric target. States count every record up to the day
 * (months of experience, contact hours, leadership training, skill level, credentials,
 * memberships, mentors); flows count from the goal's start date (learning credits,
 * conferences) — README, Decisions.
 */
export type GoalMeasure =
  | { source: 'experience'; roleTypes: RoleSelector }
  | { source: 'contact-hours'; topic: TrainingTopic }
  | { source: 'learning-credits'; area: Area | 'all' }
  | { source: 'leadership-training' }
  | { source: 'skill'; skill: SkillId }
  | { source: 'credentials'; anyOf: readonly string[] }
  | { source: 'conferences' }
  | { source: 'memberships' }
  | { source: 'mentors' }
  /** "My own count": the user keeps the count, in whole numbers (targets.ts). */
  | { source: 'manual'; current: number };

export type GoalMeasureSource = GoalMeasure['source'];

export type GoalTarget =
  | { type: 'number'; value: number; unit: GoalUnit; unitLabel?: string; measure: GoalMeasure }
  | { type: 'requirement'; rungId: string; requirementId: string };

export interface Milestone {
  id: string;
  title: string;
  due: LocalDate;
  doneOn: LocalDate | null;
}

export interface Goal {
  id: string;
  title: string;
  why?: string;
  kind: GoalKind;
  /** Null only in a draft; a goal without a measurable target is never saved. */
  target: GoalTarget | null;
  startDate: LocalDate;
  targetDate: LocalDate | null;
  milestones: readonly Milestone[];
  status: GoalStatus;
}

/** The unit each measure is counted in (a target must use it). */
export const measureUnit: Readonly<Record<GoalMeasureSource, GoalUnit | null>> = {
  experience: 'months',
  'contact-hours': 'hours',
  'learning-credits': 'hours',
  'leadership-training': 'hours',
  skill: 'level',
  credentials: 'count',
  conferences: 'count',
  memberships: 'count',
  mentors: 'count',
  manual: null,
};

/** Measures that fit each goal kind; custom goals take any. */
export const measuresForKind: Readonly<Record<GoalKind, readonly GoalMeasureSource[]>> = {
  credential: ['credentials'],
  education: ['contact-hours', 'learning-credits', 'leadership-training'],
  experience: ['experience'],
  skill: ['skill', 'leadership-training', 'learning-credits'],
  network: ['conferences', 'memberships', 'mentors'],
  custom: Object.keys(measureUnit) as GoalMeasureSource[],
};

/** Requirement kinds that fit each goal kind (a goal linked to a ladder requirement). */
export const requirementKindsForKind: Readonly<Record<GoalKind, readonly string[] | 'any'>> = {
  credential: ['credential'],
  education: [
    'education-level',
    'pm-education-hours',
    'continuous-learning',
    'leadership-training',
  ],
  experience: ['experience', 'industries', 'team-size'],
  skill: ['skill', 'leadership-training', 'continuous-learning'],
  network: ['conferences', 'memberships', 'mentors'],
  custom: 'any',
};

/**
 * Whether a ladder requirement of `requirementKind` fits a goal of `kind`, as
 * requirementKindsForKind says (a kind not known here takes any requirement).
 */
export function requirementFitsKind(kind: GoalKind, requirementKind: string): boolean {
  const fits = goalKinds.includes(kind) ? requirementKindsForKind[kind] : 'any';
  return fits === 'any' || fits.includes(requirementKind);
}
