/**
 * Words for exam-eligibility results (issue 5 part 4). The domain returns codes and numbers;
 * this turns them into sentences.
 */
import type { ExamPathId, ExperienceKind } from '../../../../shared/catalog/exams';
import type {
  ConditionResult,
  ExamEligibility,
  MissingInfo,
  PathResult,
  Verdict,
} from '../../../../shared/domain/eligibility';
import { formatDate, formatNumber } from '../../components/format';
import { monthsText, topicLabels } from '../experience/messages';
import { educationLabels } from '../profile/messages';
import { credentialShortName } from './credential-names';
import { meetsLevel, mustRetake } from '../../../../shared/domain/eligibility';
import { holdLabel, holdSentence, outOfStandingText } from './standing-words';

export const verdictLabels: Record<Verdict, string> = {
  eligible: 'Eligible now',
  'not-yet': 'Not yet',
  'information-missing': 'Information missing',
};

export const pathLabels: Record<ExamPathId, string> = {
  'gac-degree': 'With a GAC-accredited degree',
  degree: 'With a four-year degree',
  secondary: 'With a secondary diploma',
  standard: 'Standard path',
};

export const experienceLabels: Record<ExperienceKind, string> = {
  'leading-projects': 'Experience leading projects',
  project: 'Project experience',
  program: 'Program management experience',
  portfolio: 'Portfolio management experience',
  business: 'Business experience',
  agile: 'Agile experience',
  risk: 'Risk management experience',
  scheduling: 'Scheduling experience',
  'business-analysis': 'Business analysis experience',
};

export const missingLabels: Record<MissingInfo, { text: string; page: string; where: string }> = {
  EDUCATION_LEVEL: { text: 'your education', page: 'education', where: 'Ladder → Education' },
  CONTACT_HOURS: {
    text: 'your PM education contact hours',
    page: 'education',
    where: 'Ladder → Education',
  },
  EXPERIENCE_LOG: { text: 'your work history', page: 'experience', where: 'Ladder → Experience' },
};

/** A catalogue credential's acronym; any other is "a credential of your own" (never an id). */
export function credentialName(id: string): string {
  return credentialShortName(id) ?? id.toUpperCase();
}

