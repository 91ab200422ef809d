/**
 * The whole file (issue 4 part 5): the header row and the mapping Ascent proposes, then
 * every row read against the user's mapping and options, and duplicates marked (plan.ts
 * counts them and picks out the activities to write). Rows can be read in slices, so a screen
 * can show progress through a file of thousands of rows.
 */
import type { Activity } from '../credits';
import { detectDateOrder, type DateOrderEvidence } from './dates';
import { markDuplicates } from './duplicates';
import { NO_HEADER_ROW, tableWidth } from './header-row';
import { detectColumns, detectHeaderRow, unitFromHeader } from './headers';
import { detectDecimalMark, type DecimalMark } from './numbers';
import { readRow } from './row';
import { semesterCreditsCell } from './semester-credits';
import {
  UNCLOSED_QUOTE,
  type ColumnMapping,
  type ImportField,
  type ImportOptions,
  type ImportUnit,
  type RowIssue,
  type RowOutcome,
} from './types';

export interface ImportSetup {
  /** Index of the header row in the table (0 for the first line), or NO_HEADER_ROW. */
  headerRow: number;
  /** The column names; without a header row, one empty name for each column of the file. */
  header: string[];
  mapping: ColumnMapping;
  /** The unit the amount column's name implies (amountUnitOf). */
  unit: ImportUnit;
}

/**
 * The unit of the amount column as its name implies it (unitFromHeader): the column mapped as
 * the amount now, whichever the user chose; PDUs when none is.
 */
export function amountUnitOf(header: readonly string[], mapping: ColumnMapping): ImportUnit {
  const column = mapping.indexOf('amount');
  return column >= 0 ? unitFromHeader(header[column] ?? '') : 'body-unit';
}

/**
 * The header row, the proposed mapping and the amount column's unit. `headerRow` is the one the
 * user chose (header-row.ts); without it, the one Ascent detects. A file without a header row
 * (NO_HEADER_ROW) has as many unnamed columns as its widest row and nothing mapped: no cell
 * names a column, so the user says what each holds.
 */
export function setUpImport(
  table: readonly (readonly string[])[],
  headerRow = detectHeaderRow(table),
): ImportSetup {
  if (headerRow === NO_HEADER_ROW) {
    const width = tableWidth(table);
    const header = Array.from({ length: width }, () => '');
    return { headerRow, header, mapping: header.map(() => null), unit: 'body-unit' };
  }
  const header = (table[headerRow] ?? []).map((h) => h.trim());
  const mapping = detectColumns(header);
  return { headerRow, header, mapping, unit: amountUnitOf(header, mapping) };
}

/** Maps `column` to `field`, taking the field off any other column (one column a field). */
export function remap(mapping: ColumnMapping, column: number, field: ImportField | null) {
  return mapping.map((f, i) => (i === column ? field : f === field ? null : f));
}

/** Fields the import cannot do without: what is missing from a mapping. */
export function missingFields(mapping: ColumnMapping, o: Pick<ImportOptions, 'defaultType'>) {
  const has = (f: ImportField) => mapping.includes(f);
  const missing: ImportField[] = [];
  if (!has('date')) missing.push('date');
  if (!has('title')) missing.push('title');
  if (!has('type') && !o.defaultType) missing.push('type');
  const anyArea = has('waysOfWorking') || has('powerSkills') || has('businessAcumen');
  if (!has('amount') && !anyArea) missing.push('amount');
  return missing;
}

/** Day/month or month/day, judged on the cells of the date columns of the mapping. */
export function dateOrderEvidence(
  table: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
): DateOrderEvidence {
  const columns = mapping.flatMap((f, i) => (f === 'date' || f === 'startDate' ? [i] : []));
  const cells = table.slice(headerRow + 1).flatMap((row) => columns.map((c) => row[c] ?? ''));
  return detectDateOrder(cells);
}

