/**
 * Words for readiness results (issue 5 part 7): the ladder as a path, each requirement's
 * status and numbers, and why the profile's rungs make no road. The domain returns codes and
 * numbers; this turns them into plain sentences. Next best actions are in action-messages.ts,
 * refused ladder edits in edit-messages.ts.
 */
import type { LadderRungPlan } from '../../../../shared/catalog/ladder-requirements';
import { skillAreas } from '../../../../shared/catalog/skills';
import { SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { ClimbProblem } from '../../../../shared/domain/ladder/path';
import type { RequirementResult } from '../../../../shared/domain/readiness';
import { formatNumber } from '../../components/format';
import { monthsText } from '../experience/messages';
import { educationLabels } from '../profile/messages';
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

export const hours = (n: number) => `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;

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
 * Hours a credential shows name it: "Met: your PMP counts as 35 hours of PM education".
 */
export function requirementStatusText(
  r: RequirementResult,
  nameOf: (id: string) => string,
): string {
  if (unratedSkill(r)) return NOT_RATED_STATUS;
  if (r.met && r.evidence.kind === 'pm-education-hours' && r.evidence.shownBy) {
    return `Met: your ${nameOf(r.evidence.shownBy)} counts as ${hours(r.have)} of PM education`;
  }
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

/** The number a requirement is counted in, for "have vs need" (a kind counted in numbers). */
function requirementNumber(r: RequirementResult, n: number): string {
  switch (r.kind) {
    case 'experience':
      return monthsText(n);
    case 'pm-education-hours':
    case 'continuous-learning':
    case 'leadership-training':
      return hours(n);
    case 'skill':
      // Skill levels start at 1: below it is a skill never rated, not a level.
      return n < SKILL_LEVEL_MIN && unratedSkill(r) ? 'Not rated yet' : `level ${n}`;
    default:
      return formatNumber(n);
  }
}

/** Said in a cell with nothing to say: a gap closed, or a gap that is not a number. */
export const NO_GAP = '—';

const levelWords = ['One level', 'Two levels', 'Three levels', 'Four levels'];

/**
 * An education requirement by name: the level held ("Not entered" when unknown), the level
 * asked for, and how many levels short, "One level higher" (readiness counts levels as ranks,
 * shared/domain/readiness/requirement.ts). The title already says "or higher".
 */
function educationCells(r: RequirementResult): RequirementCells {
  const have =
    r.evidence.kind === 'education-level' && r.evidence.level !== null
      ? (educationLabels[r.evidence.level] ?? r.evidence.level)
      : 'Not entered';
  const need = r.requirement.kind === 'education-level' ? r.requirement.minLevel : '';
  const short = levelWords[r.gap - 1];
  return {
    have,
    need: educationLabels[need] ?? need,
    gap: r.met || r.status === 'unknown' || !short ? NO_GAP : `${short} higher`,
  };
}

/**
 * A skill's gap as an amount of levels, "1 level", "2 levels" (as the Skills screen's "Levels
 * to climb"), never "level 1", which reads as a level to be at.
 */
const levelsToClimb = (n: number) => `${formatNumber(n)} ${n === 1 ? 'level' : 'levels'}`;

export interface RequirementCells {
  have: string;
  need: string;
  gap: string;
}

/**
 * The "You have", "Needed" and "Gap" cells of a rung's requirement: numbers in the
 * requirement's unit ("14 months", "20 hours", "level 3"; a skill's gap "1 level"); an
 * education level by name; a requirement of the user's own as "Done" or "Not done", with no
 * gap to count. Never "Met" under Needed or Gap: the Status cell says met or not.
 */
export function requirementCells(r: RequirementResult): RequirementCells {
  if (r.kind === 'education-level') return educationCells(r);
  if (r.kind === 'custom') {
    return { have: r.met ? 'Done' : 'Not done', need: 'Done', gap: NO_GAP };
  }
  return {
    have: requirementNumber(r, r.have),
    need: requirementNumber(r, r.need),
    gap: r.met ? NO_GAP : r.kind === 'skill' ? levelsToClimb(r.gap) : requirementNumber(r, r.gap),
  };
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
