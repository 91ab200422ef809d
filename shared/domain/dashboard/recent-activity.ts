/**
 * The Dashboard's "Recent activity" (issue 10 part 2: "recent activity"): what the user has
 * done, newest first. A planned activity is not done (issue 3 part 3: a plan is never counted
 * as earned), nor is one dated after today — a plan, or a date typed ahead — so neither leads
 * the list: they are shown in the credit log and among the deadlines, not as recent activity.
 */
import type { LocalDate } from '../../dates';
import type { Activity } from '../credits';

type Dated = Pick<Activity, 'date' | 'status'>;

/** Done by `asOf`: not planned, and dated `asOf` or earlier. */
export function doneBy(a: Dated, asOf: LocalDate): boolean {
  return a.status !== 'planned' && a.date <= asOf;
}

/**
 * An order for the latest entries: those done by `asOf` first, each group in `newest` order
 * (newest first). Taking the first places of a list in this order keeps done entries ahead of
 * planned or later-dated ones; recentlyDone then leaves those out.
 */
export function doneFirst<T extends Dated>(
  asOf: LocalDate,
  newest: (a: T, b: T) => number,
): (a: T, b: T) => number {
  return (a, b) => Number(doneBy(b, asOf)) - Number(doneBy(a, asOf)) || newest(a, b);
}

/** The entries done by `asOf`, in the order given: what "Recent activity" lists. */
export function recentlyDone<T extends Dated>(entries: readonly T[], asOf: LocalDate): T[] {
  return entries.filter((a) => doneBy(a, asOf));
}
