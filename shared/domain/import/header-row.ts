/**
 * The row that names the columns, as the user chooses it (issue 4 part 5: "the user can change
 * every column"; nothing the user gave is lost). Ascent guesses it (detectHeaderRow), but a file
 * without column names whose first rows look like some, or a title block that names more columns
 * than the real header, would lose every row above the guess. So the user can choose another of
 * the first rows, or none at all, and the rows above the chosen one are counted and named.
 */
import { HEADER_SEARCH_ROWS } from './headers';

/** The header row of a file without one: every row is an activity. */
export const NO_HEADER_ROW = -1;

/** A row the user can choose as the one that names the columns. */
export interface HeaderChoice {
  /** Index of the row in the table (0 for the first line). */
  row: number;
  /** The row's filled cells, trimmed, in order: the names it would give the columns. */
  names: string[];
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** How many cells a row really has: trailing empty cells do not count. */
function usedWidth(row: readonly string[]): number {
  let n = row.length;
  while (n > 0 && row[n - 1]!.trim() === '') n -= 1;
  return n;
}

/** The widest row's cells: how many columns a file without a header row has. */
export function tableWidth(table: readonly (readonly string[])[]): number {
  return table.reduce((most, row) => Math.max(most, usedWidth(row)), 0);
}

/**
 * The rows that can name the columns: the first non-blank rows, as many as detectHeaderRow
 * searches (so its guess is always among them), each with the names it would give.
 */
export function headerChoices(table: readonly (readonly string[])[]): HeaderChoice[] {
  const out: HeaderChoice[] = [];
  for (let i = 0; i < table.length && out.length < HEADER_SEARCH_ROWS; i += 1) {
    const row = table[i]!;
    if (isBlank(row)) continue;
    out.push({ row: i, names: row.map((c) => c.trim()).filter((c) => c !== '') });
  }
  return out;
}

/**
 * The rows above the header row that hold anything, by their number in the file (from 1, as
 * RowOutcome's): they are not imported, and the preview says so. Blank lines hold nothing to
 * lose and are not counted.
 */
export function rowsAboveHeader(table: readonly (readonly string[])[], headerRow: number) {
  const out: number[] = [];
  for (let i = 0; i < Math.min(headerRow, table.length); i += 1)
    if (!isBlank(table[i]!)) out.push(i + 1);
  return out;
}

/** Row numbers in runs of consecutive ones, to name them briefly: [1, 2, 3, 5] → [[1, 3], [5, 5]]. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of rows) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
