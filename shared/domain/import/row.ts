/**
 * One spreadsheet row to one activity (issue 4 part 5). Reading is forgiving (words,
 * decimal commas, serial dates); judging is not: the row then goes through the credit
 * log's own validateActivity, so an imported activity obeys every rule a typed one does
 * (quarter hours, a split that adds up, nothing earned in the future unless planned).
 */
import { areas, isGivingBack, type ActivityType, type Area } from '../../catalog/credentials';
import { unusualActivity, validateActivity, type Activity, type ClaimStatus } from '../credits';
import { parseDateCell } from './dates';
import { isAmbiguousNumber, parseNumberCell } from './numbers';
import {
  TOTALS_LINE,
  type ImportField,
  type ImportOptions,
  type ImportedActivity,
  type RowIssue,
  type RowOutcome,
} from './types';
import { activityTypeFromWords, claimStatusFromWords } from './vocabulary';
import { phrase } from './words';

type Raw = Partial<Record<ImportField, string>>;

interface Reading {
  errors: RowIssue[];
  warnings: RowIssue[];
}

/** The row's cells by the field each column is mapped to (the first column wins). */
export function cellsByField(cells: readonly string[], mapping: ImportOptions['mapping']): Raw {
  const raw: Raw = {};
  mapping.forEach((field, i) => {
    if (field && raw[field] === undefined) raw[field] = (cells[i] ?? '').trim();
  });
  return raw;
}

const TOTAL_WORDS = new Set(['total', 'totals', 'grand total', 'subtotal', 'sum', 'sum total']);

/** A blank line: left out without a word. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * A spreadsheet's totals line under a tracker's columns, as a warning (TOTALS_LINE): the row's
 * first filled cell says "Total" (or "Sum", "Subtotal"), the whole cell, so a course called
 * "Total Quality Management" is not one. Null for any other row.
 */
function totalsLine(cells: readonly string[]): RowIssue | null {
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && TOTAL_WORDS.has(phrase(first))
    ? { field: 'row', code: TOTALS_LINE, value: first.trim() }
    : null;
}

const REQUIRED = (field: string): RowIssue => ({ field, code: 'REQUIRED' });

function readDate(field: 'date' | 'startDate', text: string, o: ImportOptions, r: Reading) {
  const cell = parseDateCell(text, o.dateOrder);
  if (cell === null) {
    if (field === 'date') r.errors.push(REQUIRED(field));
    return null;
  }
  if (!cell.ok) r.errors.push({ field, code: 'DATE_INVALID', value: text });
  return cell.ok ? cell.date : '';
}

function readType(text: string, o: ImportOptions, r: Reading): ActivityType | '' {
  const type = activityTypeFromWords(text);
  if (type) return type;
  if (o.defaultType) {
    if (text) r.warnings.push({ field: 'type', code: 'TYPE_DEFAULTED', value: text });
    return o.defaultType;
  }
  r.errors.push(text ? { field: 'type', code: 'UNKNOWN_TYPE', value: text } : REQUIRED('type'));
  return '';
}

function readStatus(text: string, r: Reading): ClaimStatus {
  if (!text) return 'earned';
  const status = claimStatusFromWords(text);
  if (!status) r.errors.push({ field: 'status', code: 'UNKNOWN_STATUS', value: text });
  return status ?? 'earned';
}

/** A number cell: null when blank, NaN (and an error) when unreadable or unclear. */
function readNumber(
  field: string,
  text: string | undefined,
  o: ImportOptions,
  r: Reading,
): number | null {
  const mark = o.decimalMark ?? null;
  if (isAmbiguousNumber(text ?? '', mark)) {
    r.errors.push({ field, code: 'AMBIGUOUS_NUMBER', value: text ?? '' });
    return Number.NaN;
  }
  const n = parseNumberCell(text ?? '', mark);
  if (Number.isNaN(n)) r.errors.push({ field, code: 'NOT_A_NUMBER', value: text ?? '' });
  return n;
}

/**
 * The Talent Triangle split (domain-facts §1: an education activity may be split across
 * areas; Giving Back is not). Blank area cells beside a filled one are zero, so a row with
 * all its PDUs in one area column is split wholly into that area. No area at all: no
 * split, and a warning, since PMI needs one before the activity counts.
 */
function readSplit(
  raw: Raw,
  type: ActivityType | '',
  o: ImportOptions,
  r: Reading,
): Activity['split'] {
  const values = areas.map((a) => readNumber(`split.${a}`, raw[a], o, r));
  const given = values.some((v) => v !== null);
  if (type && isGivingBack(type)) {
    if (values.some((v) => v !== null && v > 0))
      r.warnings.push({ field: 'split', code: 'SPLIT_IGNORED' });
    return null;
  }
  if (!given) {
    if (type) r.warnings.push({ field: 'split', code: 'NO_SPLIT' });
    return null;
  }
  return Object.fromEntries(areas.map((a, i) => [a, values[i] ?? 0])) as Record<Area, number>;
}

