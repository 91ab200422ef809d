/**
 * The order goals are listed in, wherever they are listed (the Goals screen, the report, the
 * study planner's choice of goal). PRODUCT.md: the user "always knows … what is due when", so
 * the goal due first comes first. Read in the order IndexedDB keeps them — by their random ids
 * — a goal just added landed anywhere among the others, and the list never said what was due.
 * README, Decisions.
 */
import type { Goal } from './types';

type Ordered = Pick<Goal, 'id' | 'title' | 'startDate' | 'targetDate'>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Earliest target date first; goals without a target date after every goal with one; then the
 * earlier start; then the title (case aside, numbers in their order: "Goal 2" before "Goal 10");
 * the id last, so two goals alike in all of these keep one order on every screen. A status does
 * not move a goal: marking it achieved leaves it where it is.
 */
export function compareGoals(a: Ordered, b: Ordered): number {
  if (a.targetDate !== b.targetDate) {
    if (a.targetDate === null) return 1;
    if (b.targetDate === null) return -1;
    return byText(a.targetDate, b.targetDate);
  }
  return (
    byText(a.startDate, b.startDate) ||
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }) ||
    byText(a.id, b.id)
  );
}

/** The goals in the order above (compareGoals), as a new list. */
export function sortGoals<G extends Ordered>(goals: readonly G[]): G[] {
  return [...goals].sort(compareGoals);
}
