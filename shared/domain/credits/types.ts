/**
 * Results of the rules engine. They explain themselves with codes and numbers only
 * (DESIGN.md §4); every quantity is in hours of the body's unit, a multiple of 0.25.
 */
import type { Area, CreditUnit } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { CyclePeriod } from '../credentials';

/** What one activity brings to one credential. */
export interface Contribution {
  total: number;
  /** PMI education per Talent Triangle area (zero for other bodies). */
  byArea: Record<Area, number>;
  education: number;
  givingBack: number;
  /** Credits of bodies without areas (IIBA, ISACA, Scrum Alliance, PeopleCert, custom). */
  general: number;
  practitioner: boolean;
  /** The body's category for this activity (IIBA, PeopleCert, custom), else null. */
  category: string | null;
}

/**
 * How a university course's figure for a credential was reached from its semester credits
 * rather than its hours (the rule's cpePerSemesterCredit, ISACA: 15, domain-facts §4):
 * `credits` × `perCredit` = `hours`, before the relevant share (a RELEVANT_SHARE reason then
 * says what that leaves).
 */
export interface SemesterCreditCount {
  credits: number;
  perCredit: number;
  hours: number;
}

/** Why an activity counts less than it earned, or not at all, for a credential. */
export type Reason =
  | { code: 'INVALID_ACTIVITY'; errors: string[] }
  | { code: 'NOT_HELD' }
  | { code: 'EXCLUDED_BY_USER' }
  | { code: 'NO_REQUIREMENT' }
  | { code: 'BEFORE_CERTIFICATION'; certifiedOn: LocalDate }
  | { code: 'OUTSIDE_CYCLE'; cycleIndex: number | null }
  | { code: 'NO_AREA_SPLIT' }
  | { code: 'PLANNED_ONLY' }
  | { code: 'WAYS_OF_WORKING_NOT_ALLOCATED'; hours: number }
  | { code: 'RELEVANT_SHARE'; percent: number; hours: number }
  | { code: 'PRACTITIONER_ONCE_PER_CYCLE' }
  | {
      code: 'PRACTITIONER_CAP';
      limit: number;
      excess: number;
      /** Present when the limit was pro-rated to the time in the role. */
      roleDays?: number;
      cycleDays?: number;
    }
  | { code: 'GIVING_BACK_CAP'; limit: number; excess: number }
  | { code: 'CATEGORY_CAP'; category: string; limit: number; excess: number }
  | { code: 'CARRIED_IN'; fromCycle: number };

export type ReasonCode = Reason['code'];

/** Per credential: does the activity count, only as a plan, or not at all, and why. */
export interface ActivityApplication {
  heldId: string;
  credentialId: string;
  outcome: 'counts' | 'projected' | 'not-counted';
  cycleIndex: number | null;
  /** Before the cycle's caps; null when the activity brings nothing. */
  contribution: Contribution | null;
  reasons: Reason[];
  /** Present when the contribution comes from the activity's semester credits (ISACA, §4). */
  semesterCredits?: SemesterCreditCount;
}

export interface Shortfall {
  code:
    | 'TOTAL'
    | 'EDUCATION_MIN'
    | 'AREA_MIN'
    | 'CATEGORY_COUNT'
    | 'CATEGORY_MIN'
    | 'ANNUAL_MIN'
    | 'ANNUAL_CATEGORY_MIN';
  /** Hours still needed; for CATEGORY_COUNT the number of categories still needed. */
  needed: number;
  area?: Area;
  category?: string;
  period?: CyclePeriod;
}

export interface Totals {
  total: number;
  education: number;
  byArea: Record<Area, number>;
  givingBack: number;
  practitioner: number;
  general: number;
  carriedIn: number;
  byCategory: Record<string, number>;
}

export interface PeriodTally extends CyclePeriod {
  earned: number;
  counted: number;
  byCategory: Record<string, number>;
}

/** One activity in a cycle: what it earned, what counted after the caps, and why. */
export interface ActivityExplanation {
  activityId: string;
  date: LocalDate;
  outcome: 'counts' | 'projected' | 'not-counted' | 'carried-in';
  earned: Contribution | null;
  counted: Contribution | null;
  /** Shared between credentials and cycles where nothing capped the activity: never changed. */
  reasons: readonly Reason[];
  /** Present when what it earned comes from its semester credits (ISACA, §4). */
  semesterCredits?: SemesterCreditCount;
}

/** A piece of surplus that moves to the next cycle (PMI carry-over, §1). */
export interface CarryPiece {
  activityId: string;
  date: LocalDate;
  bucket: Area | 'givingBack' | 'general';
  hours: number;
}

export type CycleStatus =
  | 'complete'
  | 'on-track'
  | 'at-risk'
  | 'overdue'
  | 'suspended'
  | 'expired'
  | 'renewed'
  | 'rule-unknown'
  | 'no-requirement'
  /** PeopleCert on the exam route, cycle running: no CPD asked; pass an exam by its end (§3). */
  | 'renew-by-exam';

/** The numbers the cycle is judged by (hours; null = no such rule or unknown). */
export interface RequirementSummary {
  total: number | null;
  educationMin: number | null;
  areaMin: Record<Area, number | null> | null;
  givingBackMax: number | null;
  practitionerMax: number | null;
  carryOverMax: number | null;
  minDistinctCategories: number | null;
  annualMin: number | null;
  /** Scrum Alliance: the base track and the half-rate add-ons of the other tracks. */
  multiTrack: {
    base: { credentialId: string; total: number };
    addOns: { credentialId: string; addOn: number }[];
  } | null;
  /** Rule numbers that are unknown (null, confidence M) and so were not applied. */
  unknowns: string[];
}

export interface Pace {
  perMonth: number;
  perWeek: number;
}

export interface CycleEvaluation {
  heldId: string;
  credentialId: string;
  unit: CreditUnit;
  cycleIndex: number;
  start: LocalDate;
  end: LocalDate;
  /** The day work must be done by: the end, or the suspension's last day once past it. */
  deadline: LocalDate | null;
  /**
   * The day of the renewal that closed the cycle — after its end, or early while it still
   * runs (renewedEarly) — or null.
   */
  renewedOn: LocalDate | null;
  requirement: RequirementSummary;
  /** Before caps (carried-in surplus included). */
  earned: Totals;
  /** After caps: what the body would accept. */
  counted: Totals;
  shortfalls: Shortfall[];
  met: boolean;
  /** Fewest hours that close every gap still closable. */
  remaining: number;
  cycleDays: number;
  elapsedDays: number;
  daysLeft: number;
  /** Hours a steady pace would have counted by `asOf`; on-track vs at-risk compares to it. */
  expectedByNow: number;
  pace: Pace | null;
  status: CycleStatus;
  carriedIn: CarryPiece[];
  /** Surplus that would move to the next cycle (PMI), as things stand. */
  carryOut: CarryPiece[];
  periods: PeriodTally[];
  /** Earned plus planned activities: never counted, only shown as where the plan leads. */
  projection: { planned: number; total: number; met: boolean; shortfalls: Shortfall[] };
  activities: ActivityExplanation[];
}
