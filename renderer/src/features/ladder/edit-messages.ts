/**
 * Words for refused ladder edits (issue 5 part 1): bad input, rung and structure codes, rung
 * names refused and name clashes. The domain returns codes and numbers; this turns them into
 * plain sentences.
 */
import {
  REQUIREMENT_TITLE_MAX,
  RUNG_NAME_MAX,
} from '../../../../shared/catalog/ladder-requirements';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { NameClash, RungNameProblem } from '../../../../shared/domain/ladder/rung-names';
import { formatNumber } from '../../components/format';
import { fieldErrorText } from '../credentials/messages';

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
