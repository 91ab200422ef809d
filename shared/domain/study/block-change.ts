/**
 * Checking a study block the user moves or changes (issue 7 part 2, with the rule on past days
 * from the study walkthrough review, A14). Returns a code; the UI words it.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import { isClockTime } from './clock';

export interface BlockChange {
  date: string;
  start: string;
  minutes: number;
}

export type BlockChangeError = 'DATE_INVALID' | 'DAY_PASSED' | 'TIME_INVALID' | 'MINUTES_INVALID';

/** A block is one sitting: 15-minute steps, at most the 16 hours a day may hold. */
export const BLOCK_MINUTES = { min: 15, max: 16 * 60 } as const;

/**
 * Null when the change can be saved, else why not. Ascent rule (review A14): a block is
 * planned study, so it can only be put on today or a day still to come (`asOf` is today);
 * a block on a day already gone stays as it was, the record of what was planned (it counts
 * in "behind schedule"), and moving or shortening it would rewrite that record. It can still
 * be moved forward to today or later, which is how a missed sitting is made up.
 */
export function checkBlockChange(change: BlockChange, asOf: LocalDate): BlockChangeError | null {
  if (!isLocalDate(change.date)) return 'DATE_INVALID';
  if (change.date < asOf) return 'DAY_PASSED';
  if (!isClockTime(change.start)) return 'TIME_INVALID';
  const m = change.minutes;
  if (!Number.isInteger(m) || m < BLOCK_MINUTES.min || m > BLOCK_MINUTES.max || m % 15 !== 0)
    return 'MINUTES_INVALID';
  return null;
}
