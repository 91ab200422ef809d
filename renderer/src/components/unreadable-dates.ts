import type { FieldError } from '../../../shared/catalog/credentials/validation';

/**
 * Date fields holding something typed that is not a whole, real day: 29 February of a year
 * without one, a date half typed. Chromium's date field then has no value at all, only
 * `validity.badInput`, so a form reading its value reads it as left empty: an optional date
 * would be saved as none, the date typed lost unseen. Forms with a date field refuse the save
 * instead and say so at the field (unreadableDateText).
 */

/**
 * The names ('targetDate', 'milestones.0.due', 'courses.1.date'…) of the form's named date
 * fields that hold something that is not a day.
 */
export const unreadableDates = (form: HTMLFormElement): string[] =>
  holdingBadInput(form, 'input[type="date"][name]');

/** The names of the form's fields matched by `fields` whose typing is no value they can give. */
function holdingBadInput(form: HTMLFormElement, fields: string): string[] {
  return Array.from(form.querySelectorAll<HTMLInputElement>(fields))
    .filter((input) => input.validity.badInput)
    .map((input) => input.name);
}

/**
 * A date field holding something that is not a whole, real day (29 February of a year without
 * one, a date half typed): the field shows it, but it has no date to save.
 */
export const unreadableDateText =
  'This date is not complete or does not exist. Enter a real date: day, month and year.';

/**
 * A save's errors by the field they show at: the unreadable fields' first (`unreadableText`:
 * a date's by default, unreadableMonthText for months), then the validator's `found`, worded by
 * `textOf` at the field `at` puts them; a field keeps the first error said of it.
 */
export function errorsWithUnreadable<E extends Pick<FieldError, 'field'>>(
  unreadable: readonly string[],
  found: readonly E[],
  textOf: (error: E) => string,
  at: (field: string) => string = (field) => field,
  unreadableText: string = unreadableDateText,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of unreadable) errors[field] = unreadableText;
  for (const x of found) errors[at(x.field)] ??= textOf(x);
  return errors;
}

/**
 * The names ('start', 'end') of the form's named month fields holding a month half typed: as a
 * date field, Chromium's month field then has no value, only `validity.badInput`, and a form
 * reading its value reads it as left empty. A disabled field (an ongoing role's end) is not read.
 */
export const unreadableMonths = (form: HTMLFormElement): string[] =>
  holdingBadInput(form, 'input[type="month"][name]:not(:disabled)');

/** A month field holding a month half typed: the field shows it, but it has no month to save. */
export const unreadableMonthText =
  'This month is not complete. Enter a full month: month and year.';
