/**
 * Inputs and results of readiness (issue 5 part 7): per rung, each requirement met or not
 * with its evidence and the gap in numbers. Codes and numbers only (DESIGN.md §4).
 */
import type { Area } from '../../catalog/credentials/types';
import type { Requirement, RequirementKind } from '../../catalog/ladder-requirements/types';
import type { LocalDate } from '../../dates';
import type { Activity } from '../credits/activity';
import type { CycleEvaluation } from '../credits/types';
import type { LeadershipBefore } from './learning-records';
import type { EligibilityInput, HeldEvidence, MissingInfo } from '../eligibility/types';
import type { MonthPeriod } from '../experience/months';
import type { EducationLevel } from '../profile/profile';
import type { SkillAssessment } from '../skills/assessment';

/** Network facts, in the simplest shape; the learning and network journal fills them. */
export interface NetworkFacts {
  conferences: readonly { id: string; date: LocalDate }[];
  memberships: readonly { id: string; since: LocalDate; until: LocalDate | null }[];
  mentors: readonly { id: string; since: LocalDate; until: LocalDate | null }[];
}

export interface ReadinessInput extends EligibilityInput {
  assessments: readonly SkillAssessment[];
  /** The credit log (continuous learning and leadership training). */
  activities: readonly Activity[];
  /** Leadership training of the courses up to a day, already summed (then `activities` may
   * leave those courses out). */
  leadershipBefore?: LeadershipBefore;
  network: NetworkFacts;
  /**
   * The ids of the credentials the user defined themselves (custom credentials). Given, a
   * credential requirement that names an id found neither in the catalogue nor here names a
   * credential that was deleted (evidence `gone`); without it, nothing is said about that.
   */
  ownCredentialIds?: readonly string[];
  /**
   * The current cycle of each held credential, judged, by held id (the start-up summary's
   * figures). Readiness reads them to say whether a suspended credential's log already meets
   * its rule; without them it judges the cycle from `activities`, which must then be the whole
   * credit log.
   */
  cycleFigures?: ReadonlyMap<string, CycleFigures | null>;
}

/** What next actions need of a judged cycle (CycleEvaluation). */
export type CycleFigures = Pick<CycleEvaluation, 'met' | 'remaining' | 'unit' | 'status'>;

export type RequirementCode =
  | 'CREDENTIAL_HELD'
  | 'EDUCATION_LEVEL'
  | 'TRAINING_HOURS'
  | 'EXPERIENCE_MONTHS'
  | 'INDUSTRIES'
  | 'TEAM_SIZE'
  | 'SKILL_LEVEL'
  | 'CONFERENCES'
  | 'MEMBERSHIPS'
  | 'MENTORS'
  | 'LEARNING_CREDITS'
  | 'LEADERSHIP_TRAINING'
  | 'CUSTOM';

/** What a requirement was judged on, by kind. */
export type Evidence =
  /**
   * `gone`: listed credentials that no longer exist (deleted custom ones); never held.
   * `outOfStanding`: listed credentials the user earned that are not in the good standing
   * the requirement asks for (suspended, expired, not current), with since when — why they
   * do not count.
   */
  | { kind: 'credential'; held: HeldEvidence[]; gone?: string[]; outOfStanding?: HeldEvidence[] }
  | { kind: 'education-level'; level: EducationLevel | null }
  /**
   * `shownBy`: an earned credential whose exam asked for more hours than were entered (PMP:
   * 35); `have` is then its hours (hours-shown.ts).
   */
  | { kind: 'pm-education-hours'; shownBy?: string }
  | {
      kind: 'experience';
      periods: MonthPeriod[];
      roleIds: string[];
      /** Unmet: first day it is met if the current role continues; null: never. */
      metOn: LocalDate | null;
      blockedBy?: 'NO_ONGOING_ROLE' | 'NEED_EXCEEDS_WINDOW';
    }
  | { kind: 'industries'; industries: string[] }
  | { kind: 'team-size'; roleId: string | null }
  | { kind: 'skill'; assessedOn: LocalDate | null }
  /** Records inside the period counted, from `from` to `asOf`. */
  | { kind: 'conferences'; ids: string[]; from: LocalDate }
  | { kind: 'memberships'; ids: string[] }
  | { kind: 'mentors'; ids: string[] }
  | { kind: 'continuous-learning'; area: Area; activityIds: readonly string[]; from: LocalDate }
  | { kind: 'leadership-training'; activityIds: readonly string[] }
  | { kind: 'custom' };

export interface RequirementResult {
  requirement: Requirement;
  kind: RequirementKind;
  code: RequirementCode;
  status: 'met' | 'unmet' | 'unknown';
  met: boolean;
  /**
   * Numbers in the requirement's unit: credentials held, months, hours, levels, counts.
   * Education levels are ranks 1 (secondary) … 5 (doctorate); custom is 0 or 1.
   */
  have: number;
  need: number;
  /** need − have, never below 0. */
  gap: number;
  /** 0…1: have ÷ need capped at 1; education level is 0 or 1. */
  progress: number;
  evidence: Evidence;
  missing?: MissingInfo;
}

export interface RungReadiness {
  rungId: string;
  level: number;
  /**
   * 0…100: the mean progress of the essential requirements × 100, rounded down, so 100
   * means every essential requirement is met (README, Decisions). Null when the rung has no
   * essential requirement: nothing to measure (then `essential.total` is 0, and
   * `recommended.total` says whether it has any requirement at all).
   */
  score: number | null;
  /** Every essential requirement met; false when there is none. */
  ready: boolean;
  essential: { met: number; total: number };
  recommended: { met: number; total: number };
  requirements: RequirementResult[];
}
