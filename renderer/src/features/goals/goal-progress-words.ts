/**
 * A goal's progress in words, for its card on the Goals screen and the printed report alike:
 * what the goal is measured by ("Credentials held: PMI-PMOCP") and how far it is ("0 of 1
 * (0%)", "level 2 of 4 (50%)", "12 of 36 months (33%)"), so both places say the same.
 */
import { SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { Goal, GoalProgress, GoalTarget } from '../../../../shared/domain/goals';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { measureText, notStartedText, unitWord } from './messages';

/**
 * What a goal is measured by: the ladder requirement and its rung, or the records a number is
 * counted from (measureText). Null for a goal without a target.
 */
export const goalMeasureText = measureText;

/** The unit after "have of need", agreeing with `need` ("0 of 1 month", "12 of 36 months"). */
function unitOf(target: GoalTarget | null, need: number): string {
  if (target?.type !== 'number') return '';
  return target.unit === 'custom' ? (target.unitLabel ?? '') : unitWord(target.unit, need);
}

/**
 * How far a goal is: "12 of 36 months (33%)"; a skill level "level 2 of 4 (50%)", or "not rated
 * yet (level 3 is the target)" as levels start at 1; before its start date, when it starts; when
 * nothing can be measured, that.
 */
export function goalAmountText(
  goal: Pick<Goal, 'target' | 'startDate'>,
  p: Pick<GoalProgress, 'problem' | 'have' | 'need' | 'percent'>,
): string {
  if (p.problem === 'NOT_STARTED') return notStartedText(formatDate(goal.startDate));
  if (p.have === null || p.need === null) return 'Progress cannot be measured yet.';
  const t = goal.target;
  const level = t?.type === 'number' && t.unit === 'level';
  const amount = level
    ? p.have < SKILL_LEVEL_MIN
      ? `not rated yet (level ${formatNumber(p.need)} is the target)`
      : `level ${formatNumber(p.have)} of ${formatNumber(p.need)}`
    : `${formatNumber(p.have)} of ${formatNumber(p.need)} ${unitOf(t, p.need)}`.trim();
  return `${amount} (${formatPercent(p.percent)})`;
}
