/**
 * Words for exam-eligibility results (issue 5 part 4). The domain returns codes and numbers;
 * this turns them into sentences.
 */
import type { ExamPathId, ExperienceKind } from '../../../../shared/catalog/exams';
import type {
  ConditionResult,
  MissingInfo,
  PathResult,
  Verdict,
} from '../../../../shared/domain/eligibility';
import { formatDate, formatNumber } from '../../components/format';
import { monthsText, topicLabels } from '../experience/messages';
import { educationLabels } from '../profile/messages';
import { credentialShortName } from './credential-names';

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

export const missingLabels: Record<MissingInfo, { text: string; page: string }> = {
  EDUCATION_LEVEL: { text: 'your education', page: 'education' },
  CONTACT_HOURS: { text: 'your PM education contact hours', page: 'education' },
  EXPERIENCE_LOG: { text: 'your work history', page: 'experience' },
};

/** A catalogue credential's acronym; any other is "a credential of your own" (never an id). */
export function credentialName(id: string): string {
  return credentialShortName(id) ?? id.toUpperCase();
}

const hours = (n: number) => `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;

/** What a condition asks, what the user has and what is needed, in words. */
export function conditionText(c: ConditionResult): { what: string; have: string; need: string } {
  switch (c.kind) {
    case 'education':
      return {
        what: c.gacAccredited ? 'Education (GAC-accredited)' : 'Education',
        have: c.have ? educationLabels[c.have]! : 'Not entered',
        need: `${educationLabels[c.need]} or higher`,
      };
    case 'experience':
      return {
        what:
          experienceLabels[c.experience] +
          (c.windowMonths ? ` in the last ${monthsText(c.windowMonths)}` : ''),
        have: monthsText(c.have),
        need: monthsText(c.need),
      };
    case 'training':
      return {
        what: `Contact hours (${topicLabels[c.topic]})`,
        have: hours(c.have),
        need: hours(c.need),
      };
    case 'credential':
      return {
        what: 'A credential',
        have: c.have ? credentialName(c.have.credentialId) : 'None held',
        need: c.anyOf.map(credentialName).join(' or '),
      };
    case 'any-of': {
      const met = c.satisfiedBy === null ? null : c.options[c.satisfiedBy];
      const by = met ? conditionText(met) : null;
      return {
        what: 'One of these',
        have: by ? `${by.what}: ${by.have}` : 'None met',
        need: c.options.map((o) => conditionText(o).what).join(', or '),
      };
    }
  }
}

/** "Eligible for PMP on 1 Jun 2027 if your current role continues." */
/** What an unmet condition still asks: "Contact hours (PMO): 0 hours of 10 hours". */
function stillNeeded(c: ConditionResult): string {
  if (c.kind === 'any-of') return `one of: ${c.options.map(stillNeeded).join(', or ')}`;
  const t = conditionText(c);
  if (c.kind === 'education') return t.need;
  if (c.kind === 'credential') return `${t.need} held`;
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
