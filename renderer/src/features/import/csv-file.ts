/**
 * The thin adapter between a file's bytes and the pure import (shared/domain/import):
 * bytes to text, text to a table of cells with Papa Parse (a well-kept CSV parser: quotes,
 * doubled quotes, line breaks inside quotes, CRLF). The separator is Ascent's own guess
 * (guessDelimiter), so a semicolon file with decimal commas is never split at its commas.
 * Each cell loses the apostrophe Ascent's own CSVs put before formula-like cells
 * (unguardFormulaCell), so a saved file reads back as it was.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, startsWith } from './csv-bytes';
import {
  guessDelimiter,
  unguardFormulaCell,
  type Delimiter,
} from '../../../../shared/domain/import';

export interface CsvTable {
  rows: string[][];
  delimiter: Delimiter;
  /**
   * Quotes that do not close, by spreadsheet row number (the first line is 1), each once. The
   * lines after such a quote are read into its row: the import makes it a row with an error
   * (ImportOptions.unclosedQuotes), never imported.
   */
  quoteProblems: number[];
}

/** Past this the file is refused: a credit log of this size is not a credit log. */
export const CSV_MAX_BYTES = 20 * 1024 * 1024;

export { decodeCsvBytes };

/** What kind of file this is, when it is plainly not a CSV. */
export function notCsvReason(bytes: Uint8Array): 'empty' | 'workbook' | 'too-large' | null {
  if (bytes.byteLength === 0) return 'empty';
  if (bytes.byteLength > CSV_MAX_BYTES) return 'too-large';
  // .xlsx and .ods are zip files ("PK"); old .xls files are OLE documents (D0 CF 11 E0).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return 'workbook';
  return null;
}

/**
 * A CSV text as rows of cells; blank lines are kept so row numbers match the spreadsheet. The
 * formula guard comes off here, before anything reads the cells, so the mapping's samples, the
 * rows, the skipped rows and a re-saved file all show the value the person wrote.
 */
export function parseCsvText(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(clean);
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false, header: false });
  const rows = result.data.map((row) => row.map((cell) => unguardFormulaCell(String(cell ?? ''))));
  // A final line break leaves one empty row behind.
  if (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  // Papa Parse can report one misplaced quote twice: each row is said once.
  const quoteProblems = [
    ...new Set(
      result.errors
        .filter((e) => e.type === 'Quotes' && e.row !== undefined)
        .map((e) => e.row! + 1),
    ),
  ];
  return { rows, delimiter, quoteProblems };
}

/** Bytes of a picked file to a table; a reason instead when it is not a CSV at all. */
export function readCsvFile(
  bytes: Uint8Array,
): CsvTable | { refused: 'empty' | 'workbook' | 'too-large' | 'no-rows' } {
  const refused = notCsvReason(bytes);
  if (refused) return { refused };
  const table = parseCsvText(decodeCsvBytes(bytes));
  if (table.rows.every((r) => r.every((c) => c.trim() === ''))) return { refused: 'no-rows' };
  return table;
}
