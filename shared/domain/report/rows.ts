/**
 * Reading rows of tables other features own (study planner, journal) without trusting
 * their shape: a report prints whatever is there and skips what it cannot read, so a
 * change in those features never stops a report from printing.
 */
import { isLocalDate, type LocalDate } from '../../dates';

export type Row = Readonly<Record<string, unknown>>;

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first field among `names` that holds non-empty text, trimmed; '' when none does. */
export function textField(row: Row, names: readonly string[]): string {
  for (const n of names) {
    const v = row[n];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
}

/** The first field among `names` that holds a calendar day (or an ISO timestamp's day). */
export function dateField(row: Row, names: readonly string[]): LocalDate | null {
  for (const n of names) {
    const v = row[n];
    if (isLocalDate(v)) return v;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && isLocalDate(v.slice(0, 10))) {
      return v.slice(0, 10);
    }
  }
  return null;
}

/** A finite, non-negative number in the first field among `names` that has one. */
export function numberField(row: Row, names: readonly string[]): number | null {
  for (const n of names) {
    const v = row[n];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  }
  return null;
}

/** Text of a field that is either a sentence or an object of sentences (in key order). */
export function sentences(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (!isRow(value)) return [];
  return Object.values(value).flatMap((v) =>
    typeof v === 'string' && v.trim() !== '' ? [v.trim()] : [],
  );
}
