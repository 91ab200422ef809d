/**
 * Rules of a goal's numeric target that the form and the card share with the validator
 * (issue 5 part 6: a measurable target that can be reached, progress that is true).
 */
import type { LocalDate } from '../../dates';
import type { Goal, GoalMeasure } from './types';

/**
 * The most a target can ask of its measure, or null when nothing caps it. A credential goal
 * counts the credentials it names that are held, so it can never count more than it names:
 * "PMP — 0 of 3" could never be reached with one credential chosen.
 */
export function targetCeiling(m: GoalMeasure): number | null {
  return m.source === 'credentials' ? m.anyOf.length : null;
}

/**
 * The target a measure starts with, or null when the user must type one: a credential goal
 * aims at every credential it names (one named, one to hold), so "Earn PMP" saves as it is.
 */
export function defaultTargetValue(m: GoalMeasure): number | null {
  const ceiling = targetCeiling(m);
  return ceiling !== null && ceiling > 0 ? ceiling : null;
}

/**
 * Measures counted in whole numbers. "My own count" counts things (books, talks, courses), so
 * its count and its target are whole, as months and credentials are; a half of a book is not
 * a count. Hours (quarter steps) and skill levels have their own rules.
 */
export function isCountedWhole(m: GoalMeasure): boolean {
  return m.source === 'manual';
}

/**
 * Whether a goal has started on `asOf`: its start date is `asOf` or before. A goal that has
 * not started has no progress yet — a count typed in ahead, or records held from before, do
 * not make a goal that starts next year "reached" today (goalProgress: NOT_STARTED).
 */
export function hasStarted(goal: Pick<Goal, 'startDate'>, asOf: LocalDate): boolean {
  return goal.startDate <= asOf;
}
