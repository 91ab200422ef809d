/**
 * A goal's progress in words, for its card on the Goals screen and the printed report alike:
 * what the goal is measured by ("Credentials held: PMI-PMOCP") and how far it is ("0 of 1
 * (0%)", "level 2 of 4 (50%)", "12 of 36 months (33%)"), so both places say the same. A goal
 * linked to a ladder requirement says it in the requirement's own terms, as the ladder's rung
 * table does (requirementCells): an education level by name, months, hours and levels with
 * their unit.
 */
import type { RequirementKind } from '../../../../shared/catalog/ladder-requirements';
import { SKILL_LEVEL_MIN } from '../../../../shared/catalog/skills/skills';
import type { Goal, GoalProgress, GoalUnit } from '../../../../shared/domain/goals';
import type { RequirementResult } from '../../../../shared/domain/readiness';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { monthsText } from '../experience/messages';
import { requirementCells } from '../ladder/messages';
import { measureText, notStartedText, unitWord } from './messages';

/**
 * What a goal is measured by: the ladder requirement and its rung, or the records a number is
 * counted from (measureText). Null for a goal without a target.
 */
export const goalMeasureText = measureText;

/**
 * "12 of 36 months", "0 of 1 hour", "3 of 12 books" (`label`: a count of the user's own), a
 * skill "level 2 of 4", or "not rated yet (level 3 is the target)" as levels start at 1.
 */
function haveOfNeed(unit: GoalUnit, have: number, need: number, label = ''): string {
  if (unit === 'level') {
    return have < SKILL_LEVEL_MIN
      ? `not rated yet (level ${formatNumber(need)} is the target)`
      : `level ${formatNumber(have)} of ${formatNumber(need)}`;
  }
  const word = unit === 'custom' ? label : unitWord(unit, need);
  return `${formatNumber(have)} of ${formatNumber(need)} ${word}`.trim();
}

/** The unit a linked requirement counts in, as its row on the ladder says it (else a count). */
const requirementUnits: Partial<Record<RequirementKind, GoalUnit>> = {
  'pm-education-hours': 'hours',
  'continuous-learning': 'hours',
  'leadership-training': 'hours',
  skill: 'level',
};

/**
 * A linked requirement's progress: an education level by name, the level held and the one
 * needed ("Bachelor’s degree (four-year); Master’s degree or MBA needed": a rank of levels
 * has no percent); a requirement of the user's own done or not; any other in its unit, with
 * its percent ("1 year 10 months of 3 years (61%)", "14 of 35 hours (40%)").
 */
function requirementAmount(r: RequirementResult, percent: number): string {
  if (r.kind === 'education-level') {
    const cells = requirementCells(r);
    const unknown = r.evidence.kind === 'education-level' && r.evidence.level === null;
    return `${unknown ? 'Education level not entered' : cells.have}; ${cells.need} needed`;
  }
  if (r.kind === 'custom') return r.met ? 'Done' : 'Not done';
  // Months as the ladder's rung table says them: "1 year 10 months of 3 years".
  if (r.kind === 'experience')
    return `${monthsText(r.have)} of ${monthsText(r.need)} (${formatPercent(percent)})`;
  const amount = haveOfNeed(requirementUnits[r.kind] ?? 'count', r.have, r.need);
  return `${amount} (${formatPercent(percent)})`;
}

/**
 * How far a goal is: "12 of 36 months (33%)"; a skill level "level 2 of 4 (50%)", or "not rated
 * yet (level 3 is the target)" as levels start at 1; a linked requirement in its own terms
 * (requirementAmount); before its start date, when it starts; when nothing can be measured,
 * that.
 */
export function goalAmountText(
  goal: Pick<Goal, 'target' | 'startDate'>,
  p: Pick<GoalProgress, 'problem' | 'have' | 'need' | 'percent' | 'requirement'>,
): string {
  if (p.problem === 'NOT_STARTED') return notStartedText(formatDate(goal.startDate));
  if (p.have === null || p.need === null) return 'Progress cannot be measured yet.';
  const t = goal.target;
  if (t?.type === 'requirement' && p.requirement)
    return requirementAmount(p.requirement, p.percent);
  const amount =
    t?.type === 'number'
      ? haveOfNeed(t.unit, p.have, p.need, t.unitLabel)
      : `${formatNumber(p.have)} of ${formatNumber(p.need)}`;
  return `${amount} (${formatPercent(p.percent)})`;
}
