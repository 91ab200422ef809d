/** Words for goal codes (issue 5 part 6). The domain returns codes; this gives sentences. */
import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type {
  GoalKind,
  GoalMeasureSource,
  GoalStatus,
  GoalTarget,
  GoalUnit,
} from '../../../../shared/domain/goals';
import type { GoalDue } from '../../../../shared/domain/goals/due';
import { formatDate, plural } from '../../components/format';
import { areaLabels, fieldErrorText } from '../credentials/messages';
import {
  careerErrorText,
  editConflictText,
  roleTypesInText,
  topicLabels,
  type EditConflict,
} from '../experience/messages';
import { skillName } from '../ladder/messages';
import { requirementTitle } from '../ladder/requirement-title';

export const kindLabels: Record<GoalKind, string> = {
  credential: 'Credential',
  education: 'Education',
  experience: 'Experience',
  skill: 'Skill',
  network: 'Network',
  custom: 'Custom',
};

export const statusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** A goal's days to its target date (goalDue): "12 days left", "due today", "3 days overdue". */
export function goalDueText(due: GoalDue): string {
  if (due.code === 'DUE_TODAY') return 'due today';
  if (due.code === 'DAYS_LEFT') return `${plural(due.days, 'day', 'days')} left`;
  return `${plural(due.days, 'day', 'days')} overdue`;
}

export const measureLabels: Record<GoalMeasureSource, string> = {
  experience: 'Months of experience',
  'contact-hours': 'PM education contact hours',
  'learning-credits': 'Learning hours in the credit log (since the start date)',
  'leadership-training': 'Leadership training hours',
  skill: 'Skill level',
  credentials: 'Credentials held',
  conferences: 'Conferences attended (since the start date)',
  memberships: 'Professional association memberships',
  mentors: 'Mentors',
  manual: 'My own count',
};

/**
 * The label of a measure's one choice, naming what is chosen: "Which" alone told a screen
 * reader, and the error summary, nothing ("Which, Leading projects").
 */
const paramLabels: Partial<Record<GoalMeasureSource, string>> = {
  experience: 'Which kind of experience',
  'contact-hours': 'Which topic',
  'learning-credits': 'Which area',
  skill: 'Which skill',
  credentials: 'Which credential',
};

/** The label of the measure's choice (paramLabels); "My own count" has its own fields. */
export const paramLabel = (source: GoalMeasureSource): string => paramLabels[source] ?? 'Which';

const unitWords: Record<GoalUnit, readonly [one: string, many: string]> = {
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  level: ['level', 'level'],
  count: ['', ''],
  custom: ['', ''],
};

/**
 * The unit after a goal's "have of need" ("0 of 1 month", "12 of 36 months"): singular or
 * plural by the number it follows, the target.
 */
export function unitWord(unit: GoalUnit, n: number): string {
  const [one, many] = unitWords[unit];
  return n === 1 ? one : many;
}

/** A credential goal's target above the credentials it names: it could never be reached. */
export function moreThanChosenText(chosen: number): string {
  const credentials = chosen === 1 ? '1 credential' : `${chosen} credentials`;
  return `You chose ${credentials}, so the target can be at most ${chosen}.`;
}

/**
 * The hint under "Target number": what the measure's target may be. Credentials: at most the
 * ones chosen (the form chooses one); "My own count": whole numbers.
 */
export function targetHint(source: GoalMeasureSource, param: string): string | undefined {
  if (source === 'credentials' && param) return 'One credential is chosen, so the target is 1.';
  if (source === 'manual') return 'A whole number, for example 12.';
  return undefined;
}

/** The line under the goals heading: records measure progress, except the user's own count. */
export const goalsIntroText =
  'Progress is measured from your records, except for goals measured by “My own count”: there you type where you are now, and keep it up to date by editing the goal.';

/** "Mark as achieved" refused: the goal's problems follow, one to a line. */
export const achievedRefusedText = (title: string, problems: number): string =>
  `“${title}” could not be marked as achieved, so it was left as it is. Edit the goal to put ${problems === 1 ? 'this' : 'these'} right:`;

/** A goal that starts after today: nothing of it is counted yet. */
export const notStartedText = (startsOn: string): string =>
  `Starts on ${startsOn}: progress shows from that day.`;

