/**
 * Words of the printed report about exam eligibility and next actions. The report may be handed
 * to a manager or an appraisal panel, so it states facts about the person's record (in the third
 * person, or with no person at all) and never tells its owner what to enter where: "Eligibility
 * for PgMP and PfMP cannot be judged yet: work history is not recorded in Ascent." The app's
 * screens keep their own words (ladder/eligibility-messages.ts, ladder/messages.ts), which do.
 */
import type {
  ConditionResult,
  ExamEligibility,
  HeldEvidence,
  MissingInfo,
} from '../../../../shared/domain/eligibility';
import { mustRetake } from '../../../../shared/domain/eligibility';
import type { NextAction } from '../../../../shared/domain/readiness';
import type { MissingGroup } from '../../../../shared/domain/report';
import { formatDate, listText } from '../../components/format';
import {
  credentialShortName,
  DELETED_CREDENTIAL,
  type OwnCredential,
} from '../ladder/credential-names';
import { conditionText, credentialName, verdictLabels } from '../ladder/eligibility-messages';
import { examAcronym } from '../ladder/exam-name';
import { skillName } from '../ladder/messages';

/** What is not recorded, as a fact: "work history", "PM education contact hours". */
export const missingFacts: Record<MissingInfo, string> = {
  EDUCATION_LEVEL: 'education',
  CONTACT_HOURS: 'PM education contact hours',
  EXPERIENCE_LOG: 'work history',
};

/** "work history is not recorded"; "education and work history are not recorded". */
function notRecorded(missing: readonly MissingInfo[]): string {
  const facts = [
    ...new Set(missing.length > 0 ? missing : (['EXPERIENCE_LOG', 'EDUCATION_LEVEL'] as const)),
  ];
  // "contact hours" is plural on its own: "PM education contact hours are not recorded".
  const verb = facts.length === 1 && facts[0] !== 'CONTACT_HOURS' ? 'is' : 'are';
  return `${listText(facts.map((m) => missingFacts[m]))} ${verb} not recorded`;
}

/**
 * Exams that wait for the same information, in one sentence: "Eligibility for CAPM and PMI-ACP
 * cannot be judged yet: work history is not recorded in Ascent."
 */
export function notJudgedSentence(
  missing: readonly MissingInfo[],
  acronyms: readonly string[],
): string {
  return `Eligibility for ${listText(acronyms)} cannot be judged yet: ${notRecorded(missing)} in Ascent.`;
}

/**
 * The exams waiting for records, grouped by what each lacks (eligibilityLayout): one sentence
 * when they all lack the same, else one line per group, so CAPM, which needs no work history
 * (domain-facts §2), is not said to wait for it: "Eligibility cannot be judged yet for these
 * exams, as some records are not in Ascent. CAPM: PM education contact hours are not
 * recorded. PgMP and PfMP: work history is not recorded."
 */
export function notJudgedGroupsSentence(groups: readonly MissingGroup[]): string {
  const names = (g: MissingGroup) => g.examIds.map(examAcronym);
  if (groups.length === 1) return notJudgedSentence(groups[0]!.facts, names(groups[0]!));
  const lines = groups.map((g) => `${listText(names(g))}: ${notRecorded(g.facts)}.`);
  return [
    'Eligibility cannot be judged yet for these exams, as some records are not in Ascent.',
    ...lines,
  ].join(' ');
}

/** A held credential's standing when it is not good: "suspended since 5 Dec 2026; renewal due by 4 Dec 2027". */
function standing(h: HeldEvidence): string | null {
  const since = h.since ? ` since ${formatDate(h.since)}` : '';
  switch (h.status) {
    case 'suspended':
      return `suspended${since}${h.renewBy ? `; renewal due by ${formatDate(h.renewBy)}` : ''}`;
    case 'not-current':
      return `not current${since}; a renewal makes it current again`;
    case 'expired':
      return `expired${h.since ? ` on ${formatDate(h.since)}` : ''}; ${h.regain === 'exam' ? 'holding it again takes passing the exam again' : 'how it is held again is for the certifying body to say'}`;
    default:
      return null;
  }
}

/** "PMP suspended since 5 Dec 2026; renewal due by 4 Dec 2027"; null in good standing. */
export function standingFact(name: string, h: HeldEvidence): string | null {
  const how = standing(h);
  return how && `${name} ${how}`;
}

/** The label in place of a verdict for a held exam: "Held", "Held (suspended)". */
export function heldLabel(h: HeldEvidence): string {
  if (h.status === 'suspended') return 'Held (suspended)';
  if (h.status === 'not-current') return 'Held (not current)';
  return h.status === 'expired' ? 'Expired' : 'Held';
}

