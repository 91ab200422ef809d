/**
 * How far a goal is from its target date, for its card on the Goals screen (PRODUCT.md, Goals:
 * "measurable goals with target dates"; the goal card's "12 days left", "due today", "3 days
 * overdue"). Ascent's reading (README, Decisions: days to a goal's target date):
 *
 * - whole calendar days from the user's own day (`asOf`, today where they are) to the target
 *   date, counted on day numbers (shared/dates daysBetween), so no time zone or daylight-saving
 *   change can move a day; the target date is the last day to act: on it the goal is "due
 *   today", the day after it is 1 day overdue — as every other "days left" in Ascent counts
 *   (credits/pace.ts);
 * - only for a goal still to be achieved: active or paused, with its target not yet reached. An
 *   achieved goal has nothing left to do by then, nor does one whose target is reached (its card
 *   offers to mark it achieved instead), and a dropped goal is no longer pursued. A goal with no
 *   target date (or one that is no day) has nothing to count down to.
 */
import { daysBetween, isLocalDate, type LocalDate } from '../../dates';
import type { Goal } from './types';

export type GoalDue =
  /** The target date is `days` (1 or more) days after `asOf`. */
  | { code: 'DAYS_LEFT'; days: number }
  /** The target date is `asOf`: the last day to reach it. */
  | { code: 'DUE_TODAY'; days: 0 }
  /** The target date was `days` (1 or more) days before `asOf`. */
  | { code: 'OVERDUE'; days: number };

/**
 * Days from `asOf` to the goal's target date as the card says them (see above), or null when the
 * card says none: no target date, or a goal achieved, dropped or with its target reached (`met`,
 * as goalProgress judges it).
 */
export function goalDue(
  goal: Pick<Goal, 'status' | 'targetDate'>,
  asOf: LocalDate,
  met: boolean,
): GoalDue | null {
  if (goal.status !== 'active' && goal.status !== 'paused') return null;
  if (met || goal.targetDate === null || !isLocalDate(goal.targetDate)) return null;
  const days = daysBetween(asOf, goal.targetDate);
  if (days > 0) return { code: 'DAYS_LEFT', days };
  if (days === 0) return { code: 'DUE_TODAY', days: 0 };
  return { code: 'OVERDUE', days: -days };
}
