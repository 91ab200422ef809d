/**
 * Next best actions (issue 5 part 7): codes and numbers the UI turns into sentences, e.g.
 * GAIN_EXPERIENCE { roleTypes: ['leading-projects'], months: 14, unlocks: { exam: 'pmp',
 * on: '2027-06-01' } } → "log 14 more months leading projects: eligible for PMP on 1 Jun
 * 2027".
 */
import type { Area, CreditUnit } from '../../catalog/credentials/types';
import type { ExamId } from '../../catalog/exams/types';
import type { SkillId, SkillLevel } from '../../catalog/skills/skills';
import type { LocalDate } from '../../dates';
import type { TrainingTopic } from '../eligibility/education';
import type { MissingInfo, Verdict } from '../eligibility/types';
import type { RoleSelector } from '../experience/role';
import type { EducationLevel } from '../profile/profile';

/** The exam an action moves the user towards, and when they would become eligible. */
export interface Unlocks {
  exam: ExamId;
  on: LocalDate | null;
}

/**
 * A smaller ask merged into a larger one of the same kind (actions.ts, larger): how much of
 * the larger ask unlocks an exam, when the larger ask itself unlocks none or another one.
 */
export interface PartWay {
  /** Months or hours, in the unit of the action it belongs to. */
  amount: number;
  unlocks: Unlocks;
}

export type ActionSpec =
  | { code: 'EARN_CREDENTIAL'; credential: string; eligibility: Verdict | null }
  /**
   * A credential the user holds is suspended (domain-facts §1: from the third anniversary
   * for one year; it can still be renewed): renew it by `renewBy`. `logMeetsRule`: the
   * suspended cycle's credits already meet the rule, only the renewal is to record;
   * `remaining`: credits still to log first (0 when met; null when the rule's numbers are
   * not known).
   */
  | {
      code: 'RENEW_CREDENTIAL';
      credential: string;
      heldId: string;
      renewBy: LocalDate;
      logMeetsRule: boolean;
      remaining: number | null;
      unit: CreditUnit;
    }
  | {
      code: 'GAIN_EXPERIENCE';
      roleTypes: RoleSelector;
      months: number;
      /** When it is done if the current role continues; null: no role continues. */
      on: LocalDate | null;
      unlocks?: Unlocks;
      partWay?: PartWay;
    }
  | {
      code: 'COMPLETE_TRAINING';
      topic: TrainingTopic;
      hours: number;
      unlocks?: Unlocks;
      partWay?: PartWay;
    }
  | {
      code: 'RAISE_EDUCATION';
      from: EducationLevel | null;
      to: EducationLevel;
      gacAccredited?: true;
      unlocks?: Unlocks;
    }
  | { code: 'RAISE_SKILL'; skill: SkillId; from: SkillLevel; to: SkillLevel }
  | { code: 'ASSESS_SKILL'; skill: SkillId; target: SkillLevel }
  | { code: 'ATTEND_CONFERENCE'; count: number; by: LocalDate }
  | { code: 'JOIN_ASSOCIATION'; count: number }
  | { code: 'FIND_MENTOR'; count: number }
  | { code: 'EARN_LEARNING_CREDITS'; area: Area; hours: number }
  | { code: 'TAKE_LEADERSHIP_TRAINING'; hours: number }
  | { code: 'BROADEN_INDUSTRIES'; count: number }
  | { code: 'LEAD_LARGER_TEAM'; size: number }
  /** A requirement of the user's own, named by its title (the user's words, said as typed). */
  | { code: 'COMPLETE_CUSTOM'; requirementId: string; title: string }
  /** A credential requirement names a credential that was deleted: choose another one. */
  | { code: 'REPLACE_DELETED_CREDENTIAL'; requirementId: string }
  | { code: 'ENTER_INFORMATION'; missing: MissingInfo; unlocks?: Unlocks };

export type ActionCode = ActionSpec['code'];

export type NextAction = ActionSpec & {
  /** Requirements of the target rung the action closes. */
  requirementIds: string[];
  /** 'essential' when it closes at least one essential requirement. */
  priority: 'essential' | 'recommended';
  /**
   * Percentage points the target rung's score gains once the action is done (the shortfall
   * of the requirements it closes); 0 for recommended ones. One decimal.
   */
  gain: number;
  /** Earliest deadline: a linked goal's target date, or when missing conferences are due (conferencesToAttend). */
  deadline: LocalDate | null;
};
