/**
 * Field checks shared by every journal entry. Codes only (DESIGN.md §4); the screens turn
 * them into sentences.
 */
import { checkLength, type FieldError } from '../../catalog/credentials/validation';
import { isLocalDate, type LocalDate } from '../../dates';
import { isQuarterStep } from '../credits/quarters';
import type { Cost, Reflection } from './types';

export type JournalErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'DATE_INVALID'
  | 'END_BEFORE_START'
  | 'IN_FUTURE'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'NOT_POSITIVE'
  | 'HOURS_NOT_QUARTER'
  | 'UNKNOWN_VALUE'
  | 'LINK_NOT_HTTPS'
  | 'LINK_INVALID'
  | 'CURRENCY_INVALID'
  | 'UNKNOWN_CONTACT'
  | 'SPLIT_MISMATCH';

export type JournalError = FieldError<JournalErrorCode>;

export const NAME_MAX = 200;
export const TEXT_MAX = 10_000;

const HTTPS_LINK =
  /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * Links must be https (issue 6: "link (https only)"): the desktop app opens them in the
 * system browser, and only https addresses pass its guard (DESIGN.md §6).
 */
export function linkError(value: string): JournalErrorCode | null {
  const text = value.trim();
  if (text === '') return null;
  if (!/^https:\/\//i.test(text)) return 'LINK_NOT_HTTPS';
  // A host name with a dot (so never localhost), an optional port, a path without spaces.
  return HTTPS_LINK.test(text) ? null : 'LINK_INVALID';
}

export function checkName(value: unknown, field: string, errors: JournalError[]): void {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') errors.push({ field, code: 'REQUIRED' });
  else checkLength(text, NAME_MAX, field, errors);
}

export function checkText(value: unknown, field: string, errors: JournalError[]): void {
  if (typeof value === 'string') checkLength(value, TEXT_MAX, field, errors);
}

export function checkLink(value: unknown, field: string, errors: JournalError[]): void {
  const code = linkError(typeof value === 'string' ? value : '');
  if (code) errors.push({ field, code });
}

/** Hours in 0.25 steps (domain-facts §1: PDUs are recorded in quarter hours). */
export function checkHours(
  value: unknown,
  field: string,
  errors: JournalError[],
  positive = false,
): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ field, code: 'NOT_A_NUMBER' });
    return false;
  }
  const code =
    value < 0
      ? 'NEGATIVE'
      : !isQuarterStep(value)
        ? 'HOURS_NOT_QUARTER'
        : positive && value === 0
          ? 'NOT_POSITIVE'
          : null;
  if (code) errors.push({ field, code });
  return code === null;
}

/** A required or optional calendar day; returns it when valid. */
export function checkDate(
  value: unknown,
  field: string,
  errors: JournalError[],
  required: boolean,
): LocalDate | null {
  if (value === null || value === undefined || value === '') {
    if (required) errors.push({ field, code: 'REQUIRED' });
    return null;
  }
  if (!isLocalDate(value)) {
    errors.push({ field, code: 'DATE_INVALID' });
    return null;
  }
  return value;
}

export function checkRange(
  start: LocalDate | null,
  end: LocalDate | null,
  field: string,
  errors: JournalError[],
): void {
  if (start && end && end < start) errors.push({ field, code: 'END_BEFORE_START' });
}

export function checkCost(cost: Cost | null | undefined, errors: JournalError[]): void {
  if (!cost) return;
  if (typeof cost.amount !== 'number' || !Number.isFinite(cost.amount))
    errors.push({ field: 'cost.amount', code: 'NOT_A_NUMBER' });
  else if (cost.amount < 0) errors.push({ field: 'cost.amount', code: 'NEGATIVE' });
  if (!/^[A-Z]{3}$/.test(cost.currency))
    errors.push({ field: 'cost.currency', code: 'CURRENCY_INVALID' });
}

export function checkReflection(r: Reflection | undefined, errors: JournalError[]): void {
  if (!r) return;
  checkText(r.learned, 'reflection.learned', errors);
  checkText(r.apply, 'reflection.apply', errors);
}

export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  errors: JournalError[],
): void {
  if (!(allowed as readonly unknown[]).includes(value))
    errors.push({ field, code: 'UNKNOWN_VALUE' });
}
