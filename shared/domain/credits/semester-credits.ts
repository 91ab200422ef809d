/**
 * A university course's semester credits on an activity (domain-facts §4: ISACA counts 15 CPE
 * hours per semester credit): how many one activity may carry, their check, and what they
 * come to for a rule that counts them.
 */
import {
  isActivityType,
  takesSemesterCredits,
  type CredentialRule,
} from '../../catalog/credentials';
import { semesterCreditQuarters, type Activity } from './activity';
import type { ActivityFacts } from './contribution';
import { isQuarterStep, toHours } from './quarters';
import type { Reason, SemesterCreditCount } from './types';
import type { ActivityError } from './validate-activity';

/**
 * The most semester credits one activity may carry (Ascent decision): a university course is
 * worth 1 to 6 credits and a full-time year about 30, so more is a typo (30 credits are 450
 * CPE hours at ISACA's 15, domain-facts §4).
 */
export const SEMESTER_CREDITS_MAX = 30;

/**
 * Semester credits (domain-facts §4: ISACA counts 15 CPE hours per semester credit): only on
 * a type that takes them (a university course), above 0, at most SEMESTER_CREDITS_MAX, in
 * 0.25 steps (Ascent decision: half credits are common and a quarter credit at 15 an hour is
 * 3.75 h, still a whole number of quarter hours, so sums stay exact).
 */
export function checkSemesterCredits(a: Activity, errors: ActivityError[]) {
  const credits: unknown = a.semesterCredits;
  if (credits === undefined) return;
  const field = 'semesterCredits';
  // An unknown type is reported on its own field; the credits are judged once it is known.
  if (!isActivityType(a.type)) return;
  if (!takesSemesterCredits(a.type)) errors.push({ field, code: 'NOT_APPLICABLE' });
  else if (typeof credits !== 'number' || !Number.isFinite(credits))
    errors.push({ field, code: 'NOT_A_NUMBER' });
  else if (credits <= 0) errors.push({ field, code: 'NOT_POSITIVE' });
  else if (!isQuarterStep(credits)) errors.push({ field, code: 'CREDITS_NOT_QUARTER' });
  else if (credits > SEMESTER_CREDITS_MAX)
    errors.push({ field, code: 'TOO_LARGE', expected: SEMESTER_CREDITS_MAX, actual: credits });
}

/**
 * The rule's hours per semester credit when it counts this activity by its semester credits
 * (a course logged with them, for a rule with cpePerSemesterCredit: ISACA, §4), else 0.
 * Rules with Talent Triangle areas (PMI) always count hours: the split adds up to them.
 */
export function perCreditFor(rule: CredentialRule, f: ActivityFacts): number {
  if (f.semesterCredits === 0 || rule.categoryScheme === 'pmi') return 0;
  return rule.cpePerSemesterCredit?.value ?? 0;
}

/** What the activity's semester credits come to for this rule (perCreditFor), or undefined. */
export function semesterCreditCount(
  rule: CredentialRule,
  f: ActivityFacts,
): SemesterCreditCount | undefined {
  const perCredit = perCreditFor(rule, f);
  if (perCredit === 0) return undefined;
  const hours = toHours(semesterCreditQuarters(f.semesterCredits, perCredit));
  return { credits: f.semesterCredits, perCredit, hours };
}

/** The relevant-share note of an activity counted by its credits: a share of the credits' hours. */
export function semesterCreditNotes(
  f: ActivityFacts,
  credits: SemesterCreditCount,
): readonly Reason[] {
  // A whole activity has no note (factsOf's shared empty list).
  return f.percent < 100
    ? [{ code: 'RELEVANT_SHARE', percent: f.percent, hours: credits.hours }]
    : f.notes;
}
