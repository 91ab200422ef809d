/**
 * Words for the work-history and education codes (issue 5). The domain returns codes;
 * this is where they become sentences (DESIGN.md §4).
 */
import { projectRoleTypes, type RoleType } from '../../../../shared/domain/experience';
import type { EditConflict } from '../../components/use-edit-conflict';
import type { TrainingTopic } from '../../../../shared/domain/eligibility';
import { StorageError } from '../../db/errors';
import { storageErrorText } from '../../components/storage-messages';
import { fieldErrorText } from '../credentials/messages';
import { listText, formatMonth as monthText } from '../../components/format';

export const roleTypeLabels: Record<RoleType, string> = {
  'leading-projects': 'Leading projects',
  'project-team': 'Project team work (not leading)',
  pmo: 'PMO',
  program: 'Program management',
  portfolio: 'Portfolio management',
  agile: 'Agile',
  risk: 'Risk management',
  scheduling: 'Scheduling',
  'business-analysis': 'Business analysis',
  'general-business': 'General business (not projects)',
};

/** Role types inside a sentence ("2 years of PMO work"): acronyms kept, words in lower case. */
const roleTypeWords: Record<RoleType, string> = {
  'leading-projects': 'leading projects',
  'project-team': 'project team work',
  pmo: 'PMO work',
  program: 'program management',
  portfolio: 'portfolio management',
  agile: 'agile work',
  risk: 'risk management',
  scheduling: 'scheduling',
  'business-analysis': 'business analysis',
  'general-business': 'general business work',
};

/**
 * Which roles count, inside a sentence: "PMO work", "leading projects or program management",
 * "leading projects, PMO work or program management"; every kind of project work is "project
 * work of any kind", and 'any-role' "any role".
 */
export function roleTypesInText(selector: readonly RoleType[] | 'any-role'): string {
  if (selector === 'any-role') return 'any role';
  const all = projectRoleTypes.every((t) => selector.includes(t));
  if (all)
    return selector.includes('general-business') ? 'work in any role' : 'project work of any kind';
  const words = selector.map((t) => roleTypeWords[t]);
  return listText(words, 'or');
}

export const topicLabels: Record<TrainingTopic, string> = {
  general: 'General project management',
  agile: 'Agile',
  risk: 'Risk',
  scheduling: 'Scheduling',
  'business-analysis': 'Business analysis',
  pmo: 'PMO',
};

/** A future date of a completed course, or of anything else that has happened. */
function futureDateText(field: string | undefined): string {
  return /^courses\.\d+\.date$/.test(field ?? '')
    ? 'This date is in the future. Enter the day you completed the course: today or earlier. Add a course once you have finished it.'
    : 'This date is in the future. Enter today or an earlier date.';
}

/**
 * A field error of a role, degree or contact-hours entry, in words: what is wrong and what to
 * do about it (DESIGN.md §8). `detail.field` (the validator's path) picks the words where a
 * code means something different on different fields.
 */
