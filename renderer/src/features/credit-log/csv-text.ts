/**
 * CSV text from a table, written with Papa Parse (issue 3 part 6: "a well-kept CSV
 * library"). A UTF-8 byte-order mark and CRLF line ends make Excel open it with accents
 * intact; cells that a spreadsheet would run as a formula (=, +, -, @ first) are escaped.
 */
import Papa from 'papaparse';
import type { CsvTable } from '../../../../shared/domain/claims';

export const UTF8_BOM = '\uFEFF';

export function toCsvText(table: CsvTable): string {
  const text = Papa.unparse(
    { fields: table.header, data: table.rows },
    { newline: '\r\n', escapeFormulae: true },
  );
  return `${UTF8_BOM}${text}\r\n`;
}

/** Whether toCsvText puts an apostrophe before any cell (one a spreadsheet would run). */
export function guardsFormulae(table: CsvTable): boolean {
  return table.rows.some((row) => row.some((cell) => /^[=+\-@\t\r]/.test(String(cell))));
}