/** Why a goal's edit form is not what is stored: changed or deleted elsewhere since it opened. */
export type GoalConflict = EditConflict;

export const goalConflictText: Record<GoalConflict, string> = editConflictText('goal');

/**
 * A milestone's done date refused (after today, or not a real day, as a clock set back or a
 * restored backup leaves it), said at its "done" box. The box shows no date and only ticking
 * it again changes the date (to today, doneOnWhenTicked), so the words name the date and say
 * that; "Enter a date" would ask for a field there is not.
 */
export function milestoneDoneText(code: string, doneOn: string | null | undefined): string {
  const what =
    code === 'DATE_IN_FUTURE'
      ? `Marked done on ${formatDate(doneOn)}, a date after today.`
      : `Marked done on “${doneOn ?? ''}”, which is not a real date.`;
  return `${what} To mark it done today, untick this box and tick it again; if it is not done yet, leave it unticked.`;
}

export function goalErrorText(
  code: string,
  detail?: { expected?: number; actual?: number },
): string {
  switch (code) {
    case 'TOO_LONG':
      // The limit and the text's length, from the validator: "at most 120 fit".
      return fieldErrorText(code, detail);
    case 'NO_MEASURABLE_TARGET':
      return 'Give the goal a measurable target: a number above zero, or a requirement on your ladder.';
    case 'UNIT_MISMATCH':
    case 'KIND_MISMATCH':
      return 'This target does not fit the kind of goal; choose another measure or kind.';
    case 'NO_CREDENTIAL':
      return 'Choose the credential to earn.';
    case 'LEVEL_OUT_OF_RANGE':
      return 'Skill levels go from 1 to 5.';
    case 'MORE_THAN_CHOSEN':
      return moreThanChosenText(detail?.expected ?? 1);
    case 'NOT_A_NUMBER':
      return 'Enter a number, for example 12.';
    case 'NOT_WHOLE':
      return 'Enter a whole number, for example 12.';
    case 'UNKNOWN_RUNG':
    case 'UNKNOWN_REQUIREMENT':
      return 'This requirement is no longer on your ladder; choose another.';
    case 'DATE_TOO_EARLY':
      return 'This date is before 1950. Check the year and type all four digits: a year typed as 26 is read as the year 0026, not 2026.';
    case 'END_BEFORE_START':
      return 'The target date cannot be before the start date.';
    case 'MILESTONE_BEFORE_START':
      return 'This milestone is due before the goal starts.';
    case 'MILESTONE_AFTER_TARGET':
      return 'This milestone is due after the goal’s target date.';
    case 'DUPLICATE':
      return 'This milestone appears twice.';
    default:
      return careerErrorText(code, detail);
  }
}

/**
 * What a goal is measured by, named on its card: the ladder requirement and its rung, or the
 * records a number is counted from ("Contact hours (PMO)", "Credentials held: PMP or PgMP").
 */
export function measureText(
  target: GoalTarget | null,
  plan: Pick<LadderPlan, 'rungs'>,
  nameOf: (credentialId: string) => string,
): string | null {
  if (!target) return null;
  if (target.type === 'requirement') {
    const rung = plan.rungs.find((r) => r.id === target.rungId);
    const q = rung?.requirements.find((x) => x.id === target.requirementId);
    return q && rung
      ? `Ladder requirement: ${requirementTitle(q, nameOf)} (${rung.name})`
      : 'Ladder requirement: no longer in your ladder';
  }
  const m = target.measure;
  switch (m.source) {
    case 'experience':
      return m.roleTypes === 'any-role'
        ? 'Months of experience in any role'
        : `Months of ${roleTypesInText(m.roleTypes)}`;
    case 'contact-hours':
      return `Contact hours (${topicLabels[m.topic]})`;
    case 'learning-credits':
      return `Learning hours in the credit log (${m.area === 'all' ? 'all areas' : areaLabels[m.area]}), since the start date`;
    case 'skill':
      return `${skillName(m.skill)}: level`;
    case 'credentials':
      return `Credentials held: ${m.anyOf.map(nameOf).join(' or ')}`;
    default:
      return measureLabels[m.source];
  }
}
