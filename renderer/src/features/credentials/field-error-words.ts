/**
 * The credential and activity forms' field errors in words, from the validators' codes
 * (messages.ts re-exports fieldErrorText).
 */
import { formatNumber, formatNumber as num } from '../../components/format';

/** Field-error codes from the credential and activity validators. */
export function fieldErrorText(
  code: string,
  detail?: { expected?: number; actual?: number; field?: string },
): string {
  switch (code) {
    case 'REQUIRED':
      // Work as a practitioner's time in the role (validateActivity): which day to type.
      if (detail?.field === 'practitionerPeriod')
        return 'Enter the first day in the role, or clear “In the role until” to claim without one.';
      if (detail?.field === 'roleEnd')
        return 'Enter the last day in the role, or leave it blank if you are still in it.';
      return 'This is needed.';
    case 'TOO_LONG':
      if (!detail?.expected) return 'This is too long; shorten it.';
      return detail.actual && detail.actual > detail.expected
        ? `This is too long: ${formatNumber(detail.actual)} characters, at most ${formatNumber(detail.expected)} fit. Shorten it by ${formatNumber(detail.actual - detail.expected)}.`
        : `This is too long: at most ${formatNumber(detail.expected)} characters. Shorten it.`;
    case 'DATE_INVALID':
      return 'Enter a real date.';
    case 'EARNED_IN_FUTURE':
      // A credential's earned date (validateHeldCredential), or an activity's completion date.
      return detail?.field === 'earnedDate'
        ? 'This date is in the future. Use the day you earned it; a credential not earned yet is "Preparing" or "Exam booked".'
        : 'This date is in the future. Use today or an earlier date, or mark the activity as planned.';
    case 'EARNED_DATE_REQUIRED':
      return 'An earned credential needs the date it was earned.';
    case 'EARNED_BEFORE_EXAM':
      return 'The earned date is before the exam date. Enter the day you passed the exam; if the exam moved, change the exam date to that day too.';
    case 'RENEWAL_BEFORE_EARNED':
      return 'A renewal must come after the earned date.';
    case 'RENEWAL_OUTSIDE_WINDOW':
      // A recorded renewal these dates leave outside every renewal window (validateRenewals).
      return 'With these dates it would renew no cycle: it falls outside every renewal window. Correct its day first with Edit under Recorded renewals (or Delete it there if it does not apply), then change these dates again.';
    case 'RENEWAL_IN_FUTURE':
      return 'A renewal cannot be in the future.';
    case 'APPROVED_IN_FUTURE':
      return 'This date is in the future. Use the day PMI approved your application, or leave it empty until then.';
    case 'APPROVED_AFTER_EXAM':
      return 'The approval date is after the exam date, but an exam is sat after its application is approved. Check both dates; if the exam date is from an earlier application, enter the new one, or clear it until the new exam is booked.';
    case 'ATTEMPTS_OUT_OF_RANGE':
      return 'Choose 0, 1, 2 or 3 attempts.';
    case 'START_AFTER_END':
      if (detail?.field === 'practitionerPeriod')
        return 'The first day in the role must be on or before the last: “In the role until”, or the completion date when that is blank.';
      return 'The start date must be on or before the completion date.';
    case 'UNKNOWN_VALUE':
      return 'Choose one of the options in the list.';
    case 'NOT_A_NUMBER':
      return 'Enter a number, for example 1.5.';
    case 'NEGATIVE':
      return 'This cannot be negative.';
    case 'NOT_POSITIVE':
      return 'Enter more than zero hours.';
    case 'HOURS_NOT_QUARTER':
      return 'Use quarter-hour steps: .25, .5 or .75.';
    case 'SHARE_OUT_OF_RANGE':
      return 'The relevant share is a percentage above 0 and at most 100.';
    case 'COUNTS_NOTHING':
      return 'With this share nothing counts; raise the share or the hours.';
    case 'SPLIT_MISMATCH':
      return detail?.expected !== undefined
        ? `The areas must add up to the counted hours: ${num(detail.expected)}, not ${num(detail.actual ?? 0)}.`
        : 'The areas must add up to the counted hours.';
    case 'SPLIT_ON_GIVING_BACK':
      return 'Giving Back is not split across areas; leave the areas at zero.';
    case 'ALLOCATION_EXCEEDS_WAYS_OF_WORKING':
      return `At most ${num(detail?.expected ?? 0)} hours of Ways of Working can be allocated.`;
    case 'NOT_APPLICABLE':
      return 'This does not apply here.';
    case 'FILE_TOO_LARGE':
      return 'This file is larger than 20 MB. Save a smaller copy (for example a PDF of the certificate) and attach that.';
    case 'FILE_EMPTY':
      return 'This file is empty; attach the real file.';
    case 'NOT_WHOLE':
    case 'NOT_WHOLE_YEARS':
      return 'Use a whole number.';
    case 'TOO_SMALL':
      return 'This number is too small.';
    case 'TOO_LARGE':
      return 'This number is too large.';
    case 'ID_TAKEN':
    case 'DUPLICATE':
      return 'This name is already used.';
    case 'TOTAL_BELOW_MINIMUMS':
      // Said in the row being saved: the total's, or a minimum's that would pass the total.
      return detail?.field === 'total' || detail?.field === 'overrides.total'
        ? `The total cannot be below what the minimums ask for: use ${num(detail?.expected ?? 0)} or more, or lower the minimums first.`
        : `The minimums cannot add up to more than the total (${num(detail?.actual ?? 0)}): use a smaller number, or raise the total first.`;
    case 'MIN_ABOVE_CAP':
      return 'The minimum cannot be above the cap.';
    case 'MIN_ABOVE_TOTAL':
      // A category minimum of a definition of your own above its total (customCredentialSchema).
      return detail?.expected === undefined
        ? 'The minimum cannot be above the total per cycle: use a smaller number, or raise the total first.'
        : `The minimum cannot be above the total per cycle: use ${num(detail.expected)} or less, or raise the total first.`;
    case 'TOO_MANY':
      // Only the categories of a definition of your own are limited in number (customCredentialSchema).
      return 'At most 20 categories: remove the ones you need least.';
    default:
      return 'Check this value.';
  }
}
