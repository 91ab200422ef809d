/**
 * Words for readiness results and next best actions (issue 5 part 7) and for refused ladder
 * edits (issue 5 part 1). The domain returns codes and numbers; this turns them into plain
 * sentences.
 */
import {
  REQUIREMENT_TITLE_MAX,
  RUNG_NAME_MAX,
  type LadderRungPlan,
} from '../../../../shared/catalog/ladder-requirements';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { skillAreas } from '../../../../shared/catalog/skills';
import { SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { RoleSelector } from '../../../../shared/domain/experience';
import type { ClimbProblem } from '../../../../shared/domain/ladder/path';
import type { NameClash, RungNameProblem } from '../../../../shared/domain/ladder/rung-names';
import type { NextAction, RequirementResult } from '../../../../shared/domain/readiness';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { areaLabels, fieldErrorText, unitWord } from '../credentials/messages';
import { monthsText, roleTypesInText, topicLabels } from '../experience/messages';
import { educationLabels } from '../profile/messages';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import { credentialShortName, DELETED_CREDENTIAL, type OwnCredential } from './credential-names';
import { missingLabels } from './eligibility-messages';
import { examAcronym } from './exam-name';
import { outOfStandingText } from './standing-words';

/** The user's own ladder in one sentence: its first and top rungs, as they are named now. */
export function ladderPathText(rungs: readonly LadderRungPlan[]): string {
  const climb = [...rungs].sort((a, b) => a.level - b.level);
  const first = climb[0];
  const top = climb.at(-1);
  if (!first || !top) return '';
  return first === top
    ? `Your ladder has one rung: ${first.name}.`
    : `Your path from ${first.name} to ${top.name}.`;
}

export function skillName(id: string): string {
  return skillAreas.find((s) => s.id === id)?.name ?? id;
}

function rolesText(s: RoleSelector): string {
  return s === 'any-role' ? 'in any role' : roleTypesInText(s);
}

const hours = (n: number) => `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;

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
      return 'Complete your own requirement';
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

const statusWords = { met: 'Met', unmet: 'Not met', unknown: 'Not known yet' } as const;

/** A skill requirement whose skill was never rated by then: it is judged as level 0. */
const unratedSkill = (r: RequirementResult) =>
  r.evidence.kind === 'skill' && r.evidence.assessedOn === null;

/** Said in place of "Not met" for a skill never rated, with where to rate it. */
const NOT_RATED_STATUS = 'Not rated yet — rate it under Skills';

/**
 * A requirement's status. One naming a deleted credential says so, so the user knows what to
 * change; one whose credential the user holds out of good standing says why it does not
 * count: "Not met: PMP has been suspended since 5 Dec 2026; renew it by 4 Dec 2027". A skill
 * never rated says so and where to rate it, rather than "Not met" at a level 0 no one chose.
 */
export function requirementStatusText(
  r: RequirementResult,
  nameOf: (id: string) => string,
): string {
  if (unratedSkill(r)) return NOT_RATED_STATUS;
  if (r.met || r.evidence.kind !== 'credential') return statusWords[r.status];
  const gone = r.evidence.gone?.length ?? 0;
  if (gone > 0) {
    return gone === 1
      ? 'Not met: it names a deleted credential of your own; edit it below to choose another'
      : 'Not met: it names deleted credentials of your own; edit it below to choose others';
  }
  const why = (r.evidence.outOfStanding ?? [])
    .map((h) => outOfStandingText(nameOf(h.credentialId), h))
    .filter((t) => t !== null);
  return why.length > 0 ? `Not met: ${why.join('; ')}` : statusWords[r.status];
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
      // Skill levels start at 1: below it is a skill never rated, not a level.
      return n < SKILL_LEVEL_MIN && unratedSkill(r) ? 'Not rated yet' : `level ${n}`;
    default:
      return formatNumber(n);
  }
}

function lengthText(field: string): string {
  const max = field === 'name' ? RUNG_NAME_MAX : REQUIREMENT_TITLE_MAX;
  return `This is too long; keep it to ${max} characters.`;
}

/** Words for rung and structure codes (issue 5 part 1). */
function rungText(code: string): string | null {
  switch (code) {
    case 'UNKNOWN_RUNG':
      return 'This rung is no longer on your ladder.';
    case 'UNKNOWN_REQUIREMENT':
      return 'This requirement is no longer on this rung.';
    case 'DUPLICATE':
      return 'This is already on your ladder.';
    case 'LAST_RUNG':
      return 'Your ladder needs at least one rung, so the last one stays.';
    case 'NOT_A_DEFAULT_RUNG':
      return 'This rung is your own, so there is no default to go back to; change or remove it instead.';
    case 'POSITION_OUT_OF_RANGE':
      return 'That place is not on your ladder; choose another.';
    case 'NAME_TAKEN':
      return 'Two rungs would have the same name; give each rung a name of its own.';
    default:
      return null;
  }
}

/**
 * A refused ladder edit in words (issue 5 part 1; part 9: "skill levels out of range" and
 * other bad input). Numbers the domain gives (the smallest or largest allowed) are named.
 */
export function ladderEditText(e: FieldError): string {
  switch (e.code) {
    case 'REQUIRED':
      return e.field === 'name' ? 'Give the rung a name.' : 'This is needed.';
    case 'TOO_LONG':
      return lengthText(e.field);
    case 'NOT_A_NUMBER':
      return 'Enter a number.';
    case 'NOT_WHOLE':
      return 'Enter a whole number.';
    case 'TOO_SMALL':
      return e.expected === undefined
        ? 'Enter more than zero.'
        : `Enter ${formatNumber(e.expected)} or more.`;
    case 'TOO_LARGE':
      return e.expected === undefined
        ? 'This number is too large.'
        : `Enter ${formatNumber(e.expected)} or less.`;
    case 'HOURS_NOT_QUARTER':
      return 'Use quarter-hour steps: .25, .5 or .75.';
    case 'LEVEL_OUT_OF_RANGE':
      return `Skill levels are whole numbers from ${SKILL_LEVEL_MIN} to ${SKILL_LEVEL_MAX}.`;
    case 'COUNT_ABOVE_OPTIONS':
      return `Only ${e.expected ?? 'a few'} credentials are listed here; ask for that many or fewer.`;
    case 'NO_CREDENTIAL':
      return 'Choose at least one credential.';
    case 'NO_ROLE_TYPE':
      return 'Choose at least one kind of experience.';
    case 'MONTHS_ABOVE_WINDOW': {
      const w = formatNumber(e.expected ?? 0);
      return `A window of ${w} months holds at most ${w} months of experience: widen the window or lower the months.`;
    }
    default:
      return rungText(e.code) ?? fieldErrorText(e.code);
  }
}

/**
 * A rung name refused (shared/domain/ladder/rung-names.ts, checkRungName), said beside the
 * name field: "You already have a rung called PMO Analyst. Give this one another name."
 */
export function rungNameText(p: RungNameProblem): string {
  switch (p.code) {
    case 'REQUIRED':
      return 'Give the rung a name.';
    case 'TOO_LONG':
      return `This is too long; keep it to ${p.max} characters.`;
    case 'NAME_TAKEN':
      return `You already have a rung called ${p.taken.name}. Give this one another name.`;
  }
}

/**
 * An edit that would give two rungs one name (a rung reset to its default name that one of
 * the user's own rungs has taken, say), refused before it is saved (newNameClashes).
 */
export function nameClashText(clashes: readonly NameClash[]): string {
  const names = clashes.map((c) => c.name).join(', ');
  return clashes.length === 1
    ? `This would give two rungs the name ${names}. Rename one of them first, then try again.`
    : `This would give two rungs each of these names: ${names}. Rename them first, then try again.`;
}

/**
 * Why the profile's rungs make no road on the user's ladder (shared/domain/ladder/path.ts,
 * climbOn), and what to do: the profile screen is where rungs are chosen.
 */
export function climbProblemText(problems: readonly ClimbProblem[]): {
  what: string;
  action: string;
} {
  const current = problems.includes('CURRENT_NOT_ON_LADDER');
  const target = problems.includes('TARGET_NOT_ON_LADDER');
  if (current && target)
    return {
      what: 'The rung you are on and your target rung were removed from your ladder.',
      action: 'Choose both again in your profile',
    };
  if (current)
    return {
      what: 'The rung you are on was removed from your ladder.',
      action: 'Choose your current rung again in your profile',
    };
  if (target)
    return {
      what: 'Your target rung was removed from your ladder.',
      action: 'Choose a new target rung in your profile',
    };
  return {
    what: 'Your target rung is now below the rung you are on.',
    action: 'Choose a new target rung in your profile',
  };
}
