/**
 * What one activity brings to one credential before the cycle's caps (domain-facts §1:
 * Power Skills, Business Acumen and Giving Back apply to every PMI credential; Ways of
 * Working only where the content covers the credential's subject, all of it for PMP).
 * Internally in quarter hours.
 */
import {
  iibaCategoryOf,
  isGivingBack,
  peopleCertCategoryOf,
  type ActivityType,
  type Area,
  type CredentialRule,
} from '../../catalog/credentials';
import { dayKey, type LocalDate } from '../../dates';
import {
  activityQuarters,
  countedQuarters,
  semesterCreditQuarters,
  type Activity,
  type ClaimStatus,
} from './activity';
import { toHours, toQuarters } from './quarters';
import { readActivity, type ActivityRead } from './read-activity';
import { perCreditFor, semesterCreditCount, semesterCreditNotes } from './semester-credits';
import type { Contribution, Reason, SemesterCreditCount } from './types';

export type Bucket = Area | 'givingBack' | 'general';
export const buckets: readonly Bucket[] = [
  'waysOfWorking',
  'powerSkills',
  'businessAcumen',
  'givingBack',
  'general',
];
export type Buckets = Record<Bucket, number>;

export const emptyBuckets = (): Buckets => ({
  waysOfWorking: 0,
  powerSkills: 0,
  businessAcumen: 0,
  givingBack: 0,
  general: 0,
});

/** All quarter hours of a contribution (written out: it runs for every entry of a long log). */
export const sumBuckets = (b: Buckets) =>
  b.waysOfWorking + b.powerSkills + b.businessAcumen + b.givingBack + b.general;

export interface Base {
  buckets: Buckets;
  practitioner: boolean;
  category: string | null;
  /** Shared and never changed: entries copy them before adding reasons. */
  notes: readonly Reason[];
  /** Set when the hours come from the activity's semester credits (ISACA, §4). */
  semesterCredits?: SemesterCreditCount | undefined;
}

/** The base itself when it counts (one object per activity and credential on a long log). */
export type BaseOutcome = (Base & { ok: true }) | { ok: false; reason: Reason };

const noNotes: readonly Reason[] = Object.freeze([]);

/**
 * What placing an activity reads of it, worked out once per activity and read for every
 * credential (issue 9: a long log is placed for 25 credentials; a prepared log keeps these).
 * Every value has the same shape, so reading them stays fast whatever fields each activity
 * was saved with.
 */
export interface ActivityFacts {
  activity: Activity;
  id: string;
  date: LocalDate;
  /** dayKey(date): the date as a number, for the comparisons placing makes per credential. */
  day: number;
  type: ActivityType;
  /** Counted quarter hours (the relevant share applied). */
  counted: number;
  /** Whether the activity has an area split; its quarter hours per area below (0 without). */
  hasSplit: boolean;
  splitWays: number;
  splitPower: number;
  splitBusiness: number;
  givingBack: boolean;
  practitioner: boolean;
  rolePeriod: { start: LocalDate; end: LocalDate } | null;
  status: ClaimStatus;
  claims: Readonly<Record<string, ClaimStatus>> | null;
  excludedFrom: readonly string[] | null;
  categories: Readonly<Record<string, string>> | null;
  waysOfWorkingFor: Readonly<Record<string, number>> | null;
  /** Semester credits of a university course (0: none), counted by rules that count them. */
  semesterCredits: number;
  /** The relevant share in percent (100 when the whole activity is relevant). */
  percent: number;
  /** The relevant-share note, or none. */
  notes: readonly Reason[];
}

/** The facts of `activity`; `r` is the activity read already (read-activity.ts), if it was. */
export function factsOf(
  activity: Activity,
  r: ActivityRead = readActivity(activity),
): ActivityFacts {
  const { id, date, type, amount, unit, relevantPercent, split } = r;
  const percent = relevantPercent ?? 100;
  const quarters = activityQuarters({ amount, unit });
  return {
    activity,
    id,
    date,
    day: dayKey(date),
    type,
    counted: countedQuarters({ amount, unit, relevantPercent }),
    hasSplit: !!split,
    splitWays: split ? toQuarters(split.waysOfWorking) : 0,
    splitPower: split ? toQuarters(split.powerSkills) : 0,
    splitBusiness: split ? toQuarters(split.businessAcumen) : 0,
    givingBack: isGivingBack(type),
    practitioner: type === 'work-as-practitioner',
    rolePeriod: r.practitionerPeriod ?? null,
    status: r.status,
    claims: r.claims,
    excludedFrom: r.excludedFrom,
    categories: r.categories,
    waysOfWorkingFor: r.waysOfWorkingFor,
    // Only a valid activity is ever placed, and its credits are then a positive number.
    semesterCredits: typeof r.semesterCredits === 'number' ? r.semesterCredits : 0,
    percent,
    notes:
      percent < 100 ? [{ code: 'RELEVANT_SHARE', percent, hours: toHours(quarters) }] : noNotes,
  };
}

/** The claim status of the activity for one credential (claimStatusFor over its facts). */
export const claimStatusOf = (f: ActivityFacts, credentialId: string): ClaimStatus =>
  f.claims?.[credentialId] ?? f.status;

