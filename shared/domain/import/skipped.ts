/**
 * The rows an import leaves out, kept so the person can fix them (issue 4 part 5: nothing the
 * user gave is lost). The rows with errors, the likely duplicates not kept and the rows left
 * out, and the rows to correct as a table to save: the file's own header and cells, plus a
 * column saying what was wrong, so the saved file can be corrected in a spreadsheet and imported
 * again. The rows left out by choice and the totals lines not kept are listed apart and not
 * saved (splitSkipped).
 */
import { canLeaveOut, isImported, isTotalsLine, type KeptRows, type LeftOutRows } from './plan';
import type { Delimiter } from './delimiter';
import type { RowOutcome } from './types';

/**
 * The rows not imported: those with errors, the likely duplicates the user did not keep, the
 * rows the user left out and the totals lines (readRow) not kept; exactly the rows
 * activitiesToImport leaves out, in file order.
 */
export function skippedRows(
  outcomes: readonly RowOutcome[],
  keep: KeptRows,
  leaveOut?: LeftOutRows,
): RowOutcome[] {
  return outcomes.filter((o) => !isImported(o, keep, leaveOut));
}

/** The rows not imported, in two parts: those to correct and those left out. */
export interface SkippedParts {
  /** Rows with errors and likely duplicates not kept: the skipped-rows CSV holds these. */
  toCorrect: RowOutcome[];
  /**
   * Valid rows the user left out (Leave row N out) and totals lines not kept: nothing in them
   * needs correcting.
   */
  leftOut: RowOutcome[];
}

/**
 * Splits the rows not imported (skippedRows) into those to correct and those left out. A skipped
 * row that could be left out (canLeaveOut: valid, not a duplicate) was skipped only because the
 * user chose so, and a totals line (isTotalsLine) because it looks like one, not an activity:
 * neither is a problem, so neither is listed or saved with the rows to correct in a spreadsheet
 * and import again. Each is listed with the rows left out, with its reason. A totals line with
 * errors is a row to correct like any other (it may be a course called "Total").
 */
export function splitSkipped(skipped: readonly RowOutcome[]): SkippedParts {
  const parts: SkippedParts = { toCorrect: [], leftOut: [] };
  for (const o of skipped)
    (canLeaveOut(o) || (isTotalsLine(o) && o.errors.length === 0)
      ? parts.leftOut
      : parts.toCorrect
    ).push(o);
  return parts;
}

export interface SkippedCsvLabels {
  /** The added column's header, e.g. "Problem". */
  problem: string;
  /** What was wrong with a row, in words. */
  describe: (row: RowOutcome) => string;
}

/** A table of text cells: a header row and the rows under it. */
export interface SkippedTable {
  header: string[];
  rows: string[][];
}

/** How many cells a row really has: trailing empty cells do not count. */
function usedWidth(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n -= 1;
  return n;
}

const padded = (cells: readonly string[], width: number) =>
  Array.from({ length: width }, (_, i) => cells[i] ?? '');

/**
 * The skipped rows as they were in the file (`table` is the file as read, the header at
 * `headerRow`, row numbers counted from 1 as RowOutcome's are), each with its problem in one
 * more column. A file saved this way and imported again reads the same: the column keeps its
 * place after the last used one (a row that lost its quotes has more cells than the header,
 * so the header gets blank names up to it), and a "Problem" column the file already had (one
 * saved before) is filled again rather than added twice.
 */
export function skippedRowsTable(
  table: readonly (readonly string[])[],
  headerRow: number,
  skipped: readonly RowOutcome[],
  labels: SkippedCsvLabels,
): SkippedTable {
  const header = (table[headerRow] ?? []).map((h) => h.trim());
  const name = labels.problem.toLowerCase();
  const own = header.findIndex((h) => h.toLowerCase() === name);
  const cellsOf = (o: RowOutcome) => table[o.rowNumber - 1] ?? [];
  const width = Math.max(usedWidth(header), ...skipped.map((o) => usedWidth(cellsOf(o))));
  // The file's own Problem column is reused only while no row runs past the header: in a row
  // that does, that place holds one of its shifted cells, which must not be written over.
  const at = own >= 0 && width <= header.length ? own : width;
  const columns = Math.max(width, at + 1);
  const withProblem = (cells: readonly string[], problem: string) => {
    const row = padded(cells, columns);
    row[at] = problem;
    return row;
  };
  return {
    header: withProblem(header, labels.problem),
    rows: skipped.map((o) => withProblem(cellsOf(o), labels.describe(o))),
  };
}

/**
 * The saved file's separator: the imported file's own (Ascent decision). A spreadsheet opens a
 * CSV with the list separator of its region, so a semicolon file (a region whose decimal mark
 * is the comma) saved back with commas would open as one column, its decimal commas split.
 */
export const skippedRowsDelimiter = (imported: Delimiter): Delimiter => imported;

/**
 * The saved file's extension: "txt" for a tab-separated file (as Excel's "Unicode text" is
 * named, and opened with its tabs), else "csv". A spreadsheet splits a .csv at its region's
 * list separator only, never at tabs.
 */
export const skippedRowsExtension = (delimiter: Delimiter): 'csv' | 'txt' =>
  delimiter === '\t' ? 'txt' : 'csv';

/**
 * "pdus-2025.csv" → "pdus-2025-skipped-rows.csv": the saved file is named after the import's,
 * with the extension of its separator (skippedRowsExtension).
 */
export function skippedRowsFileName(fileName: string | null, delimiter: Delimiter = ','): string {
  const base = (fileName ?? '')
    .replace(/\.[^.]*$/, '')
    // Characters no file name may hold on Windows, and control characters.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/^[-. ]+|[-. ]+$/g, '');
  return `${base || 'import'}-skipped-rows.${skippedRowsExtension(delimiter)}`;
}
