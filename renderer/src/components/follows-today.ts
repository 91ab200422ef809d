import type { LocalDate } from '../../../shared/dates';

/**
 * A new record's date that starts on today, as a form keeps it: `null` while untouched, read
 * as today, so it follows the day past midnight (a form left open overnight saved on the day
 * before, though nothing was typed in the date). A date typed stays as typed.
 */
export type KeptDate = string | null;

/** The date the field shows and the save takes: the one typed, or today. */
export const shownDate = (kept: KeptDate, today: LocalDate): string => kept ?? today;

/**
 * A date typed in the field, as kept. On a new record, today itself is `null` again: it
 * follows the day. An edit (`follows` false) keeps whatever is typed, today too.
 */
export const keptDate = (typed: string, today: LocalDate, follows = true): KeptDate =>
  follows && typed === today ? null : typed;
