/**
 * The apostrophe a CSV writer puts before a cell that a spreadsheet would run as a formula
 * (OWASP, "CSV Injection": prefix a cell starting with =, +, -, @, tab or carriage return with
 * a single quote). Every CSV Ascent writes does this (Papa Parse's `escapeFormulae`, used by
 * renderer/src/features/credit-log/csv-text.ts, so by the saved skipped rows too), and a
 * spreadsheet reads that apostrophe as "this is text" rather than as part of the value. The
 * import takes it off again, so a file Ascent wrote imports back with the values it held.
 */

/**
 * A cell the writers guard (toCsvText's `escapeFormulae`): one starting with =, +, -, @, tab
 * or carriage return, or with apostrophes before one of those — so a value that itself begins
 * "'=" is written "''=" and reads back as it was. Unlike Papa Parse's own pattern
 * (/^[=+\-@\t\r].*$/, which a cell with a line break does not match), it looks at the start only.
 */
export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** A guarded cell: one apostrophe, then what the writer guarded. */
const GUARDED = /^'(?='*[=+\-@\t\r])/;

/**
 * A cell without the formula guard: "'=SUM" → "=SUM", "'-5" → "-5", "''=x" → "'=x". Only one
 * apostrophe goes, and only before what the writer guards; any other apostrophe ("'Agile'",
 * "' =x", "O'Brien") is part of the value and stays.
 */
export function unguardFormulaCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
