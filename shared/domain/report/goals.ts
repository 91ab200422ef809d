/**
 * Which goals a progress report lists for its period (issue 8 part 1: "goals" in a report
 * for a period). A goal still being worked on (active or paused) is always listed; a goal
 * achieved is listed unless it was over before the period began; a dropped goal is never
 * listed, as before. A twelve-month report once listed a goal achieved eight years earlier.
 *
 * Ascent does not keep the day a goal was marked achieved, and the day it was last saved says
 * nothing of it (a goal of years ago is typed in today). So a goal is judged by the dates it
 * carries itself, those the user sees on its card and on paper: its start, its target date,
 * and its milestones' due and done days. An achieved goal whose every date lies before the
 * period is left out; one with any date inside the period or after it (done late, a milestone
 * ticked in the period) stays. A period reaching back to the goal's first date lists it, so
 * a report over the whole record lists every goal achieved. README, Decisions.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import type { Goal } from '../goals';

/**
 * The latest day a goal names: its start, its target date, its milestones' due and done days
 * (days that are not calendar days are passed over). Null when it names none.
 */
export function goalLastDay(
  goal: Pick<Goal, 'startDate' | 'targetDate' | 'milestones'>,
): LocalDate | null {
  const days = [
    goal.startDate,
    goal.targetDate,
    ...goal.milestones.flatMap((m) => [m.due, m.doneOn]),
  ].filter((d): d is LocalDate => isLocalDate(d));
  return days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a));
}

/** Where a goal stands in a report for a period: listed, or left out and why. */
export type GoalInReport = 'listed' | 'achieved-before' | 'dropped';

/**
 * Whether a report for `period` lists `goal` (the module's rule): active and paused goals
 * always; achieved ones unless their last day (goalLastDay) is before the period's first;
 * dropped ones never. An achieved goal naming no date at all is listed: nothing says it is old.
 */
export function goalInReport(
  goal: Pick<Goal, 'status' | 'startDate' | 'targetDate' | 'milestones'>,
  period: { from: LocalDate },
): GoalInReport {
  if (goal.status === 'dropped') return 'dropped';
  if (goal.status !== 'achieved') return 'listed';
  const last = goalLastDay(goal);
  return last !== null && last < period.from ? 'achieved-before' : 'listed';
}

/**
 * The goals a report for `period` lists, in the order given, and how many achieved goals were
 * left out as over before the period (the report says so; dropped goals are not counted).
 */
export function reportGoals<G extends Goal>(
  goals: readonly G[],
  period: { from: LocalDate },
): { listed: G[]; achievedBefore: number } {
  const listed: G[] = [];
  let achievedBefore = 0;
  for (const g of goals) {
    const place = goalInReport(g, period);
    if (place === 'listed') listed.push(g);
    else if (place === 'achieved-before') achievedBefore += 1;
  }
  return { listed, achievedBefore };
}
