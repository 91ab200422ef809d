/**
 * Judges one rung requirement against the user's records (issue 5 part 7; requirement
 * kinds from PRODUCT.md, "The career ladder"). The same function gives goals their
 * progress when a goal links to a requirement.
 */
import type { Requirement, RequirementOf } from '../../catalog/ladder-requirements/types';
import { findCredentialRule } from '../../catalog/credentials/catalog';
import { contactHoursOn, educationRank, meetsLevel } from '../eligibility/education';
import { findHolding, findOutOfStanding } from '../eligibility/conditions';
import type { HeldEvidence } from '../eligibility/types';
import { distinctIndustries, largestTeam } from '../experience/breadth';
import { experienceOutlook } from '../experience/outlook';
import { countExperience } from '../experience/unique-months';
import { latestAssessment } from '../skills/assessment';
import { leadershipTrainingHours, learningHours } from './learning-records';
import { hoursShownByHeld } from './hours-shown';
import { currentOn, recentConferences } from './records';
import type { Evidence, ReadinessInput, RequirementCode, RequirementResult } from './types';

type Judged = Pick<RequirementResult, 'code' | 'have' | 'need' | 'evidence'> &
  Partial<Pick<RequirementResult, 'missing' | 'met' | 'progress'>>;

function numbers(code: RequirementCode, have: number, need: number, evidence: Evidence): Judged {
  return { code, have, need, evidence };
}

/**
 * Credentials listed that no longer exist: neither in the catalogue, nor defined by the user,
 * nor declared as held outside it. Only said when the user's own credentials are known.
 */
export function goneCredentials(
  anyOf: readonly string[],
  input: Pick<ReadinessInput, 'ownCredentialIds' | 'otherQualifications'>,
): string[] {
  const own = input.ownCredentialIds;
  if (!own) return [];
  return anyOf.filter(
    (id) =>
      !findCredentialRule(id) && !own.includes(id) && !input.otherQualifications?.includes(id),
  );
}

/**
 * Credentials held among those listed (PRODUCT.md: "credentials held"), catalogue and the
 * user's own alike: a held record counts by its credential id, in good standing ('good': its
 * status is active) or ever earned ('earned'), as exam prerequisites are judged (findHolding).
 * A suspended credential cannot be used (domain-facts §1), so it does not count for 'good';
 * it is named in the evidence with its dates, as is an expired or not-current one, so the
 * reason can be said. A listed credential that was deleted can never be held and is named too.
 */
function credential(q: RequirementOf<'credential'>, input: ReadinessInput): Judged {
  const gone = goneCredentials(q.anyOf, input);
  const held: HeldEvidence[] = [];
  const outOfStanding: HeldEvidence[] = [];
  for (const id of q.anyOf) {
    if (gone.includes(id)) continue;
    const found = findHolding([id], q.standing, input);
    if (found) held.push(found);
    const lost = !found && q.standing === 'good' ? findOutOfStanding([id], input) : null;
    if (lost) outOfStanding.push(lost);
  }
  return numbers('CREDENTIAL_HELD', Math.min(held.length, q.count), q.count, {
    kind: 'credential',
    held,
    ...(gone.length > 0 ? { gone } : {}),
    ...(outOfStanding.length > 0 ? { outOfStanding } : {}),
  });
}

function education(q: RequirementOf<'education-level'>, input: ReadinessInput): Judged {
  const level = input.education.highest;
  const judged = numbers(
    'EDUCATION_LEVEL',
    level === null ? 0 : educationRank(level) + 1,
    educationRank(q.minLevel) + 1,
    {
      kind: 'education-level',
      level,
    },
  );
  if (level === null) return { ...judged, missing: 'EDUCATION_LEVEL' };
  const met = meetsLevel(level, q.minLevel);
  return { ...judged, met, progress: met ? 1 : 0 };
}

/**
 * PM education hours: the contact hours entered, or the hours an earned credential shows
 * (hoursShownByHeld, domain-facts §2: a PMP holder met PMP's 35 hours to sit the exam), the
 * more of the two. Shown by a credential, nothing needs entering to count it.
 */
function hours(q: RequirementOf<'pm-education-hours'>, input: ReadinessInput): Judged {
  const contact = input.contactHours;
  const entered = contact === null ? 0 : contactHoursOn(contact, q.topic, input.asOf);
  const shown = hoursShownByHeld(input, q.topic);
  const byCredential = shown !== null && shown.hours > entered;
  const have = byCredential ? shown.hours : entered;
  const evidence: Evidence = byCredential
    ? { kind: 'pm-education-hours', shownBy: shown.credentialId }
    : { kind: 'pm-education-hours' };
  const judged = numbers('TRAINING_HOURS', have, q.hours, evidence);
  return contact === null && have < q.hours ? { ...judged, missing: 'CONTACT_HOURS' } : judged;
}