export function careerErrorText(
  code: string,
  detail?: { expected?: number; actual?: number; field?: string },
): string {
  switch (code) {
    case 'MONTH_INVALID':
      return 'Enter a real month.';
    case 'END_MISSING':
      return 'Enter the last month you worked there, or tick Ongoing if you are still in this role.';
    case 'END_BEFORE_START':
      return 'The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.';
    case 'START_IN_FUTURE':
      return 'The start month is in the future. Enter the month you started, this month or earlier; add a role once it has started.';
    case 'END_IN_FUTURE':
      return 'The end month is in the future. Enter the last month you worked there, this month or earlier, or tick "Ongoing" if you are still in this role.';
    case 'START_TOO_EARLY':
      return 'This month is before 1950. Check the year and enter a month from 1950 onwards.';
    case 'NO_ROLE_TYPE':
      return 'Tick at least one kind of experience this role gave you.';
    case 'NOT_A_NUMBER':
      if (detail?.field === 'year') return 'Enter the year as four digits, for example 2015.';
      if (detail?.field === 'teamSize')
        return 'Enter the team size as a whole number, for example 8.';
      return fieldErrorText(code, detail);
    case 'NOT_WHOLE':
      return 'Enter a whole number.';
    case 'NEGATIVE':
      return 'This cannot be negative. Enter zero or more.';
    case 'TOO_SMALL':
      return 'Enter more than zero.';
    case 'CURRENCY_INVALID':
      return 'Use a three-letter currency code, for example EUR.';
    case 'YEAR_OUT_OF_RANGE':
      return 'Enter a year from 1950 onwards.';
    case 'YEAR_IN_FUTURE':
      return 'This year is in the future. Enter the year the degree was awarded, or leave the year empty until it is awarded.';
    case 'GAC_NEEDS_DEGREE':
      return 'GAC accreditation applies to bachelor’s degrees or higher only. Untick it, or choose the degree’s level if it is a bachelor’s or higher.';
    case 'DATE_IN_FUTURE':
      return futureDateText(detail?.field);
    case 'TOO_LONG':
      return detail?.expected
        ? `This is too long; keep it to ${detail.expected} characters.`
        : fieldErrorText(code);
    default:
      return fieldErrorText(code, detail);
  }
}

/** What to type in the budget when what was typed is not a whole amount. */
export const budgetNumberText = 'Enter the budget as a whole number, for example 250000.';

/** The budget field's hint: the ways of writing an amount that the form reads. */
export const budgetHint = 'A whole amount: 250000, 250,000 and 250 000 all work.';

/** A budget currency typed with no amount (budgetTextErrors): which of the two to do. */
export const budgetMissingText = 'Enter the budget amount, or clear the currency.';

/**
 * A field error of a role in words: the budget's own sentences for an amount it cannot read
 * (parseBudgetAmount) or one left out beside a currency, else as every career form says it.
 */
export function roleErrorText(field: string, code: string, detail?: { expected?: number }): string {
  if (code === 'AMOUNT_MISSING') return budgetMissingText;
  const unreadable = code === 'NOT_A_NUMBER' || code === 'NOT_WHOLE';
  return field === 'budget.amount' && unreadable ? budgetNumberText : careerErrorText(code, detail);
}

/** Why an edit form is not what is stored: changed or deleted elsewhere since it opened. */
export type { EditConflict };

/**
 * What an edit form says when its record (`noun`: "goal", "role") was changed or deleted in
 * another window after it was opened (useEditConflict), and what Save and Cancel then do.
 */
export function editConflictText(noun: string): Record<EditConflict, string> {
  return {
    CHANGED: `This ${noun} was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.`,
    DELETED: `This ${noun} was deleted in another window after you opened this form. Saving will put it back with what you see here; Cancel leaves it deleted.`,
  };
}

/**
 * Said after "Deleted “…”." when the record's edit form held changes not yet saved (`noun`:
 * "goal", "role"): they went with it, and Undo brings them back (form-back-after-undo.ts).
 */
export const changesGoneText = (noun: string) =>
  ` Its form closed with changes you had not saved: Undo brings the ${noun} back with them.`;

/** A failed write, in words. */
export function saveFailureText(error: unknown): string {
  return error instanceof StorageError ? storageErrorText(error.code) : String(error);
}

/** "2 years 3 months" from a count of months. */
export function monthsText(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const years = y === 0 ? '' : y === 1 ? '1 year' : `${y} years`;
  const rest = m === 0 ? '' : m === 1 ? '1 month' : `${m} months`;
  if (!years && !rest) return '0 months';
  return [years, rest].filter(Boolean).join(' ');
}

/** "Mar 2022" style label of a 'yyyy-MM' month. */
export function formatMonth(month: string | null): string {
  return month ? monthText(month) : 'Ongoing';
}
