/**
 * Interprets one exam condition against the user's records (domain-facts §2). Each result
 * carries have vs need and the catalogue record of the number.
 */
import type { CredentialStanding, ExamCondition } from '../../catalog/exams/types';
import type { LocalDate } from '../../dates';
import type { HeldWithRule } from '../credentials/held';
import { cyclesFor } from '../credentials/cycles';
import { credentialStatus, cycleOn, regainOf } from '../credentials/status';
import { experienceOutlook } from '../experience/outlook';
import { countExperience } from '../experience/unique-months';
import { contactHoursOn, meetsLevel } from './education';
import type { ConditionResult, ConditionStatus, EligibilityInput, HeldEvidence } from './types';

const st = (met: boolean): ConditionStatus => (met ? 'met' : 'unmet');

type Of<K extends ExamCondition['kind']> = Extract<ExamCondition, { kind: K }>;

function education(c: Of<'education'>, input: EligibilityInput): ConditionResult {
  const have = input.education.highest;
  const need = c.minLevel.value;
  const gac = c.gacAccredited
    ? { have: input.education.gacAccredited, need: true as const }
    : undefined;
  const base = {
    kind: 'education',
    code: 'EDUCATION_LEVEL',
    have,
    need,
    source: c.minLevel,
  } as const;
  const extra = gac ? { gacAccredited: gac } : {};
  if (have === null) {
    return { ...base, ...extra, status: 'unknown', met: false, missing: 'EDUCATION_LEVEL' };
  }
  const met = meetsLevel(have, need) && (!gac || gac.have);
  return { ...base, ...extra, status: st(met), met };
}

function experience(c: Of<'experience'>, input: EligibilityInput): ConditionResult {
  const need = c.months.value;
  const window = c.windowMonths?.value ?? null;
  const roles = input.roles ?? [];
  const count = countExperience(roles, c.roleTypes, input.asOf, window);
  const outlook = experienceOutlook(roles, c.roleTypes, input.asOf, need, window);
  const result = {
    kind: 'experience',
    code: 'EXPERIENCE_MONTHS',
    experience: c.experience,
    roleTypes: c.roleTypes,
    have: count.months,
    need,
    windowMonths: window,
    windowFrom: count.windowFrom,
    windowTo: count.windowTo,
    periods: count.periods,
    roleIds: count.roleIds,
    metOn: outlook.met ? null : outlook.metOn,
    source: c.months,
    windowSource: c.windowMonths,
  } as const;
  const blocked = !outlook.met && outlook.metOn === null ? { blockedBy: outlook.blockedBy } : {};
  if (input.roles === null) {
    return { ...result, status: 'unknown', met: false, missing: 'EXPERIENCE_LOG' };
  }
  return { ...result, ...blocked, status: st(outlook.met), met: outlook.met };
}

function training(c: Of<'training'>, input: EligibilityInput): ConditionResult {
  const need = c.hours.value;
  const base = {
    kind: 'training',
    code: 'TRAINING_HOURS',
    topic: c.topic,
    need,
    source: c.hours,
  } as const;
  if (input.contactHours === null) {
    return { ...base, have: 0, status: 'unknown', met: false, missing: 'CONTACT_HOURS' };
  }
  const have = contactHoursOn(input.contactHours, c.topic, input.asOf);
  return { ...base, have, status: st(have >= need), met: have >= need };
}

/**
 * What the user holds of one earned credential on `asOf` (domain-facts §1 "Cycle dates and
 * status", §3): its live status and, out of good standing, since when — suspended from the
 * day after the cycle's end, with the suspension's last day as the renew-by date; expired or
 * not current from the day the last cycle lapsed.
 */
export function holdingEvidence(
  h: HeldWithRule,
  input: Pick<EligibilityInput, 'held' | 'asOf'>,
): HeldEvidence {
  const kept = evidenceKept.get(h);
  if (kept && kept.asOf === input.asOf && kept.held === input.held) return kept.evidence;
  const evidence = Object.freeze(evidenceOf(h, input));
  evidenceKept.set(h, { asOf: input.asOf, held: input.held, evidence });
  return evidence;
}

/**
 * The last evidence worked out for a held credential, with the day and list it was for:
 * every exam condition naming the credential asks again (issue 9). Held credentials and their
 * lists are values (a read hands over new ones), so the same objects give the same answer.
 */
const evidenceKept = new WeakMap<
  HeldWithRule,
  { asOf: LocalDate; held: EligibilityInput['held']; evidence: HeldEvidence }
>();

function evidenceOf(
  { credential, rule }: HeldWithRule,
  input: Pick<EligibilityInput, 'held' | 'asOf'>,
): HeldEvidence {
  const context = { alsoHeld: input.held };
  const status = credentialStatus(credential, rule, input.asOf, context);
  const evidence: HeldEvidence = {
    credentialId: credential.credentialId,
    heldId: credential.id,
    status,
    // How an expired credential is held again, whether or not its cycle is found below.
    ...(status === 'expired' ? { regain: regainOf(rule) } : {}),
  };
  if (status !== 'suspended' && status !== 'expired' && status !== 'not-current') return evidence;
  const cycle = cycleOn(cyclesFor(credential, rule, input.asOf, context), input.asOf);
  if (!cycle) return evidence;
  if (status === 'suspended' && cycle.suspension) {
    return { ...evidence, since: cycle.suspension.start, renewBy: cycle.suspension.end };
  }
  return { ...evidence, since: cycle.lapsesOn };
}

