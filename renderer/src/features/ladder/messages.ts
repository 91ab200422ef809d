/**
 * Words for readiness results and next best actions (issue 5 part 7). The domain returns
 * codes and numbers; this turns them into plain sentences.
 */
import { skillAreas } from '../../../../shared/catalog/skills';
import type { RoleSelector } from '../../../../shared/domain/experience';
import type { NextAction, RequirementResult } from '../../../../shared/domain/readiness';
import { formatDate, formatNumber } from '../../components/format';
import { areaLabels } from '../credentials/messages';
import { monthsText, roleTypeLabels, topicLabels } from '../experience/messages';
import { educationLabels } from '../profile/messages';
import { credentialName, missingLabels } from './eligibility-messages';
import { examAcronym } from './exam-name';

export function skillName(id: string): string {
  return skillAreas.find((s) => s.id === id)?.name ?? id;
}

function rolesText(s: RoleSelector): string {
  if (s === 'any-role') return 'in any role';
  return s.map((t) => roleTypeLabels[t].toLowerCase()).join(' or ');
}

const hours = (n: number) => `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;

function unlocksText(a: NextAction): string {
  if (!('unlocks' in a) || !a.unlocks) return '';
  const exam = examAcronym(a.unlocks.exam);
  return a.unlocks.on
    ? `: eligible for ${exam} on ${formatDate(a.unlocks.on)}`
    : `: a step towards ${exam}`;
}

function baseText(a: NextAction): string {
  switch (a.code) {
    case 'EARN_CREDENTIAL':
      return `Earn the ${credentialName(a.credential)}`;
    case 'GAIN_EXPERIENCE':
      return `Log ${monthsText(a.months)} more experience (${rolesText(a.roleTypes)})`;
    case 'COMPLETE_TRAINING':
      return `Complete ${hours(a.hours)} of ${topicLabels[a.topic].toLowerCase()} training`;
    case 'RAISE_EDUCATION':
      return `Reach ${educationLabels[a.to]}${a.gacAccredited ? ' (GAC-accredited)' : ''}`;
    case 'RAISE_SKILL':
      return `Raise ${skillName(a.skill)} from level ${a.from} to ${a.to}`;
    case 'ASSESS_SKILL':
      return `Rate your ${skillName(a.skill)} (level ${a.target} is expected)`;
    case 'ATTEND_CONFERENCE':
      return `Attend ${a.count === 1 ? 'a conference' : `${a.count} conferences`} by the end of ${a.byEndOf}`;
    case 'JOIN_ASSOCIATION':
      return `Join ${a.count === 1 ? 'a professional association' : `${a.count} professional associations`}`;
    case 'FIND_MENTOR':
      return `Find ${a.count === 1 ? 'a mentor' : `${a.count} mentors`}`;
    case 'EARN_LEARNING_CREDITS':
      return `Log ${hours(a.hours)} of ${areaLabels[a.area]} learning`;
    case 'TAKE_LEADERSHIP_TRAINING':
      return `Take ${hours(a.hours)} of leadership training`;
    case 'BROADEN_INDUSTRIES':
      return `Work in ${a.count} more ${a.count === 1 ? 'industry' : 'industries'}`;
    case 'LEAD_LARGER_TEAM':
      return `Lead a team of at least ${a.size} people`;
    case 'COMPLETE_CUSTOM':
      return 'Complete your own requirement';
    case 'ENTER_INFORMATION':
      return `Enter ${missingLabels[a.missing].text}`;
  }
}

/** One next action as a sentence, e.g. "Log 1 year 2 months more experience …". */
export function actionText(a: NextAction): string {
  const gain = a.gain > 0 ? ` (+${formatNumber(a.gain)} points)` : '';
  return `${baseText(a)}${unlocksText(a)}${gain}.`;
}

/** The number a requirement is counted in, for "have vs need". */
export function requirementNumber(r: RequirementResult, n: number): string {
  switch (r.kind) {
    case 'experience':
      return monthsText(n);
    case 'pm-education-hours':
    case 'continuous-learning':
    case 'leadership-training':
      return hours(n);
    case 'education-level':
    case 'custom':
      return n >= r.need ? 'Met' : 'Not met';
    case 'skill':
      return `level ${n}`;
    default:
      return formatNumber(n);
  }
}
