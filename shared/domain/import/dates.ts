/**
 * Dates as spreadsheets hold them (issue 4 part 5): ISO (2026-03-10), day/month/year or
 * month/day/year (the file or the user decides which), month names ("10 Mar 2026",
 * "Mar 10, 2026") and Excel serial numbers (46091; 46091.5 or, from a spreadsheet that
 * writes a decimal comma, 46091,5). Any time of day is dropped: an activity's date is a
 * calendar day (DESIGN.md §4).
 *
 * Ascent decision: a numeric date written with dots ("10.3.2026", "10.03.26") is read day
 * first whatever order the file was given. Dots between day, month and year are the German,
 * Swiss, Austrian, Nordic, Russian and other Central and Eastern European convention, all day
 * first; no month-first convention writes them. So a dotted cell is no evidence either way in
 * detectDateOrder and never makes the date-order question appear.
 */
import type { LocalDate } from '../../dates';
import { toLocalDate } from '../../dates/civil-days';
import { excelSerialToLocalDate, EXCEL_MAX_SERIAL } from './excel-serial';
import type { DateOrder } from './types';

export type DateCell = { ok: true; date: LocalDate } | { ok: false } | null;

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT = /^(19|20)(\d{2})(\d{2})(\d{2})$/;
/** A serial with its time of day as a fraction, after a decimal point or comma (46091,5). */
const SERIAL = /^\d+([.,]\d+)?$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{2}|\d{4})$/;
/** A numeric date with dots for both separators ("10.3.2026"): day first (Ascent decision). */
const isDotted = (m: RegExpExecArray) => m[2] === '.' && m[4] === '.';
const TIME = /(^|[\sT])\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([ap]\.?m\.?)?(\s*(z|[+-]\d{2}:?\d{2}))?$/i;

/**
 * A bare number below this is not read as a serial: 10000 is 18 May 1927, before any
 * credit could be earned, and a lone "2026" is more likely a year typed without a day.
 */
export const MIN_PLAUSIBLE_SERIAL = 10_000;

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A two-digit year the way Excel reads one by default: 00–29 are 2000–2029, 30–99 are
 * 1930–1999 (Microsoft, "How Excel works with two-digit year numbers").
 */
export function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const result = (year: number, month: number, day: number): DateCell => {
  const date = toLocalDate({ year, month, day });
  return date ? { ok: true, date } : { ok: false };
};

/** The month an English word names ("Mar", "March", "Sept"), 1–12, or 0. */
function monthOf(word: string): number {
  if (word.length < 3) return 0;
  return months.findIndex((m) => m.startsWith(word)) + 1;
}

/** "10 Mar 2026", "10-Mar-26", "Mar 10, 2026", "Tuesday 10th March 2026". */
function withMonthName(text: string): DateCell {
  const tokens = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.replace(/^(\d{1,2})(st|nd|rd|th)$/, '$1'))
    .filter((t) => !weekdays.some((w) => t.startsWith(w)));
  const monthTokens = tokens.filter((t) => /^[a-z]+$/.test(t));
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  if (monthTokens.length !== 1 || numbers.length !== 2 || tokens.length !== 3) return null;
  const month = monthOf(monthTokens[0]!);
  if (!month) return null;
  const [a, b] = numbers as [string, string];
  const [day, year] = a.length === 4 ? [b, a] : [a, b];
  if (day.length > 2 || (year.length !== 2 && year.length !== 4)) return { ok: false };
  return result(fullYear(year), month, Number(day));
}

/**
 * One date cell. null for a blank cell; `{ ok: false }` for text that is not a real day
 * (31/04/2026, 29 Feb 2025, "soon"). `order` says how 03/04/2026 is read.
 */
export function parseDateCell(cell: string, order: DateOrder): DateCell {
  const text = cell.trim().replace(TIME, '').trim();
  if (!text) return cell.trim() ? { ok: false } : null;
  let m = ISO.exec(text);
  if (m) return result(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(text);
  if (m) return result(Number(m[1]! + m[2]!), Number(m[3]), Number(m[4]));
  if (SERIAL.test(text)) {
    const serial = Number(text.replace(',', '.'));
    if (serial < MIN_PLAUSIBLE_SERIAL || serial > EXCEL_MAX_SERIAL) return { ok: false };
    const date = excelSerialToLocalDate(serial);
    return date ? { ok: true, date } : { ok: false };
  }
  m = NUMERIC.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    const dayFirst = order === 'dmy' || isDotted(m);
    const [day, month] = dayFirst ? [first, second] : [second, first];
    return result(fullYear(m[5]!), month, day);
  }
  return withMonthName(text) ?? { ok: false };
}

/**
 * Whether a cell is a numeric date that reads as two different days, day first and month
 * first ("03/04/2026"; not "05/05/2026", "25/03/2026", a dotted or an ISO date). In a file that
 * writes dates both ways (DateOrderEvidence.conflict) nothing tells which one such a cell means.
 */
export function readsBothWays(cell: string): boolean {
  const m = NUMERIC.exec(cell.trim().replace(TIME, '').trim());
  if (!m || isDotted(m)) return false;
  const [first, second] = [Number(m[1]), Number(m[3])];
  return first !== second && first >= 1 && first <= 12 && second >= 1 && second <= 12;
}

export interface DateOrderEvidence {
  /** The order the cells prove, or null when none does (or they contradict each other). */
  order: DateOrder | null;
  /** Some cells are day first and others month first: the column is mixed. */
  conflict: boolean;
  /** Whether any cell is a numeric date whose order matters at all. */
  ambiguous: boolean;
  /** A cell that proves the order, e.g. "25/03/2026". */
  example: string | null;
}

/**
 * Day/month or month/day, from the data (issue 4 part 5): a first number above 12 can
 * only be a day (25/03/2026), a second number above 12 only a day too (03/25/2026). When
 * no cell decides, the caller asks the user, defaulting to the user's locale. A dotted cell
 * ("10.03.2026") is always day first (Ascent decision above): it neither decides the order
 * of the file's other cells nor leaves it open.
 */
export function detectDateOrder(cells: readonly string[]): DateOrderEvidence {
  let dmy: string | null = null;
  let mdy: string | null = null;
  let ambiguous = false;
  for (const cell of cells) {
    const m = NUMERIC.exec(cell.trim().replace(TIME, '').trim());
    if (!m || isDotted(m)) continue;
    ambiguous = true;
    const [first, second] = [Number(m[1]), Number(m[3])];
    if (first > 12 && second <= 12) dmy ??= cell.trim();
    if (second > 12 && first <= 12) mdy ??= cell.trim();
  }
  if (dmy && mdy) return { order: null, conflict: true, ambiguous, example: null };
  const order = dmy ? 'dmy' : mdy ? 'mdy' : null;
  return { order, conflict: false, ambiguous, example: dmy ?? mdy };
}
