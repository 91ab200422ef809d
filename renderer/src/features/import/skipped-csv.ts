/**
 * The skipped rows' file as text, written with Papa Parse as every CSV Ascent writes (toCsvText:
 * a UTF-8 byte-order mark, CRLF line ends, an apostrophe before a cell a spreadsheet would run),
 * but with the separator of the file imported (skippedRowsDelimiter): a semicolon file is saved
 * with semicolons, and a cell is quoted when it holds that separator, a quotation mark or a line
 * break (a decimal comma in a semicolon file needs none).
 */
import Papa from 'papaparse';
import {
  FORMULA_LIKE,
  skippedRowsDelimiter,
  type Delimiter,
  type SkippedTable,
} from '../../../../shared/domain/import';
import { UTF8_BOM } from '../credit-log/csv-text';

export function skippedRowsText(table: SkippedTable, imported: Delimiter): string {
  const text = Papa.unparse(
    { fields: table.header, data: table.rows },
    { delimiter: skippedRowsDelimiter(imported), newline: '\r\n', escapeFormulae: FORMULA_LIKE },
  );
  return `${UTF8_BOM}${text}\r\n`;
}
