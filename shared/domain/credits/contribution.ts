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
  type Area,
  type CredentialRule,
} from '../../catalog/credentials';
import { activityQuarters, countedQuarters, type Activity } from './activity';
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
  notes: Reason[];
}

export type BaseOutcome = { ok: true; base: Base } | { ok: false; reason: Reason };

/** The body's category for an activity: the user's tag, else Ascent's default mapping. */
export function categoryFor(rule: CredentialRule, activity: Activity): string | null {
  const tagged = activity.categories?.[rule.categoryScheme];
  if (tagged) return tagged;
  if (rule.categoryScheme === 'iiba') return iibaCategoryOf[activity.type];
  if (rule.categoryScheme === 'peoplecert') return peopleCertCategoryOf[activity.type];
  return null;
}

/** Ways of Working hours (quarters) that count for this credential. */
function waysOfWorkingFor(rule: CredentialRule, activity: Activity, available: number): number {
  const allocated = activity.waysOfWorkingFor?.[rule.id];
  if (allocated !== undefined) return Math.min(toQuarters(allocated), available);
  return rule.waysOfWorkingDefault === 'all' ? available : 0;
}

function pmiBase(
  rule: CredentialRule,
  activity: Activity,
  counted: number,
  notes: Reason[],
): BaseOutcome {
  const b = emptyBuckets();
  const practitioner = activity.type === 'work-as-practitioner';
  if (isGivingBack(activity.type)) {
    b.givingBack = counted;
    return { ok: true, base: { buckets: b, practitioner, category: null, notes } };
  }
  if (!activity.split) return { ok: false, reason: { code: 'NO_AREA_SPLIT' } };
  const ways = toQuarters(activity.split.waysOfWorking);
  b.waysOfWorking = waysOfWorkingFor(rule, activity, ways);
  b.powerSkills = toQuarters(activity.split.powerSkills);
  b.businessAcumen = toQuarters(activity.split.businessAcumen);
  const left = ways - b.waysOfWorking;
  const reason: Reason = { code: 'WAYS_OF_WORKING_NOT_ALLOCATED', hours: toHours(left) };
  if (sumBuckets(b) === 0) return { ok: false, reason };
  if (left > 0) notes.push(reason);
  return { ok: true, base: { buckets: b, practitioner, category: null, notes } };
}

/**
 * The activity's contribution to a credential before caps. PMI rules split it into areas
 * and giving back (§1, B); other bodies count the relevant hours whole in the body's unit
 * (§3, §4: 1 unit = 1 hour) and sort them into the body's category.
 */
export function baseContribution(rule: CredentialRule, activity: Activity): BaseOutcome {
  const counted = countedQuarters(activity);
  const notes: Reason[] = [];
  const percent = activity.relevantPercent ?? 100;
  if (percent < 100) {
    notes.push({ code: 'RELEVANT_SHARE', percent, hours: toHours(activityQuarters(activity)) });
  }
  if (rule.categoryScheme === 'pmi') return pmiBase(rule, activity, counted, notes);
  const b = emptyBuckets();
  b.general = counted;
  const base = { buckets: b, practitioner: false, category: categoryFor(rule, activity), notes };
  return { ok: true, base };
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
