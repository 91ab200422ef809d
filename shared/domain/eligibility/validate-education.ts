/**
 * Checks of education input (issue 5 part 9): codes only, the UI words them.
 */
import type { FieldError } from '../../catalog/credentials/validation';
import { isQuarterStep } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';
import { educationLevels } from '../profile/profile';
import { meetsLevel, trainingTopics, type ContactHours, type Degree } from './education';

export type EducationErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_VALUE'
  | 'NOT_A_NUMBER'
  | 'NOT_WHOLE'
  | 'NEGATIVE'
  | 'TOO_SMALL'
  | 'HOURS_NOT_QUARTER'
  | 'YEAR_OUT_OF_RANGE'
  | 'YEAR_IN_FUTURE'
  | 'GAC_NEEDS_DEGREE'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE';

export const EDUCATION_TEXT_MAX = 120;
export const EARLIEST_DEGREE_YEAR = 1950;

type Errors = FieldError<EducationErrorCode>[];

function text(field: string, value: string, required: boolean, e: Errors) {
  const t = value.trim();
  if (required && t === '') e.push({ field, code: 'REQUIRED' });
  else if (t.length > EDUCATION_TEXT_MAX)
    e.push({ field, code: 'TOO_LONG', expected: EDUCATION_TEXT_MAX, actual: [...t].length });
}

/**
 * A degree: a known level, an institution (field optional), a whole year from 1950 to the
 * year of `asOf`, and GAC only on a bachelor's degree or higher (GAC accredits degree
 * programs, domain-facts §2).
 */
export function validateDegree(degree: Degree, asOf: LocalDate): FieldError<EducationErrorCode>[] {
  const e: Errors = [];
  const known = (educationLevels as readonly string[]).includes(degree.level);
  if (!known) e.push({ field: 'level', code: 'UNKNOWN_VALUE' });
  text('institution', degree.institution, true, e);
  text('field', degree.field, false, e);
  const y = degree.year;
  if (y !== null) {
    if (!Number.isFinite(y)) e.push({ field: 'year', code: 'NOT_A_NUMBER' });
    else if (!Number.isInteger(y)) e.push({ field: 'year', code: 'NOT_WHOLE' });
    else if (y < EARLIEST_DEGREE_YEAR) e.push({ field: 'year', code: 'YEAR_OUT_OF_RANGE' });
    else if (y > Number(asOf.slice(0, 4))) e.push({ field: 'year', code: 'YEAR_IN_FUTURE' });
  }
  if (known && degree.gacAccredited && !meetsLevel(degree.level, 'bachelor')) {
    e.push({ field: 'gacAccredited', code: 'GAC_NEEDS_DEGREE' });
  }
  return e;
}

function hours(field: string, value: number, positive: boolean, e: Errors) {
  if (!Number.isFinite(value)) e.push({ field, code: 'NOT_A_NUMBER' });
  else if (value < 0) e.push({ field, code: 'NEGATIVE' });
  else if (positive && value === 0) e.push({ field, code: 'TOO_SMALL' });
  else if (!isQuarterStep(value)) e.push({ field, code: 'HOURS_NOT_QUARTER' });
}

/**
 * Contact hours: hand-typed hours ≥ 0 in quarter steps; each course titled, more than
 * zero hours in quarter steps, a real date not after `asOf` when given, a known topic.
 */
export function validateContactHours(
  contact: ContactHours,
  asOf: LocalDate,
): FieldError<EducationErrorCode>[] {
  const e: Errors = [];
  hours('hours', contact.hours, false, e);
  (contact.courses ?? []).forEach((c, i) => {
    text(`courses.${i}.title`, c.title, true, e);
    hours(`courses.${i}.hours`, c.hours, true, e);
    if (c.date !== null) {
      if (!isLocalDate(c.date)) e.push({ field: `courses.${i}.date`, code: 'DATE_INVALID' });
      else if (c.date > asOf) e.push({ field: `courses.${i}.date`, code: 'DATE_IN_FUTURE' });
    }
    if (c.topic !== undefined && !(trainingTopics as readonly string[]).includes(c.topic)) {
      e.push({ field: `courses.${i}.topic`, code: 'UNKNOWN_VALUE' });
    }
  });
  return e;
}
