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
  | 'SPLIT_MISMATCH'
  | 'MORE_THAN_EVENT_DAYS';

export type JournalError = FieldError<JournalErrorCode>;

export const NAME_MAX = 200;
export const TEXT_MAX = 10_000;
/**
 * A link's longest: far past any real web address, and far below what a backup holds in one
 * text (100,000 UTF-16 units, renderer/src/db/backup/row-fields.ts).
 */
export const LINK_MAX = 2_000;

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

/**
 * A name is counted without the spaces around it, but it is saved as given: one padded past
 * TEXT_MAX (spaces pasted in by the thousand) is counted whole, so nothing saved is ever
 * longer than a backup can hold and read back.
 */
export function checkName(value: unknown, field: string, errors: JournalError[]): void {
  const given = typeof value === 'string' ? value : '';
  const text = given.trim();
  if (text === '') errors.push({ field, code: 'REQUIRED' });
  else checkLength(given.length > TEXT_MAX ? given : text, NAME_MAX, field, errors);
}

/**
 * At most TEXT_MAX characters (10,000 characters are at most 20,000 UTF-16 units: a backup
 * holds 100,000 in one text and refuses more).
 */
export function checkText(value: unknown, field: string, errors: JournalError[]): void {
  if (typeof value === 'string') checkLength(value, TEXT_MAX, field, errors);
}

/** An https address (linkError) of at most LINK_MAX characters, or nothing. */
export function checkLink(value: unknown, field: string, errors: JournalError[]): void {
  const text = typeof value === 'string' ? value : '';
  const before = errors.length;
  checkLength(text, LINK_MAX, field, errors);
  if (errors.length > before) return;
  const code = linkError(text);
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
