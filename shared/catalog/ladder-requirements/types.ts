/**
 * Requirements of a rung of the career ladder, as typed data (issue 5 part 1; PRODUCT.md,
 * "The career ladder": education, experience, credentials, skills, network, continuous
 * learning). The user may edit rungs and requirements, add their own and reset to the
 * default (edit.ts), so a ladder with requirements is a plain value that can be stored.
 */
import type { Area } from '../credentials/types';
import type { CredentialStanding } from '../exams/types';
import type { SkillId, SkillLevel } from '../skills/skills';
import type { RoleSelector } from '../../domain/experience/role';
import type { TrainingTopic } from '../../domain/eligibility/education';
import type { EducationLevel } from '../../domain/profile/profile';

/**
 * 'essential' requirements make up the readiness score; 'recommended' ones are shown and
 * turned into actions, after the essential ones (README, Decisions).
 */
export type RequirementPriority = 'essential' | 'recommended';

/** Where a requirement comes from, for "why this requirement?". */
export interface RequirementBasis {
  source: string;
  note?: string;
}

export type RequirementSpec =
  /** Hold `count` of these credentials (PRODUCT.md: "PMP + a second credential"). */
  | { kind: 'credential'; anyOf: readonly string[]; count: number; standing: CredentialStanding }
  | { kind: 'education-level'; minLevel: EducationLevel }
  /** PM education contact hours, optionally on one topic. */
  | { kind: 'pm-education-hours'; hours: number; topic: TrainingTopic }
  /** Unique months of the selected roles; windowMonths null: the whole history. */
  | { kind: 'experience'; roleTypes: RoleSelector; months: number; windowMonths: number | null }
  | { kind: 'industries'; count: number; roleTypes: RoleSelector }
  /** The largest team of a selected role (seed 002: projects of varying sizes). */
  | { kind: 'team-size'; size: number; roleTypes: RoleSelector }
  | { kind: 'skill'; skill: SkillId; level: SkillLevel }
  /** Conferences attended in the last 12 months. */
  | { kind: 'conferences'; perYear: number }
  /** Professional association memberships current on the day. */
  | { kind: 'memberships'; count: number }
  /** Mentors the user is working with on the day. */
  | { kind: 'mentors'; count: number }
  /** Credit-log education hours in a Talent Triangle area over the last 12 months. */
  | { kind: 'continuous-learning'; area: Area; hours: number }
  /** Power Skills hours of courses and training in the credit log, all time. */
  | { kind: 'leadership-training'; hours: number }
  /** Anything else the user wants to track; met when they tick it. */
  | { kind: 'custom'; title: string; done: boolean };

export type RequirementKind = RequirementSpec['kind'];

export type Requirement = RequirementSpec & {
  /** Unique within its rung; goals link to (rungId, id). */
  id: string;
  priority: RequirementPriority;
  basis: RequirementBasis;
  origin: 'default' | 'user';
};

export type RequirementOf<K extends RequirementKind> = Extract<Requirement, { kind: K }>;

export interface LadderRungPlan {
  /** A default RungId, or the id of a rung the user added. */
  id: string;
  /** 1 = first rung; always 1…n in climbing order. */
  level: number;
  name: string;
  typicalTitles: readonly string[];
  typicalYears: { min: number; max: number | null };
  typicalCredentials: readonly string[];
  requirements: readonly Requirement[];
  origin: 'default' | 'user';
}

export interface LadderPlan {
  id: string;
  rungs: readonly LadderRungPlan[];
}
