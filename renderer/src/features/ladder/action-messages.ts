/**
 * Words for next best actions (issue 5 part 7). The domain returns codes and numbers; this
 * turns them into plain sentences.
 */
import type { RoleSelector } from '../../../../shared/domain/experience';
import type { NextAction } from '../../../../shared/domain/readiness';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { areaLabels, unitWord } from '../credentials/messages';
import { monthsText, roleTypesInText, topicLabels } from '../experience/messages';
import { educationLabels } from '../profile/messages';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import { credentialShortName, DELETED_CREDENTIAL, type OwnCredential } from './credential-names';
import { missingLabels } from './eligibility-messages';
import { examAcronym } from './exam-name';
import { hours, skillName } from './messages';

function rolesText(s: RoleSelector): string {
  return s === 'any-role' ? 'in any role' : roleTypesInText(s);
}

function unlocksText(a: NextAction): string {
  if (!('unlocks' in a) || !a.unlocks) return '';
  const exam = examAcronym(a.unlocks.exam);
  return a.unlocks.on
    ? `: eligible for ${exam} on ${formatDate(a.unlocks.on)}`
    : `: a step towards ${exam}`;
}

/**
 * A smaller ask merged into this one that unlocks an exam (partWay): "; 1 year 5 months of
 * it: a step towards PgMP". The number said before it is the larger ask's own.
 */
function partWayText(a: NextAction): string {
  if (a.code !== 'GAIN_EXPERIENCE' && a.code !== 'COMPLETE_TRAINING') return '';
  const p = a.partWay;
  if (!p) return '';
  const part = a.code === 'GAIN_EXPERIENCE' ? monthsText(p.amount) : hours(p.amount);
  const exam = examAcronym(p.unlocks.exam);
  return p.unlocks.on
    ? `; ${part} of it: eligible for ${exam} on ${formatDate(p.unlocks.on)}`
    : `; ${part} of it: a step towards ${exam}`;
}

/**
 * Renewing a suspended credential: "Record your PMP renewal on its credential page (your log meets the requirement)", or
 * "Log 3.25 more PDUs and renew PMP by 4 Dec 2027".
 */
function renewText(
  a: Extract<NextAction, { code: 'RENEW_CREDENTIAL' }>,
  own: readonly OwnCredential[] | undefined,
): string {
  const name = credentialShortName(a.credential, own) ?? DELETED_CREDENTIAL;
  if (a.logMeetsRule)
    return `Record your ${name} renewal on its credential page (your log meets the requirement)`;
  const by = formatDate(a.renewBy);
  if (a.remaining === null || a.remaining <= 0) return `Renew ${name} by ${by}`;
  return `Log ${formatNumber(a.remaining)} more ${unitWord(a.unit, a.remaining)} and renew ${name} by ${by}`;
}

const REPLACE_DELETED = 'Choose another credential in place of a deleted one of your own';

/** Where the conferences a ladder requirement counts are recorded (readiness reads events). */
export const CONFERENCES_PLACE = 'Learning → Events';

/** "Earn the PMP", "Earn the ChPP" (the user's own); a deleted one asks for another. */
function earnText(id: string, own: readonly OwnCredential[] | undefined): string {
  const name = credentialShortName(id, own);
  if (name === null) return REPLACE_DELETED;
  return findCredentialRule(id) || own ? `Earn the ${name}` : `Earn ${name}`;
}

function baseText(a: NextAction, own: readonly OwnCredential[] | undefined): string {
  switch (a.code) {
    case 'EARN_CREDENTIAL':
      return earnText(a.credential, own);
    case 'RENEW_CREDENTIAL':
      return renewText(a, own);
    case 'REPLACE_DELETED_CREDENTIAL':
      return REPLACE_DELETED;
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
      // Only Learning → Events counts (a conference in the credit log alone does not): say so.
      // Its date is the action's deadline, said once after the sentence (NextActions).
      return `Attend ${a.count === 1 ? 'a conference' : `${a.count} conferences`} and record ${a.count === 1 ? 'it' : 'them'} under ${CONFERENCES_PLACE}`;
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
      return `Complete your own requirement “${a.title}”`;
    case 'ENTER_INFORMATION':
      return `Enter ${missingLabels[a.missing].text}`;
  }
}

/** Words for some next actions in place of the screen's; null for the screen's own. */
export type ActionWords = (
  a: NextAction,
  own: readonly OwnCredential[] | undefined,
) => string | null;

/**
 * One next action as a sentence, e.g. "Log 1 year 2 months more experience …". `own`: the
 * user's own credentials, to name them (and to say when one was deleted).
 */
export function actionText(
  a: NextAction,
  own?: readonly OwnCredential[],
  /** Other words for some actions (the printed report's); null keeps these. */
  words?: ActionWords,
): string {
  // In the unit readiness is shown in ("84% of the way there"): whole points, or one decimal
  // below one so a small gain never reads as +0%.
  const gain =
    a.gain > 0
      ? ` (readiness +${a.gain >= 1 ? formatPercent(a.gain) : `${formatNumber(Math.round(a.gain * 10) / 10 || 0.1)}%`})`
      : '';
  const own_ = words?.(a, own);
  if (own_ != null) return `${own_}${partWayText(a)}${gain}.`;
  return `${baseText(a, own)}${unlocksText(a)}${partWayText(a)}${gain}.`;
}