const NUMBER_FIELDS: ReadonlySet<ImportField | null> = new Set([
  'amount',
  'waysOfWorking',
  'powerSkills',
  'businessAcumen',
  'semesterCredits',
]);

/**
 * The file's decimal mark, judged on the cells of the number columns of the mapping
 * (detectDecimalMark): null when they show none, or both.
 */
export function decimalMarkEvidence(
  table: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
): DecimalMark | null {
  const columns = mapping.flatMap((f, i) => (NUMBER_FIELDS.has(f) ? [i] : []));
  // A semester-credits cell shows its mark without its own words ("1,5 cr" as "1,5").
  const figure = (c: number, cell: string) =>
    mapping[c] === 'semesterCredits' ? semesterCreditsCell(cell).figure : cell;
  const cells = table
    .slice(headerRow + 1)
    .flatMap((row) => columns.map((c) => figure(c, row[c] ?? '')));
  return detectDecimalMark(cells);
}

/**
 * A row with more filled cells than the header has columns was split by a separator in a
 * value that lost its quotes ("Risk, cost and time"): its cells cannot be trusted.
 */
function overflow(cells: readonly string[], width: number): RowIssue | null {
  let last = cells.length - 1;
  while (last >= 0 && cells[last]!.trim() === '') last -= 1;
  return last >= width
    ? { field: 'row', code: 'TOO_MANY_CELLS', expected: width, actual: last + 1 }
    : null;
}

/** The lines of the file a row's cells hold after their first: those read into the row. */
function linesReadInto(cells: readonly string[]): number {
  return cells.reduce(
    (n, cell) =>
      n +
      cell
        .split(/\r\n|\r|\n/)
        .slice(1)
        .filter((line) => line.trim() !== '').length,
    0,
  );
}

/**
 * A row whose quotation mark is never closed (ImportOptions.unclosedQuotes): the lines after it
 * were read into its last cell, so it is never imported as it stands, whatever else it looks
 * like (a totals line, a duplicate). Its one error is the cause, with the number of lines it
 * swallowed, so the import never writes part of the file without saying what it did not read.
 */
function unclosedQuote(outcome: RowOutcome, cells: readonly string[]): RowOutcome {
  const error: RowIssue = { field: 'row', code: UNCLOSED_QUOTE, actual: linesReadInto(cells) };
  return { ...outcome, activity: null, warnings: [], errors: [error], duplicateOf: null };
}

/** Rows `from` to `to` (table indices, end excluded) read as activities; blank lines left out. */
export function readRows(
  table: readonly (readonly string[])[],
  setup: Pick<ImportSetup, 'headerRow' | 'header'>,
  o: ImportOptions,
  from = setup.headerRow + 1,
  to = table.length,
): RowOutcome[] {
  const out: RowOutcome[] = [];
  const unclosed = new Set(o.unclosedQuotes ?? []);
  for (let i = Math.max(from, setup.headerRow + 1); i < Math.min(to, table.length); i += 1) {
    const cells = table[i]!;
    const outcome = readRow(cells, i + 1, o);
    if (!outcome) continue;
    if (unclosed.has(i + 1)) {
      out.push(unclosedQuote(outcome, cells));
      continue;
    }
    // Cells shifted by a lost quote make every later error misleading: report only that. A
    // totals line without a date is left out whatever its cells (it has no activity to judge).
    const undatedTotals = !outcome.activity && outcome.errors.length === 0;
    const broken = undatedTotals ? null : overflow(cells, setup.header.length);
    out.push(broken ? { ...outcome, activity: null, warnings: [], errors: [broken] } : outcome);
  }
  return out;
}

/** Every data row read, with likely duplicates of the log or of earlier rows marked. */
export function analyzeImport(
  table: readonly (readonly string[])[],
  setup: Pick<ImportSetup, 'headerRow' | 'header'>,
  o: ImportOptions,
  existing: readonly Pick<Activity, 'id' | 'date' | 'title' | 'provider'>[],
): RowOutcome[] {
  return markDuplicates(readRows(table, setup, o), existing);
}
