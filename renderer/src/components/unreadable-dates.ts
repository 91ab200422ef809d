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
export function unreadableDates(form: HTMLFormElement): string[] {
  return Array.from(form.querySelectorAll<HTMLInputElement>('input[type="date"][name]'))
    .filter((input) => input.validity.badInput)
    .map((input) => input.name);
}

/**
 * A date field holding something that is not a whole, real day (29 February of a year without
 * one, a date half typed): the field shows it, but it has no date to save.
 */
export const unreadableDateText =
  'This date is not complete or does not exist. Enter a real date: day, month and year.';