/** The verdict column: the verdict, or "Held" for an exam whose credential is held. */
export function reportExamLabel(e: ExamEligibility): string {
  return e.held && !mustRetake(e.held) ? heldLabel(e.held) : verdictLabels[e.verdict];
}

/** Why an unmet condition is not met by a held credential (standingFact), if that is why. */
function standingReasonFact(c: ConditionResult): string | null {
  if (c.met) return null;
  if (c.kind === 'credential' && c.outOfStanding) {
    return standingFact(credentialName(c.outOfStanding.credentialId), c.outOfStanding);
  }
  if (c.kind === 'any-of') {
    for (const o of c.options) {
      const why = standingReasonFact(o);
      if (why) return why;
    }
  }
  return null;
}

/** What an unmet condition still asks: "Contact hours (PMO): 0 hours of 10 hours". */
function stillNeeded(c: ConditionResult): string {
  if (c.kind === 'any-of') return `one of: ${c.options.map(stillNeeded).join(', or ')}`;
  const t = conditionText(c);
  if (c.kind === 'education') return t.need;
  if (c.kind === 'credential') {
    const lost = standingReasonFact(c);
    return `${t.need} held${lost ? ` (${lost})` : ''}`;
  }
  return `${t.what}: ${t.have} of ${t.need}`;
}

function verdictSentence(e: ExamEligibility, acronym: string, missing: readonly MissingInfo[]) {
  if (e.verdict === 'eligible') return `Eligible for ${acronym} now.`;
  if (e.verdict === 'information-missing') return notJudgedSentence(missing, [acronym]);
  if (e.eligibleOn) {
    return `Eligible for ${acronym} on ${formatDate(e.eligibleOn)} if the current role continues.`;
  }
  const unmet = e.path.conditions.filter((c) => !c.met);
  if (unmet.length > 0)
    return `Not yet eligible for ${acronym}. Still needed: ${unmet.map(stillNeeded).join('; ')}.`;
  return `Not yet eligible for ${acronym}; no date can be projected from the records in Ascent.`;
}

/**
 * An exam in one sentence for the report: "Holds CAPM." for a held credential (with its standing
 * when that is not good), else the verdict; an expired credential says so before the verdict
 * for sitting the exam again.
 */
export function reportExamSentence(
  e: ExamEligibility,
  acronym: string,
  missing: readonly MissingInfo[],
): string {
  const verdict = verdictSentence(e, acronym, missing);
  if (!e.held) return verdict;
  const how = standing(e.held);
  if (mustRetake(e.held)) return `${acronym} ${how ?? 'expired'}. ${verdict}`;
  return how ? `Holds ${acronym}, ${how}.` : `Holds ${acronym}.`;
}

/** "Not listed here: PMP and PgMP, already held (see Credentials)." */
export const heldElsewhereText = (acronyms: readonly string[]) =>
  `Not listed here: ${listText(acronyms)}, already held (see Credentials).`;

const REPLACE_DELETED = 'Replace a requirement that names a deleted credential';

/**
 * A next action as the report says it, for the actions whose screen words speak to the owner
 * about the app ("Enter your work history", "Rate your …", "record it under Learning → Events");
 * null for every other action, whose screen words already read as a plan ("Earn the PMP").
 */
export function reportActionWords(
  a: NextAction,
  own: readonly OwnCredential[] | undefined,
): string | null {
  switch (a.code) {
    case 'ENTER_INFORMATION': {
      const fact = missingFacts[a.missing];
      const what = `${fact[0]!.toUpperCase()}${fact.slice(1)} not recorded yet`;
      return a.unlocks
        ? `${what}: needed to judge eligibility for ${examAcronym(a.unlocks.exam)}`
        : what;
    }
    case 'ASSESS_SKILL':
      return `Rate ${skillName(a.skill)} (not rated yet; level ${a.target} is expected)`;
    case 'ATTEND_CONFERENCE':
      return `Attend ${a.count === 1 ? 'a conference' : `${a.count} conferences`}`;
    case 'COMPLETE_CUSTOM':
      return `Complete “${a.title}”, a requirement set for this rung`;
    case 'REPLACE_DELETED_CREDENTIAL':
      return REPLACE_DELETED;
    case 'EARN_CREDENTIAL':
      return credentialShortName(a.credential, own) === null ? REPLACE_DELETED : null;
    case 'RENEW_CREDENTIAL': {
      const name = credentialShortName(a.credential, own) ?? DELETED_CREDENTIAL;
      return a.logMeetsRule
        ? `Renewal of ${name} not recorded yet (the credit log meets the requirement)`
        : null;
    }
    default:
      return null;
  }
}