const earnedBy = (h: HeldWithRule, asOf: LocalDate) =>
  h.credential.stage === 'earned' && (!h.credential.earnedDate || h.credential.earnedDate <= asOf);

/**
 * The first credential of `ids` the user holds with the standing asked for: 'good' = live
 * status 'active' on `asOf`; 'earned' = earned on or before `asOf`, whatever its status
 * now. External qualifications count when the user declares them.
 */
export function findHolding(
  ids: readonly string[],
  standing: CredentialStanding,
  input: Pick<EligibilityInput, 'held' | 'asOf' | 'otherQualifications'>,
): HeldEvidence | null {
  for (const id of ids) {
    if (input.otherQualifications?.includes(id)) return { credentialId: id, status: 'declared' };
    for (const h of input.held) {
      if (h.credential.credentialId !== id || h.credential.stage !== 'earned') continue;
      const evidence = holdingEvidence(h, input);
      const ok = standing === 'good' ? evidence.status === 'active' : earnedBy(h, input.asOf);
      if (ok) return evidence;
    }
  }
  return null;
}

const standingRank: Partial<Record<HeldEvidence['status'], number>> = {
  suspended: 0,
  'not-current': 1,
  expired: 2,
};

/**
 * A credential of `ids` the user earned but that is out of good standing on `asOf`
 * (suspended, not current, expired; domain-facts §1, §3): why a 'good' standing condition
 * is unmet although the credential was earned. The one nearest to good standing first (a
 * suspended one can still be renewed); null when none.
 */
export function findOutOfStanding(
  ids: readonly string[],
  input: Pick<EligibilityInput, 'held' | 'asOf'>,
): HeldEvidence | null {
  let found: HeldEvidence | null = null;
  for (const id of ids) {
    for (const h of input.held) {
      if (h.credential.credentialId !== id || !earnedBy(h, input.asOf)) continue;
      const e = holdingEvidence(h, input);
      const rank = standingRank[e.status];
      if (rank === undefined) continue;
      if (!found || rank < standingRank[found.status]!) found = e;
    }
  }
  return found;
}

function credential(c: Of<'credential'>, input: EligibilityInput): ConditionResult {
  const have = findHolding(c.anyOf.value, c.standing, input);
  const lost =
    have === null && c.standing === 'good' ? findOutOfStanding(c.anyOf.value, input) : null;
  return {
    kind: 'credential',
    code: 'CREDENTIAL_HELD',
    anyOf: c.anyOf.value,
    standing: c.standing,
    have,
    ...(lost ? { outOfStanding: lost } : {}),
    source: c.anyOf,
    status: st(have !== null),
    met: have !== null,
  };
}

function anyOf(c: Of<'any-of'>, input: EligibilityInput): ConditionResult {
  const options = c.options.map((o) => evaluateCondition(o, input));
  const i = options.findIndex((o) => o.met);
  const status: ConditionStatus =
    i >= 0 ? 'met' : options.some((o) => o.status === 'unknown') ? 'unknown' : 'unmet';
  return {
    kind: 'any-of',
    code: 'ANY_OF',
    satisfiedBy: i >= 0 ? i : null,
    options,
    status,
    met: i >= 0,
  };
}

/** One condition of an exam path (domain-facts §2), judged on `input.asOf`. */
export function evaluateCondition(c: ExamCondition, input: EligibilityInput): ConditionResult {
  switch (c.kind) {
    case 'education':
      return education(c, input);
    case 'experience':
      return experience(c, input);
    case 'training':
      return training(c, input);
    case 'credential':
      return credential(c, input);
    case 'any-of':
      return anyOf(c, input);
  }
}

/** Share of a condition done, 0…1: have ÷ need capped at 1; yes/no conditions 0 or 1. */
export function conditionProgress(r: ConditionResult): number {
  if (r.met) return 1;
  if (r.kind === 'experience' || r.kind === 'training') {
    return r.need <= 0 ? 1 : Math.min(1, r.have / r.need);
  }
  if (r.kind === 'any-of') return Math.max(0, ...r.options.map(conditionProgress));
  return 0;
}

/** The date a condition is (or will be) met: `asOf` when met, a projected date, or null. */
export function conditionDate(r: ConditionResult, asOf: LocalDate): LocalDate | null {
  if (r.met) return asOf;
  if (r.kind === 'experience') return r.metOn;
  if (r.kind === 'any-of') {
    const dates = r.options.map((o) => conditionDate(o, asOf)).filter((d) => d !== null);
    return dates.sort()[0] ?? null;
  }
  return null;
}

/**
 * Whether an exam still matters to someone who holds its credential: only when the credential
 * has expired, since an expired certification is earned again by passing the exam (PMI,
 * domain-facts §1: after the suspension year the credential expires and the exam must be
 * retaken). A held one in any other standing is renewed, not re-examined; an expired one of a
 * body whose texts do not say so (regain 'ask-body') is not walked through the exam either.
 */
export const mustRetake = (h: HeldEvidence | undefined): boolean =>
  h?.status === 'expired' && h.regain !== 'ask-body';
