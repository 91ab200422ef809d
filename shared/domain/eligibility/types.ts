/**
 * Results of the eligibility rules (issue 5 part 4): codes and numbers only, each number
 * with the catalogue record it came from (DESIGN.md §4; "why this number?").
 */
import type { Sourced } from '../../catalog/credentials/types';
import type {
  CredentialStanding,
  ExamId,
  ExamPathId,
  ExperienceKind,
} from '../../catalog/exams/types';
import type { LocalDate } from '../../dates';
import type { HeldWithRule } from '../credentials/held';
import type { CredentialStatus } from '../credentials/held';
import type { MonthPeriod, YearMonth } from '../experience/months';
import type { Role, RoleSelector } from '../experience/role';
import type { EducationLevel } from '../profile/profile';
import type { ContactHours, EducationSummary, TrainingTopic } from './education';

/** Everything the rules look at. `null` means "never entered" (→ information missing). */
export interface EligibilityInput {
  asOf: LocalDate;
  education: EducationSummary;
  contactHours: ContactHours | null;
  roles: readonly Role[] | null;
  held: readonly HeldWithRule[];
  /** Qualifications outside the catalogue the user says they hold ('ipma-d', …). */
  otherQualifications?: readonly string[];
}

export type ConditionStatus = 'met' | 'unmet' | 'unknown';
export type MissingInfo = 'EDUCATION_LEVEL' | 'CONTACT_HOURS' | 'EXPERIENCE_LOG';

interface Base {
  status: ConditionStatus;
  met: boolean;
  /** What the user has not entered yet, when status is 'unknown'. */
  missing?: MissingInfo;
}

export interface HeldEvidence {
  credentialId: string;
  /** The held record's id; absent for a declared external qualification. */
  heldId?: string;
  status: CredentialStatus | 'declared';
  /**
   * Out of good standing (suspended, expired, not current): the first day of that status
   * (domain-facts §1: suspended from the third anniversary, expired from the fourth).
   */
  since?: LocalDate;
  /** Suspended: the last day it can still be renewed (the suspension's last day). */
  renewBy?: LocalDate;
  /**
   * Expired: how it is held again. 'exam' for PMI (domain-facts §1, B: after the suspension
   * year the credential expires and the exam must be retaken); 'ask-body' for the others,
   * whose texts say nothing of it (§4).
   */
  regain?: 'exam' | 'ask-body';
}

export type ConditionResult =
  | (Base & {
      kind: 'education';
      code: 'EDUCATION_LEVEL';
      have: EducationLevel | null;
      need: EducationLevel;
      gacAccredited?: { have: boolean; need: true };
      source: Sourced<EducationLevel>;
    })
  | (Base & {
      kind: 'experience';
      code: 'EXPERIENCE_MONTHS';
      experience: ExperienceKind;
      roleTypes: RoleSelector;
      have: number;
      need: number;
      windowMonths: number | null;
      windowFrom: YearMonth | null;
      windowTo: YearMonth;
      periods: MonthPeriod[];
      roleIds: string[];
      /** Unmet: first day the need is reached if the current role continues; else null. */
      metOn: LocalDate | null;
      blockedBy?: 'NO_ONGOING_ROLE' | 'NEED_EXCEEDS_WINDOW';
      source: Sourced<number>;
      windowSource: Sourced<number> | null;
    })
  | (Base & {
      kind: 'training';
      code: 'TRAINING_HOURS';
      topic: TrainingTopic;
      have: number;
      need: number;
      source: Sourced<number>;
    })
  | (Base & {
      kind: 'credential';
      code: 'CREDENTIAL_HELD';
      anyOf: readonly string[];
      standing: CredentialStanding;
      have: HeldEvidence | null;
      /**
       * Standing 'good' unmet while the user holds a listed credential out of good standing
       * (suspended, expired, not current): that credential, so the reason can be named.
       */
      outOfStanding?: HeldEvidence;
      source: Sourced<readonly string[]>;
    })
  | (Base & {
      kind: 'any-of';
      code: 'ANY_OF';
      /** Index of the first option met, else null. */
      satisfiedBy: number | null;
      options: ConditionResult[];
    });

export interface PathResult {
  pathId: ExamPathId;
  status: ConditionStatus;
  conditions: ConditionResult[];
  /** Mean of the conditions' progress, 0…1 (have ÷ need, capped; yes/no is 0 or 1). */
  progress: number;
  /**
   * When every condition is met: `asOf`. When the only unmet conditions are experience
   * with a projected date: the latest of those dates. Otherwise null.
   */
  eligibleOn: LocalDate | null;
}

export type Verdict = 'eligible' | 'not-yet' | 'information-missing';

export interface ExamEligibility {
  examId: ExamId;
  verdict: Verdict;
  /**
   * The path that applies: a met one, else one waiting only for facts to enter, else the most
   * promising failed one (see comparePaths). Its status gives the verdict.
   */
  path: PathResult;
  paths: PathResult[];
  eligibleOn: LocalDate | null;
  /** Information still to enter for the path that applies, in page order (see missingInfo). */
  missing: MissingInfo[];
  /**
   * The user already holds the exam's credential (earned by `asOf`, any standing, or
   * declared): the verdict then matters only to retake it (an expired one must be retaken,
   * domain-facts §1). Absent when not held.
   */
  held?: HeldEvidence;
}