/** The body's category for an activity: the user's tag, else Ascent's default mapping. */
function categoryOf(rule: CredentialRule, f: ActivityFacts): string | null {
  const tagged = f.categories?.[rule.categoryScheme];
  if (tagged) return tagged;
  if (rule.categoryScheme === 'iiba') return iibaCategoryOf[f.type];
  if (rule.categoryScheme === 'peoplecert') return peopleCertCategoryOf[f.type];
  return null;
}

/** Ways of Working hours (quarters) that count for this credential. */
function waysOfWorkingFor(rule: CredentialRule, f: ActivityFacts, available: number): number {
  const allocated = f.waysOfWorkingFor?.[rule.id];
  if (allocated !== undefined) return Math.min(toQuarters(allocated), available);
  return rule.waysOfWorkingDefault === 'all' ? available : 0;
}

/** Why an activity brings nothing to a credential (see baseOf), or null when it brings hours. */
export type BaseRefusal = 'NO_AREA_SPLIT' | 'WAYS_OF_WORKING_NOT_ALLOCATED' | null;

/**
 * baseOf's hours written to `out` from `at`, in `buckets` order, without making an object
 * (issue 9: a long log is placed for every credential). PMI rules split the hours into areas
 * and giving back (§1, B); other bodies count the relevant hours whole (§3, §4).
 */
export function baseInto(
  rule: CredentialRule,
  f: ActivityFacts,
  out: Float64Array,
  at: number,
): BaseRefusal {
  out[at] = 0;
  out[at + 1] = 0;
  out[at + 2] = 0;
  out[at + 3] = 0;
  out[at + 4] = 0;
  if (rule.categoryScheme !== 'pmi') {
    // A course's semester credits, where the rule counts them (ISACA: 15 each, §4).
    const perCredit = f.semesterCredits === 0 ? 0 : perCreditFor(rule, f);
    out[at + 4] =
      perCredit === 0 ? f.counted : semesterCreditQuarters(f.semesterCredits, perCredit, f.percent);
    return null;
  }
  if (f.givingBack) {
    out[at + 3] = f.counted;
    return null;
  }
  if (!f.hasSplit) return 'NO_AREA_SPLIT';
  out[at] = waysOfWorkingFor(rule, f, f.splitWays);
  out[at + 1] = f.splitPower;
  out[at + 2] = f.splitBusiness;
  return out[at]! + out[at + 1]! + out[at + 2]! === 0 ? 'WAYS_OF_WORKING_NOT_ALLOCATED' : null;
}

/** The practitioner flag and category an entry of this credential carries (see baseOf). */
export const practitionerFor = (rule: CredentialRule, f: ActivityFacts) =>
  rule.categoryScheme === 'pmi' && f.practitioner;
export const categoryFor = (rule: CredentialRule, f: ActivityFacts) =>
  rule.categoryScheme === 'pmi' ? null : categoryOf(rule, f);

const scratch = new Float64Array(5);

/**
 * The activity's contribution to a credential before caps (baseInto), with what explains it:
 * Ways of Working hours the activity's allocation leaves out of this credential are noted.
 */
export function baseOf(rule: CredentialRule, f: ActivityFacts): BaseOutcome {
  const refusal = baseInto(rule, f, scratch, 0);
  if (refusal === 'NO_AREA_SPLIT') return { ok: false, reason: { code: 'NO_AREA_SPLIT' } };
  const split = rule.categoryScheme === 'pmi' && !f.givingBack && f.hasSplit;
  const left = split ? f.splitWays - scratch[0]! : 0;
  const reason: Reason = { code: 'WAYS_OF_WORKING_NOT_ALLOCATED', hours: toHours(left) };
  if (refusal) return { ok: false, reason };
  const credits = semesterCreditCount(rule, f);
  return {
    ok: true,
    buckets: {
      waysOfWorking: scratch[0]!,
      powerSkills: scratch[1]!,
      businessAcumen: scratch[2]!,
      givingBack: scratch[3]!,
      general: scratch[4]!,
    },
    practitioner: practitionerFor(rule, f),
    category: categoryFor(rule, f),
    notes: credits ? semesterCreditNotes(f, credits) : left > 0 ? [...f.notes, reason] : f.notes,
    semesterCredits: credits,
  };
}

/** baseOf for one activity. */
export function baseContribution(rule: CredentialRule, activity: Activity): BaseOutcome {
  return baseOf(rule, factsOf(activity));
}

/** Quarter-hour buckets → public contribution in hours. */
export function toContribution(
  b: Buckets,
  practitioner: boolean,
  category: string | null,
): Contribution {
  const byArea = {
    waysOfWorking: toHours(b.waysOfWorking),
    powerSkills: toHours(b.powerSkills),
    businessAcumen: toHours(b.businessAcumen),
  };
  return {
    total: toHours(sumBuckets(b)),
    byArea,
    education: toHours(b.waysOfWorking + b.powerSkills + b.businessAcumen),
    givingBack: toHours(b.givingBack),
    general: toHours(b.general),
    practitioner,
    category,
  };
}
