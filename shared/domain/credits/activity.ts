/**
 * The credit log's activity (issue 3 part 3): logged once, applied to every held
 * credential whose cycle contains its date (domain-facts §1).
 */
import type { ActivityType, Area } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { floorQuarters, toHours, toQuarters } from './quarters';

export const claimStatuses = ['planned', 'earned', 'reported', 'accepted', 'audited'] as const;
/** Per credential: planned activities are a projection, never counted as earned. */
export type ClaimStatus = (typeof claimStatuses)[number];

/** 'ceu': 1 CEU = 10 contact hours (§1, A/B). 'body-unit': PDU, SEU, CDU, CPE, CPD = 1 hour. */
export const amountUnits = ['hours', 'ceu', 'body-unit'] as const;
export type AmountUnit = (typeof amountUnits)[number];

/** Counted hours of an education activity per Talent Triangle area (§1: may be split). */
export type AreaSplit = Record<Area, number>;

export interface Activity {
  id: string;
  /** Completion date: decides the cycle the activity counts towards. */
  date: LocalDate;
  startDate?: LocalDate | null;
  title: string;
  provider?: string;
  type: ActivityType;
  amount: number;
  unit: AmountUnit;
  /** Share of the activity relevant to the profession, 0 < % ≤ 100 (default 100). */
  relevantPercent?: number;
  /**
   * A university or college course's semester credits (takesSemesterCredits: "Course or
   * training" only), in 0.25 steps, above 0 and at most SEMESTER_CREDITS_MAX. A credential
   * whose rule has `cpePerSemesterCredit` (ISACA: 15, domain-facts §4) counts that many hours
   * per credit instead of `amount`; every other credential counts `amount` (PMI counts contact
   * hours, §1 and §5.6). Absent: the activity counts its hours everywhere.
   */
  semesterCredits?: number;
  /** Education only: counted hours per area; must add up to the counted hours. */
  split?: AreaSplit | null;
  /**
   * Ways of Working hours that count for a credential, by credential id (§1: only where the
   * content covers the credential's subject). Absent: all of it for PMP and CAPM, none for
   * the others (rule.waysOfWorkingDefault).
   */
  waysOfWorkingFor?: Readonly<Record<string, number>>;
  /** Claim status for every credential not listed in `claims`. */
  status: ClaimStatus;
  claims?: Readonly<Record<string, ClaimStatus>>;
  /** Credential ids the user does not want this activity to count for. */
  excludedFrom?: readonly string[];
  /** The body's own category, by category scheme ('iiba', 'peoplecert', 'custom:<id>'). */
  categories?: Readonly<Record<string, string>>;
  /** Work as a practitioner: the time in the role, for pro-rating (§1: half a cycle, half). */
  practitionerPeriod?: { start: LocalDate; end: LocalDate } | null;
  claimCode?: string;
  notes?: string;
  /**
   * The learning-journal entry (issue 6) or study session (issue 7) this activity came from;
   * absent when logged by hand.
   */
  sourceId?: string;
}

/** Contact hours of the activity before the relevant share (1 CEU = 10 h, §1). */
export function activityQuarters(activity: Pick<Activity, 'amount' | 'unit'>): number {
  return toQuarters(activity.amount * (activity.unit === 'ceu' ? 10 : 1));
}

/**
 * Counted quarter hours: the relevant share of the hours (§1, A/B: 15 h at 50 % = 7.5),
 * rounded down to a quarter hour when the share does not fall on one (Ascent decision:
 * never claim more than was relevant).
 */
export function countedQuarters(activity: Pick<Activity, 'amount' | 'unit' | 'relevantPercent'>) {
  const percent = activity.relevantPercent ?? 100;
  return floorQuarters((activityQuarters(activity) * percent) / 400);
}

/**
 * Counted quarter hours of a course's semester credits at `perCredit` hours each (ISACA: 15,
 * domain-facts §4), with the relevant share applied and rounded down to a quarter hour as
 * countedQuarters does (3 credits at 50 %: 22.5). Whole credits and quarter credits both give
 * whole quarter hours at 15 an hour.
 */
export function semesterCreditQuarters(
  credits: number,
  perCredit: number,
  relevantPercent: number = 100,
): number {
  return floorQuarters((credits * perCredit * relevantPercent) / 100);
}

/** Counted hours (relevant share applied): what the area split must add up to. */
export function countedHours(activity: Pick<Activity, 'amount' | 'unit' | 'relevantPercent'>) {
  return toHours(countedQuarters(activity));
}

/** The claim status of the activity for one credential. */
export function claimStatusFor(activity: Activity, credentialId: string): ClaimStatus {
  return activity.claims?.[credentialId] ?? activity.status;
}
