/**
 * Words for refused ladder edits (issue 5 part 1): bad input, rung and structure codes, rung
 * names refused and name clashes, and what a reset of the whole ladder removes. The domain
 * returns codes and numbers; this turns them into plain sentences.
 */
import {
  REQUIREMENT_TITLE_MAX,
  RUNG_NAME_MAX,
} from '../../../../shared/catalog/ladder-requirements';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { NameClash, RungNameProblem } from '../../../../shared/domain/ladder/rung-names';
import { formatNumber, listText, plural } from '../../components/format';
import { fieldErrorText } from '../credentials/messages';
import type { ResetLoss } from '../../../../shared/domain/ladder/reset-loss';

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

/** Said when what a reset removes is not known yet (the goals are still loading). */
const RESET_LOSS_UNKNOWN =
  'Rungs and requirements you added are removed, and goals linked to them lose their link.';

function profileRungsText({ current, target }: ResetLoss['profileRungs']): string | null {
  // The rung goes with the reset: the profile needs another one, chosen from those left.
  if (current && target)
    return current === target
      ? `Your current and target rung, ${current}, is one you added: choose others in your profile.`
      : `Your current rung, ${current}, and your target rung, ${target}, are ones you added: choose others in your profile.`;
  if (current)
    return `Your current rung, ${current}, is one you added: choose another in your profile.`;
  if (target)
    return `Your target rung, ${target}, is one you added: choose another in your profile.`;
  return null;
}

/**
 * What "Reset the whole ladder" removes besides changed numbers and names (reset-loss.ts), in
 * sentences for its question: "The 2 rungs you added, Senior PMO Analyst and Head of PMO, are
 * removed with their requirements." and "1 goal linked to them loses its link: …". Nothing
 * when nothing of the user's own is lost; one general sentence when that is not known yet.
 */
export function resetLossText(loss: ResetLoss | null): string[] {
  if (loss === null) return [RESET_LOSS_UNKNOWN];
  const { addedRungs: rungs, addedRequirements: requirements, unlinkedGoals: goals } = loss;
  const said: string[] = [];
  if (rungs.length === 1)
    said.push(`The rung you added, ${rungs[0]}, is removed with its requirements.`);
  if (rungs.length > 1)
    said.push(
      `The ${rungs.length} rungs you added, ${listText(rungs)}, are removed with their requirements.`,
    );
  if (requirements === 1) said.push('The requirement you added to a default rung is removed.');
  if (requirements > 1)
    said.push(`The ${requirements} requirements you added to default rungs are removed.`);
  if (goals > 0)
    said.push(
      goals === 1
        ? '1 goal linked to them loses its link: it stays, with no requirement to measure it by.'
        : `${plural(goals, 'goal', 'goals')} linked to them lose their link: they stay, with no requirement to measure them by.`,
    );
  const profile = profileRungsText(loss.profileRungs);
  if (profile) said.push(profile);
  return said;
}

/**
 * The question before removing a rung that is the user's current or target rung, or that
 * goals are measured by (goalsLinkedToRung): what it is, what the goals lose, and how to get
 * it back — Undo, or for a default rung also a reset (a rung of the user's own is not in the
 * default ladder, so a reset never brings it back).
 */
export function removeRungText(
  rung: { name: string; origin: 'default' | 'user' },
  role: string,
  linkedGoals: number,
): string[] {
  const said: string[] = [];
  if (role) said.push(`${rung.name} is ${role}.`);
  if (linkedGoals === 1)
    said.push(
      '1 goal is linked to one of its requirements: it stays, with no requirement to measure it by.',
    );
  if (linkedGoals > 1)
    said.push(
      `${plural(linkedGoals, 'goal', 'goals')} are linked to its requirements: they stay, with no requirement to measure them by.`,
    );
  said.push(
    rung.origin === 'default'
      ? 'Once it is removed, Ascent cannot show your readiness for it or the next actions towards it until you put it back: use Undo right after, or reset the whole ladder to the default.'
      : 'Once it is removed, Ascent cannot show your readiness for it or the next actions towards it: use Undo right after to put it back.',
  );
  return said;
}

/**
 * Said when a requirement is removed (with Undo): "Removed “PMP”." and, when goals were
 * measured by it (goalsLinkedToRequirement), what they lose and how to get it back.
 */
export function removedRequirementText(title: string, linkedGoals: number): string {
  const removed = `Removed “${title}”.`;
  if (linkedGoals === 0) return removed;
  return linkedGoals === 1
    ? `${removed} 1 goal linked to it has no requirement to measure it by; Undo puts it back.`
    : `${removed} ${plural(linkedGoals, 'goal', 'goals')} linked to it have no requirement to measure them by; Undo puts it back.`;
}