const hours = (n: number) => `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;

/**
 * Months of experience as months only ("15 months", "60 months"), never years and months: what
 * the user has and what is needed sit side by side and read in one unit ("15 months" against
 * "24 months", not "1 year 3 months" against "2 years"), as PMI's handbooks count them.
 */
const months = (n: number) => `${formatNumber(n)} ${n === 1 ? 'month' : 'months'}`;

/**
 * Why an unmet condition is not met by a credential the user earned: "PMP has been suspended since
 * 5 Dec 2026; renew it by 4 Dec 2027" (the first such credential, options of an 'any-of'
 * included). Null when no held credential is out of good standing.
 */
export function standingReason(c: ConditionResult): string | null {
  if (c.met) return null;
  if (c.kind === 'credential' && c.outOfStanding) {
    return outOfStandingText(credentialName(c.outOfStanding.credentialId), c.outOfStanding);
  }
  if (c.kind === 'any-of') {
    for (const o of c.options) {
      const why = standingReason(o);
      if (why) return why;
    }
  }
  return null;
}

/**
 * The education the user has. On a path that asks for a GAC-accredited degree, a degree of the
 * level asked for that is not GAC-accredited says so: that is what is missing, not the level.
 */
function educationHave(c: Extract<ConditionResult, { kind: 'education' }>): string {
  if (!c.have) return 'Not entered';
  const level = educationLabels[c.have] ?? c.have;
  return c.gacAccredited && !c.gacAccredited.have && meetsLevel(c.have, c.need)
    ? `${level}, not GAC-accredited`
    : level;
}

/** What a condition asks, what the user has and what is needed, in words. */
export function conditionText(c: ConditionResult): { what: string; have: string; need: string } {
  switch (c.kind) {
    case 'education':
      return {
        what: c.gacAccredited ? 'Education (GAC-accredited)' : 'Education',
        have: educationHave(c),
        need: `${educationLabels[c.need]} or higher${c.gacAccredited ? ', GAC-accredited' : ''}`,
      };
    case 'experience':
      return {
        what:
          experienceLabels[c.experience] +
          (c.windowMonths ? ` in the last ${monthsText(c.windowMonths)}` : ''),
        have: months(c.have),
        need: months(c.need),
      };
    case 'training':
      return {
        what: `Contact hours (${topicLabels[c.topic]})`,
        have: hours(c.have),
        need: hours(c.need),
      };
    case 'credential': {
      const lost = standingReason(c);
      return {
        what: 'A credential',
        have: c.have
          ? credentialName(c.have.credentialId)
          : lost
            ? `None in good standing: ${lost}`
            : 'None held',
        need: c.anyOf.map(credentialName).join(' or '),
      };
    }
    case 'any-of': {
      const met = c.satisfiedBy === null ? null : c.options[c.satisfiedBy];
      const by = met ? conditionText(met) : null;
      const lost = by ? null : standingReason(c);
      return {
        what: 'One of these',
        have: by ? `${by.what}: ${by.have}` : lost ? `None met: ${lost}` : 'None met',
        need: c.options.map(optionNeed).join(', or '),
      };
    }
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * One option of a "One of these" row with what it needs, in the single condition's words:
 * "35 contact hours (General project management)", "48 months of experience leading projects
 * in the last 15 years", "CAPM held", "Bachelor's degree or higher".
 */
function optionNeed(o: ConditionResult): string {
  const t = conditionText(o);
  switch (o.kind) {
    case 'training':
      return `${formatNumber(o.need)} contact ${o.need === 1 ? 'hour' : 'hours'} (${topicLabels[o.topic]})`;
    case 'experience':
      return `${t.need} of ${lowerFirst(t.what)}`;
    case 'credential':
      return `${t.need} held`;
    case 'education':
      return t.need;
    case 'any-of':
      return `one of: ${t.need}`;
  }
}

/** "Eligible for PMP on 1 Jun 2027 if your current role continues." */
/** What an unmet condition still asks: "Contact hours (PMO): 0 hours of 10 hours". */
function stillNeeded(c: ConditionResult): string {
  if (c.kind === 'any-of') return `one of: ${c.options.map(stillNeeded).join(', or ')}`;
  const t = conditionText(c);
  if (c.kind === 'education') return t.need;
  if (c.kind === 'credential') {
    const lost = standingReason(c);
    return `${t.need} held${lost ? ` (${lost})` : ''}`;
  }
  return `${t.what}: ${t.have} of ${t.need}`;
}

export function eligibilitySentence(
  acronym: string,
  verdict: Verdict,
  eligibleOn: string | null,
  /** The path that applies: with no date to project, its unmet conditions are named. */
  path?: PathResult,
): string {
  if (verdict === 'eligible') return `You are eligible for ${acronym} now.`;
  if (verdict === 'information-missing') {
    return `Ascent cannot tell yet whether you are eligible for ${acronym}.`;
  }
  if (eligibleOn) {
    return `Eligible for ${acronym} on ${formatDate(eligibleOn)} if your current role continues.`;
  }
  const unmet = path?.conditions.filter((c) => !c.met) ?? [];
  if (unmet.length > 0)
    return `Not yet eligible for ${acronym}. Still needed: ${unmet.map(stillNeeded).join('; ')}.`;
  return `Not yet eligible for ${acronym}; no date can be projected from your current records.`;
}

/**
 * The verdict's label, or, for an exam whose credential the user holds, that they hold it
 * ("You hold it (suspended)"); an expired one must be retaken, so its verdict stays.
 */
export function examLabel(e: ExamEligibility): string {
  return e.held && !mustRetake(e.held) ? holdLabel(e.held) : verdictLabels[e.verdict];
}

/**
 * An exam in one sentence: "You hold CAPM." when the user holds it (with its standing when
 * that is not good), else the verdict (eligibilitySentence); an expired credential says so
 * before the verdict for retaking the exam.
 */
export function examSentence(e: ExamEligibility, acronym: string): string {
  const verdict = () => eligibilitySentence(acronym, e.verdict, e.eligibleOn, e.path);
  if (!e.held) return verdict();
  if (!mustRetake(e.held)) return holdSentence(acronym, e.held);
  return `${outOfStandingText(`Your ${acronym}`, e.held)}. ${verdict()}`;
}
