/**
 * Checking a study block the user moves or changes (issue 7 part 2, with the rule on past days
 * from the study walkthrough review, A14). Returns a code; the UI words it.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import { clockMinutes, isClockTime } from './clock';

export interface BlockChange {
  date: string;
  start: string;
  minutes: number;
}

export type BlockChangeError =
  | 'DATE_INVALID'
  | 'DAY_PASSED'
  | 'AFTER_DEADLINE'
  | 'NO_STUDY_DAY'
  | 'TIME_INVALID'
  | 'MINUTES_INVALID'
  | 'PAST_MIDNIGHT';

/** Whether two blocks sit at the same place: day, start and length (what a move changes). */
export const sameBlockPlace = (a: BlockChange, b: BlockChange): boolean =>
  a.date === b.date && a.start === b.start && a.minutes === b.minutes;

/** A block is one sitting: 15-minute steps, at most the 16 hours a day may hold. */
export const BLOCK_MINUTES = { min: 15, max: 16 * 60 } as const;

const DAY_MINUTES = 24 * 60;

/**
 * Null when the change can be saved, else why not. Ascent rule (review A14): a block is
 * planned study, so it can only be put on today or a day still to come (`asOf` is today);
 * a block on a day already gone stays as it was, the record of what was planned (it counts
 * in "behind schedule"), and moving or shortening it would rewrite that record. It can still
 * be moved forward to today or later, which is how a missed sitting is made up.
 *
 * `deadline` is the plan's exam date (or goal target date): as the planner never lays study
 * on or after it (StudyPlan.deadline), a block is not moved there either — such a block would
 * not count as still planned and the next re-plan would drop it. The plan's free days before
 * the deadline are the planner's choice, not a limit: a block may be moved into them. Optional
 * only for a caller that does not know the plan yet; every writer should pass it.
 *
 * `blackouts` are the plan's days with no study (Ascent rule, study review): a block is not
 * put on one, as a re-plan would drop it there (replanRemaining); the person takes the day off
 * the plan's list first if they mean to study on it after all.
 *
 * A block is one sitting on one day: it ends by midnight (ending at 24:00 exactly is fine), as
 * a block that ran into the next day would be planned on two days.
 */
export function checkBlockChange(
  change: BlockChange,
  asOf: LocalDate,
  deadline?: LocalDate | null,
  blackouts: readonly LocalDate[] = [],
): BlockChangeError | null {
  if (!isLocalDate(change.date)) return 'DATE_INVALID';
  if (change.date < asOf) return 'DAY_PASSED';
  if (deadline && isLocalDate(deadline) && change.date >= deadline) return 'AFTER_DEADLINE';
  if (blackouts.includes(change.date)) return 'NO_STUDY_DAY';
  if (!isClockTime(change.start)) return 'TIME_INVALID';
  const m = change.minutes;
  if (!Number.isInteger(m) || m < BLOCK_MINUTES.min || m > BLOCK_MINUTES.max || m % 15 !== 0)
    return 'MINUTES_INVALID';
  if (clockMinutes(change.start) + m > DAY_MINUTES) return 'PAST_MIDNIGHT';
  return null;
}
