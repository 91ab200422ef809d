/**
 * Which goals a progress report lists for its period (issue 8 part 1: "goals" in a report
 * for a period). A goal still being worked on (active or paused) is always listed; a goal
 * achieved is listed when it may have been achieved in the period, marked when its own dates
 * put it after the period's end, and left out when they put it before the period or wholly
 * after it; a dropped goal is never listed, as before. A twelve-month report once listed a
 * goal achieved eight years earlier, and a report over past own dates a goal achieved since.
 *
 * Ascent does not keep the day a goal was marked achieved, and the day it was last saved says
 * nothing of it (a goal of years ago is typed in today). So a goal is judged by the dates it
 * carries itself, those the user sees on its card and on paper: its start, its target date,
 * and its milestones' due and done days.
 * - Before: an achieved goal whose every date lies before the period is left out; one with any
 *   date inside the period or after it (done late, a milestone ticked in the period) stays. A
 *   period reaching back to the goal's first date lists it, so a report over the whole record
 *   lists every goal achieved.
 * - After: a goal is not achieved before it starts, nor before the last of its steps is done
 *   (goalDoneNoEarlier). When that day is after the period's end, the goal was achieved after
 *   the period: listed as such when it started by the period's end (it was worked on in the
 *   period), left out when it started after. A target date after the period says nothing (a
 *   goal may be achieved early).
 * - Dropped: no date a goal carries says when it was dropped (a goal may be dropped before
 *   its start, or years after its last step, and be typed in long after), so no report can
 *   tell whether that happened in its period; dropped goals are not listed rather than guessed.
 * README, Decisions.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import type { Goal } from '../goals';

type Dated = Pick<Goal, 'startDate' | 'targetDate' | 'milestones'>;

const latest = (days: readonly (string | null | undefined)[]): LocalDate | null => {
  const real = days.filter((d): d is LocalDate => isLocalDate(d));
  return real.length === 0 ? null : real.reduce((a, b) => (b > a ? b : a));
};

/**
 * The latest day a goal names: its start, its target date, its milestones' due and done days
 * (days that are not calendar days are passed over). Null when it names none.
 */
export function goalLastDay(goal: Dated): LocalDate | null {
  return latest([
    goal.startDate,
    goal.targetDate,
    ...goal.milestones.flatMap((m) => [m.due, m.doneOn]),
  ]);
}

/**
 * The earliest day a goal can have been achieved by its own dates: the later of its start and
 * its milestones' done days (the work went on until then). Null when it names none.
 */
export function goalDoneNoEarlier(goal: Pick<Goal, 'startDate' | 'milestones'>): LocalDate | null {
  return latest([goal.startDate, ...goal.milestones.map((m) => m.doneOn)]);
}

/**
 * Where a goal stands in a report for a period: listed; listed as achieved after the period
 * ('achieved-after'); or left out, and why.
 */
export type GoalInReport =
  'listed' | 'achieved-after' | 'achieved-before' | 'begun-after' | 'dropped';

/**
 * Whether a report for `period` lists `goal` (the module's rule): active and paused goals
 * always; achieved ones unless their last day (goalLastDay) is before the period's first
 * ('achieved-before') or their start is after its last ('begun-after'), marked
 * 'achieved-after' when a step was done after its last (goalDoneNoEarlier); dropped ones
 * never. An achieved goal naming no date at all is listed: nothing says it is out of the period.
 */
export function goalInReport(
  goal: Pick<Goal, 'status' | 'startDate' | 'targetDate' | 'milestones'>,
  period: { from: LocalDate; to: LocalDate },
): GoalInReport {
  if (goal.status === 'dropped') return 'dropped';
  if (goal.status !== 'achieved') return 'listed';
  const last = goalLastDay(goal);
  if (last !== null && last < period.from) return 'achieved-before';
  if (isLocalDate(goal.startDate) && goal.startDate > period.to) return 'begun-after';
  const done = goalDoneNoEarlier(goal);
  return done !== null && done > period.to ? 'achieved-after' : 'listed';
}

/** A goal a report lists, and whether its own dates put its achievement after the period. */
export interface GoalListed<G> {
  goal: G;
  achievedAfter: boolean;
}

/** The goals a report for a period lists, and how many it leaves out for each reason. */
export interface GoalsInReport<G> {
  /** In the order given. */
  listed: GoalListed<G>[];
  /** Achieved goals left out as over before the period. */
  achievedBefore: number;
  /** Achieved goals left out as started (and so achieved) after the period. */
  begunAfter: number;
}

/**
 * The goals a report for `period` lists, in the order given, and how many achieved goals were
 * left out as over before the period or begun after it (the report says so; dropped goals are
 * not counted). One pass over the goals for the whole report.
 */
export function reportGoals<G extends Goal>(
  goals: readonly G[],
  period: { from: LocalDate; to: LocalDate },
): GoalsInReport<G> {
  const out: GoalsInReport<G> = { listed: [], achievedBefore: 0, begunAfter: 0 };
  for (const goal of goals) {
    const place = goalInReport(goal, period);
    if (place === 'listed' || place === 'achieved-after')
      out.listed.push({ goal, achievedAfter: place === 'achieved-after' });
    else if (place === 'achieved-before') out.achievedBefore += 1;
    else if (place === 'begun-after') out.begunAfter += 1;
  }
  return out;
}
