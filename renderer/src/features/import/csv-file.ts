/**
 * The thin adapter between a file's bytes and the pure import (shared/domain/import):
 * bytes to text, text to a table of cells with Papa Parse (a well-kept CSV parser: quotes,
 * doubled quotes, line breaks inside quotes, CRLF). The separator is Ascent's own guess
 * (guessDelimiter), so a semicolon file with decimal commas is never split at its commas.
 * Each cell loses the apostrophe Ascent's own CSVs put before formula-like cells
 * (unguardFormulaCell), so a saved file reads back as it was.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, SNIFF_BYTES, startsWith } from './csv-bytes';
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

/** Why a file is not read as a CSV at all. */
export type NotCsv = 'empty' | 'workbook' | 'not-text' | 'too-large';

/** "%PDF-": a PDF's first bytes, which are text, so the NUL test alone may miss one. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/**
 * What kind of file this is, when it is plainly not a CSV. 'not-text': a PDF, or a file whose
 * start, once decoded (UTF-16 included), holds a NUL character, which no spreadsheet's text
 * has (a picture, a program, a database): read as CSV, it would make rows of noise, each
 * refused for empty cells, instead of one clear word.
 */
export function notCsvReason(bytes: Uint8Array): NotCsv | null {
  if (bytes.byteLength === 0) return 'empty';
  if (bytes.byteLength > CSV_MAX_BYTES) return 'too-large';
  // .xlsx and .ods are zip files ("PK"); old .xls files are OLE documents (D0 CF 11 E0).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return 'workbook';
  if (startsWith(bytes, PDF)) return 'not-text';
  if (decodeCsvBytes(bytes.subarray(0, SNIFF_BYTES)).includes('\u0000')) return 'not-text';
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
export function readCsvFile(bytes: Uint8Array): CsvTable | { refused: NotCsv | 'no-rows' } {
  const refused = notCsvReason(bytes);
  if (refused) return { refused };
  const table = parseCsvText(decodeCsvBytes(bytes));
  if (table.rows.every((r) => r.every((c) => c.trim() === ''))) return { refused: 'no-rows' };
  return table;
}
