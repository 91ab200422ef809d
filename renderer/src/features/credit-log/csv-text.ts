/**
 * CSV text from a table, written with Papa Parse (issue 3 part 6: "a well-kept CSV
 * library"). A UTF-8 byte-order mark and CRLF line ends make Excel open it with accents
 * intact; cells that a spreadsheet would run as a formula (=, +, -, @ first) are escaped
 * (FORMULA_LIKE; the import takes the apostrophe off again, unguardFormulaCell).
 */
import Papa from 'papaparse';
import type { CsvTable } from '../../../../shared/domain/claims';
import { FORMULA_LIKE } from '../../../../shared/domain/import';

export const UTF8_BOM = '\uFEFF';

export function toCsvText(table: CsvTable): string {
  const text = Papa.unparse(
    { fields: table.header, data: table.rows },
    { newline: '\r\n', escapeFormulae: FORMULA_LIKE },
  );
  return `${UTF8_BOM}${text}\r\n`;
}

/** Whether toCsvText puts an apostrophe before any cell (one a spreadsheet would run). */
export function guardsFormulae(table: CsvTable): boolean {
  return table.rows.some((row) =>
    row.some((cell) => typeof cell === 'string' && FORMULA_LIKE.test(cell)),
  );
}