/** The amount; when its cell is blank, the sum of the area cells (a CCRS-like layout). */
function readAmount(raw: Raw, o: ImportOptions, r: Reading): number {
  const amount = readNumber('amount', raw.amount, o, r);
  if (amount !== null) return amount;
  const parts = areas
    .map((a) => parseNumberCell(raw[a] ?? '', o.decimalMark ?? null))
    .filter((n) => n !== null);
  if (parts.length === 0 || parts.some(Number.isNaN)) {
    if (parts.length === 0) r.errors.push(REQUIRED('amount'));
    return Number.NaN;
  }
  const hours = parts.reduce((t, n) => t + n, 0);
  return o.unit === 'ceu' ? hours / 10 : hours;
}

/**
 * A university course's semester credits (domain-facts §4: ISACA counts 15 CPE hours each),
 * read as any number cell; a blank cell is none. Whether the row may carry them and how many
 * is the credit log's own check (checkSemesterCredits, through validateActivity).
 */
function readSemesterCredits(raw: Raw, o: ImportOptions, r: Reading): number | undefined {
  return readNumber('semesterCredits', raw.semesterCredits, o, r) ?? undefined;
}

const optional = (text: string | undefined) => (text ? text : undefined);

function buildActivity(raw: Raw, o: ImportOptions, r: Reading): ImportedActivity {
  const type = readType(raw.type ?? '', o, r);
  const activity: ImportedActivity = {
    date: readDate('date', raw.date ?? '', o, r) ?? '',
    startDate: raw.startDate ? readDate('startDate', raw.startDate, o, r) : undefined,
    title: raw.title ?? '',
    provider: optional(raw.provider),
    type: type as ActivityType,
    amount: readAmount(raw, o, r),
    unit: o.unit,
    split: readSplit(raw, type, o, r),
    semesterCredits: readSemesterCredits(raw, o, r),
    status: readStatus(raw.status ?? '', r),
    claimCode: optional(raw.claimCode),
    notes: optional(raw.notes),
  };
  // Blank optional fields are left out rather than stored as undefined.
  return Object.fromEntries(
    Object.entries(activity).filter(([, v]) => v !== undefined),
  ) as unknown as ImportedActivity;
}

/**
 * A semester-credits error of the credit log's check with the cell's text, so its words can
 * quote what is wrong (the form has the field beside them; the list of rows to correct does not).
 */
function withCell(e: RowIssue, raw: Raw): RowIssue {
  return e.field === 'semesterCredits' ? { ...e, value: raw.semesterCredits ?? '' } : e;
}

/**
 * One row's outcome: the activity, or the errors that keep it out. Errors found while
 * reading a cell come first; validateActivity adds the rest, one error per field. A blank
 * line is none (null).
 *
 * A totals line (totalsLine) is neither imported nor dropped without a word. With no date (its
 * date cell empty or that word itself, as a tracker's totals line is: "Total" in the first
 * column, sums under the numbers) it cannot be an activity: it has no activity, no errors and
 * the TOTALS_LINE warning, and is left out (plan.ts). With a date (a period's end, or =MAX()
 * of the dates) it may still be a course called "Total": read as any row, with the warning
 * first, it is skipped unless the user keeps it, as a likely duplicate is. With errors (a date
 * that cannot be read, no type) it is a row to correct like any other, still with the warning,
 * so the person sees it may be a totals line rather than a course to correct.
 */
export function readRow(
  cells: readonly string[],
  rowNumber: number,
  o: ImportOptions,
): RowOutcome | null {
  if (isBlankRow(cells)) return null;
  const raw = cellsByField(cells, o.mapping);
  const r: Reading = { errors: [], warnings: [] };
  const activity = buildActivity(raw, o, r);
  const totals = totalsLine(cells);
  const date = phrase(raw.date ?? '');
  if (totals && (date === '' || TOTAL_WORDS.has(date)))
    return {
      rowNumber,
      raw,
      activity: null,
      reading: activity,
      errors: [],
      warnings: [totals],
      duplicateOf: null,
    };
  const seen = new Set(r.errors.map((e) => e.field));
  for (const e of validateActivity({ ...activity, id: '' }, o.asOf)) {
    if (!seen.has(e.field)) r.errors.push(withCell(e, raw));
    seen.add(e.field);
  }
  const ok = r.errors.length === 0;
  // Valid but unusual (a misplaced decimal point, a mistyped year): imported, and pointed out.
  if (ok)
    for (const u of unusualActivity({ ...activity, id: '' }, o.asOf))
      r.warnings.push({
        field: u.field,
        code: u.code,
        ...(u.hours === undefined ? {} : { actual: u.hours, expected: u.limit }),
      });
  return {
    rowNumber,
    raw,
    activity: ok ? activity : null,
    reading: activity,
    errors: r.errors,
    // A row to correct keeps only the totals warning: it may be a totals line after all.
    warnings: totals ? [totals, ...(ok ? r.warnings : [])] : ok ? r.warnings : [],
    duplicateOf: null,
  };
}
