/** Milestone checks of a goal (issue 5 part 9), used by validateGoal. */
import { checkLength, type FieldError } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';
import type { Goal } from './types';

export type MilestoneErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'MILESTONE_BEFORE_START'
  | 'MILESTONE_AFTER_TARGET'
  | 'DUPLICATE';

export const MILESTONE_TITLE_MAX = 120;

/**
 * Each milestone: a title, a real due date between the goal's start and target dates
 * (inclusive), a done date (if any) that is real and not after `asOf`, a unique id.
 */
export function validateMilestones(goal: Goal, asOf: LocalDate): FieldError<MilestoneErrorCode>[] {
  const e: FieldError<MilestoneErrorCode>[] = [];
  const seen = new Set<string>();
  goal.milestones.forEach((m, i) => {
    const f = `milestones.${i}`;
    if (seen.has(m.id)) e.push({ field: `${f}.id`, code: 'DUPLICATE' });
    seen.add(m.id);
    const title = m.title.trim();
    if (title === '') e.push({ field: `${f}.title`, code: 'REQUIRED' });
    else checkLength(title, MILESTONE_TITLE_MAX, `${f}.title`, e);
    if (!isLocalDate(m.due))
      e.push({ field: `${f}.due`, code: m.due ? 'DATE_INVALID' : 'REQUIRED' });
    else if (isLocalDate(goal.startDate) && m.due < goal.startDate) {
      e.push({ field: `${f}.due`, code: 'MILESTONE_BEFORE_START' });
    } else if (
      goal.targetDate !== null &&
      isLocalDate(goal.targetDate) &&
      m.due > goal.targetDate
    ) {
      e.push({ field: `${f}.due`, code: 'MILESTONE_AFTER_TARGET' });
    }
    if (m.doneOn !== null) {
      if (!isLocalDate(m.doneOn)) e.push({ field: `${f}.doneOn`, code: 'DATE_INVALID' });
      else if (m.doneOn > asOf) e.push({ field: `${f}.doneOn`, code: 'DATE_IN_FUTURE' });
    }
  });
  return e;
}

/**
 * The done date of a milestone ticked "done" again in the same edit: the one it had (`kept`,
 * as the form opened or as last given), so unticking and ticking back changes nothing. Today
 * when it had none, or when the one it had is one validateMilestones refuses (not a real day,
 * or after `asOf`): ticking again is then the way to put it right.
 */
export function doneOnWhenTicked(kept: string | null | undefined, asOf: LocalDate): LocalDate {
  return kept && isLocalDate(kept) && kept <= asOf ? kept : asOf;
}
