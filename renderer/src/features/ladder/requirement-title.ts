import type { Requirement } from '../../../../shared/catalog/ladder-requirements';
import { areaLabels } from '../credentials/messages';
import type { RoleType } from '../../../../shared/domain/experience';
import { monthsText, roleTypesInText, topicLabels } from '../experience/messages';
import { educationLabels } from '../profile/messages';
import { credentialNamer } from './credential-names';
import { skillName } from './messages';
import { formatNumber } from '../../components/format';

const roles = (s: readonly string[] | 'any-role') =>
  roleTypesInText(s as readonly RoleType[] | 'any-role');

/**
 * A requirement named in words, e.g. "36 months leading projects". Credentials are named by
 * `nameOf` (credentialNamer: the user's own too, and a deleted one said so); by default the
 * catalogue's acronyms, and "a credential of your own" for any other.
 */
export function requirementTitle(
  q: Requirement,
  nameOf: (credentialId: string) => string = credentialNamer(),
): string {
  switch (q.kind) {
    case 'credential':
      return `Hold ${q.count === 1 ? '' : `${q.count} of `}${q.anyOf.map(nameOf).join(' or ')}`;
    case 'education-level':
      return `${educationLabels[q.minLevel]} or higher`;
    case 'pm-education-hours':
      return `${formatNumber(q.hours)} hours of ${topicLabels[q.topic].toLowerCase()} education`;
    case 'experience':
      return `${monthsText(q.months)} of ${roles(q.roleTypes)}${q.windowMonths ? ` in the last ${monthsText(q.windowMonths)}` : ''}`;
    case 'industries':
      return `Experience in ${q.count} industries`;
    case 'team-size':
      return `Lead a team of ${q.size} or more`;
    case 'skill':
      return `${skillName(q.skill)} at level ${q.level}`;
    case 'conferences':
      return `${q.perYear} conference${q.perYear === 1 ? '' : 's'} a year`;
    case 'memberships':
      return `${q.count} professional association membership${q.count === 1 ? '' : 's'}`;
    case 'mentors':
      return `${q.count} mentor${q.count === 1 ? '' : 's'}`;
    case 'continuous-learning':
      return `${formatNumber(q.hours)} hours of ${areaLabels[q.area]} learning a year`;
    case 'leadership-training':
      return `${formatNumber(q.hours)} hours of leadership training`;
    case 'custom':
      return q.title;
  }
}