function experience(q: RequirementOf<'experience'>, input: ReadinessInput): Judged {
  const roles = input.roles ?? [];
  const count = countExperience(roles, q.roleTypes, input.asOf, q.windowMonths);
  const outlook = experienceOutlook(roles, q.roleTypes, input.asOf, q.months, q.windowMonths);
  const evidence: Evidence = {
    kind: 'experience',
    periods: count.periods,
    roleIds: count.roleIds,
    metOn: outlook.met ? null : outlook.metOn,
    ...(!outlook.met && outlook.metOn === null ? { blockedBy: outlook.blockedBy } : {}),
  };
  const judged = numbers('EXPERIENCE_MONTHS', count.months, q.months, evidence);
  return input.roles === null ? { ...judged, missing: 'EXPERIENCE_LOG' } : judged;
}

function breadth(q: RequirementOf<'industries' | 'team-size'>, input: ReadinessInput): Judged {
  const roles = input.roles ?? [];
  const missing = input.roles === null ? { missing: 'EXPERIENCE_LOG' as const } : {};
  if (q.kind === 'industries') {
    const industries = distinctIndustries(roles, q.roleTypes, input.asOf);
    return {
      ...numbers('INDUSTRIES', industries.length, q.count, { kind: 'industries', industries }),
      ...missing,
    };
  }
  const team = largestTeam(roles, q.roleTypes, input.asOf);
  const evidence: Evidence = { kind: 'team-size', roleId: team?.roleId ?? null };
  return { ...numbers('TEAM_SIZE', team?.size ?? 0, q.size, evidence), ...missing };
}

function network(
  q: RequirementOf<'conferences' | 'memberships' | 'mentors'>,
  input: ReadinessInput,
) {
  const { asOf, network: n } = input;
  if (q.kind === 'conferences') {
    const { ids, from } = recentConferences(n.conferences, asOf);
    return numbers('CONFERENCES', ids.length, q.perYear, { kind: 'conferences', ids, from });
  }
  if (q.kind === 'memberships') {
    const ids = currentOn(n.memberships, asOf);
    return numbers('MEMBERSHIPS', ids.length, q.count, { kind: 'memberships', ids });
  }
  const ids = currentOn(n.mentors, asOf);
  return numbers('MENTORS', ids.length, q.count, { kind: 'mentors', ids });
}

function growth(
  q: RequirementOf<'skill' | 'continuous-learning' | 'leadership-training'>,
  input: ReadinessInput,
): Judged {
  if (q.kind === 'skill') {
    const a = latestAssessment(input.assessments, q.skill, input.asOf);
    const evidence: Evidence = { kind: 'skill', assessedOn: a?.date ?? null };
    return numbers('SKILL_LEVEL', a?.level ?? 0, q.level, evidence);
  }
  if (q.kind === 'continuous-learning') {
    const l = learningHours(input.activities, q.area, input.asOf);
    const evidence: Evidence = {
      kind: 'continuous-learning',
      area: q.area,
      activityIds: l.activityIds,
      from: l.from,
    };
    return numbers('LEARNING_CREDITS', l.hours, q.hours, evidence);
  }
  const l = leadershipTrainingHours(input.activities, input.asOf, input.leadershipBefore);
  const evidence: Evidence = { kind: 'leadership-training', activityIds: l.activityIds };
  return numbers('LEADERSHIP_TRAINING', l.hours, q.hours, evidence);
}

function judge(q: Requirement, input: ReadinessInput): Judged {
  switch (q.kind) {
    case 'credential':
      return credential(q, input);
    case 'education-level':
      return education(q, input);
    case 'pm-education-hours':
      return hours(q, input);
    case 'experience':
      return experience(q, input);
    case 'industries':
    case 'team-size':
      return breadth(q, input);
    case 'skill':
    case 'continuous-learning':
    case 'leadership-training':
      return growth(q, input);
    case 'conferences':
    case 'memberships':
    case 'mentors':
      return network(q, input);
    case 'custom':
      return numbers('CUSTOM', q.done ? 1 : 0, 1, { kind: 'custom' });
  }
}

/**
 * One requirement, met or not, with have vs need, the gap and the evidence (issue 5 part
 * 7). Unknown when the records it needs were never entered (education level, contact
 * hours, work history); unknown counts as no progress.
 */
export function evaluateRequirement(q: Requirement, input: ReadinessInput): RequirementResult {
  const j = judge(q, input);
  const met = j.missing ? false : (j.met ?? j.have >= j.need);
  const progress = j.missing ? 0 : (j.progress ?? (j.need <= 0 ? 1 : Math.min(1, j.have / j.need)));
  return {
    requirement: q,
    kind: q.kind,
    code: j.code,
    status: j.missing ? 'unknown' : met ? 'met' : 'unmet',
    met,
    have: j.have,
    need: j.need,
    gap: Math.max(0, j.need - j.have),
    progress: met ? 1 : progress,
    evidence: j.evidence,
    ...(j.missing ? { missing: j.missing } : {}),
  };
}
