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
import type { LocalDate } from '../../dates';
import { activityQuarters, countedQuarters, type Activity, type ClaimStatus } from './activity';
import { toHours, toQuarters } from './quarters';
import type { Contribution, Reason } from './types';

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
  type: ActivityType;
  /** Counted quarter hours (the relevant share applied). */
  counted: number;
  /** Quarter hours per area of the split; null without a split. */
  split: { waysOfWorking: number; powerSkills: number; businessAcumen: number } | null;
  givingBack: boolean;
  practitioner: boolean;
  rolePeriod: { start: LocalDate; end: LocalDate } | null;
  status: ClaimStatus;
  claims: Readonly<Record<string, ClaimStatus>> | null;
  excludedFrom: readonly string[] | null;
  categories: Readonly<Record<string, string>> | null;
  waysOfWorkingFor: Readonly<Record<string, number>> | null;
  /** The relevant-share note, or none. */
  notes: readonly Reason[];
}

export function factsOf(activity: Activity): ActivityFacts {
  const percent = activity.relevantPercent ?? 100;
  const split = activity.split;
  return {
    activity,
    id: activity.id,
    date: activity.date,
    type: activity.type,
    counted: countedQuarters(activity),
    split: split
      ? {
          waysOfWorking: toQuarters(split.waysOfWorking),
          powerSkills: toQuarters(split.powerSkills),
          businessAcumen: toQuarters(split.businessAcumen),
        }
      : null,
    givingBack: isGivingBack(activity.type),
    practitioner: activity.type === 'work-as-practitioner',
    rolePeriod: activity.practitionerPeriod ?? null,
    status: activity.status,
    claims: activity.claims ?? null,
    excludedFrom: activity.excludedFrom ?? null,
    categories: activity.categories ?? null,
    waysOfWorkingFor: activity.waysOfWorkingFor ?? null,
    notes:
      percent < 100
        ? [{ code: 'RELEVANT_SHARE', percent, hours: toHours(activityQuarters(activity)) }]
        : noNotes,
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

function pmiBase(rule: CredentialRule, f: ActivityFacts): BaseOutcome {
  const b = emptyBuckets();
  const { practitioner, notes } = f;
  if (f.givingBack) {
    b.givingBack = f.counted;
    return { ok: true, buckets: b, practitioner, category: null, notes };
  }
  const split = f.split;
  if (!split) return { ok: false, reason: { code: 'NO_AREA_SPLIT' } };
  const ways = split.waysOfWorking;
  b.waysOfWorking = waysOfWorkingFor(rule, f, ways);
  b.powerSkills = split.powerSkills;
  b.businessAcumen = split.businessAcumen;
  const left = ways - b.waysOfWorking;
  const reason: Reason = { code: 'WAYS_OF_WORKING_NOT_ALLOCATED', hours: toHours(left) };
  if (sumBuckets(b) === 0) return { ok: false, reason };
  return {
    ok: true,
    buckets: b,
    practitioner,
    category: null,
    notes: left > 0 ? [...notes, reason] : notes,
  };
}

/**
 * The activity's contribution to a credential before caps. PMI rules split it into areas
 * and giving back (§1, B); other bodies count the relevant hours whole in the body's unit
 * (§3, §4: 1 unit = 1 hour) and sort them into the body's category.
 */
export function baseOf(rule: CredentialRule, f: ActivityFacts): BaseOutcome {
  if (rule.categoryScheme === 'pmi') return pmiBase(rule, f);
  const b = emptyBuckets();
  b.general = f.counted;
  return {
    ok: true,
    buckets: b,
    practitioner: false,
    category: categoryOf(rule, f),
    notes: f.notes,
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
