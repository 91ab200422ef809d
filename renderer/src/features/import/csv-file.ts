/**
 * The thin adapter between a file's bytes and the pure import (shared/domain/import):
 * bytes to text, text to a table of cells with Papa Parse (a well-kept CSV parser: quotes,
 * doubled quotes, line breaks inside quotes, CRLF). The separator is Ascent's own guess
 * (guessDelimiter), so a semicolon file with decimal commas is never split at its commas, or
 * the one Excel's first line "sep=;" names (separatorLine), a line that is then not a row.
 * Each cell loses the apostrophe Ascent's own CSVs put before formula-like cells
 * (unguardFormulaCell), so a saved file reads back as it was.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, SNIFF_BYTES, startsWith } from './csv-bytes';
import { IMPORT_FILE_MAX_BYTES } from '../../../../shared/backup-limits';
import {
  guessDelimiter,
  separatorLine,
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

/**
 * Past this the file is refused: a credit log of this size is not a credit log. The same limit
 * main holds the desktop's open dialog to for a CSV (shared/backup-limits.ts).
 */
export const CSV_MAX_BYTES = IMPORT_FILE_MAX_BYTES;

export { decodeCsvBytes };

/**
 * Why a file is not read as a CSV at all. 'document' and 'presentation': a Word or PowerPoint
 * file (or an OpenDocument text or presentation), which no CSV export of a sheet makes.
 */
export type NotCsv = 'empty' | 'workbook' | 'document' | 'presentation' | 'not-text' | 'too-large';

/** "%PDF-": a PDF's first bytes, which are text, so the NUL test alone may miss one. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether `bytes` hold `name`'s characters anywhere (a zip keeps its entries' names as text). */
function holds(bytes: Uint8Array, name: string): boolean {
  return holdsBytes(bytes, ascii(name));
}

/**
 * What an Office Open XML or OpenDocument file (a zip) holds, by the names of its parts (Word's
 * word/document.xml, PowerPoint's ppt/presentation.xml) or its OpenDocument mimetype; a workbook
 * when neither, as .xlsx and .ods files are.
 */
function zipKind(bytes: Uint8Array): 'workbook' | 'document' | 'presentation' {
  if (holds(bytes, 'word/document.xml') || holds(bytes, 'opendocument.text')) return 'document';
  if (holds(bytes, 'ppt/presentation.xml') || holds(bytes, 'opendocument.presentation'))
    return 'presentation';
  return 'workbook';
}

/** `name` as an OLE document's directory writes its entries' names (UTF-16, little-endian). */
const utf16le = (name: string) => [...name].flatMap((c) => [c.charCodeAt(0), 0]);

/** Whether `bytes` hold these bytes anywhere. */
function holdsBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1))
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}

/**
 * What an old binary Office file (an OLE document: .doc, .xls, .ppt, all starting D0 CF 11 E0)
 * holds, by its main stream's name in the document's directory: Word's "WordDocument",
 * PowerPoint's "PowerPoint Document"; a workbook otherwise (Excel's "Workbook" or "Book").
 */
function oleKind(bytes: Uint8Array): 'workbook' | 'document' | 'presentation' {
  if (holdsBytes(bytes, utf16le('WordDocument'))) return 'document';
  if (holdsBytes(bytes, utf16le('PowerPoint Document'))) return 'presentation';
  return 'workbook';
}

/**
 * What kind of file this is, when it is plainly not a CSV. 'not-text': a PDF, or a file whose
 * start, once decoded (UTF-16 included), holds a NUL character, which no spreadsheet's text
 * has (a picture, a program, a database): read as CSV, it would make rows of noise, each
 * refused for empty cells, instead of one clear word.
 */
export function notCsvReason(bytes: Uint8Array): NotCsv | null {
  if (bytes.byteLength === 0) return 'empty';
  if (bytes.byteLength > CSV_MAX_BYTES) return 'too-large';
  // .xlsx and .ods are zip files ("PK"), as .docx and .pptx are; old .xls, .doc and .ppt
  // files are OLE documents (D0 CF 11 E0).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return oleKind(bytes);
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
  const named = separatorLine(text);
  const clean = named ? named.rest : text.replace(/^\uFEFF/, '');
  const delimiter = named ? named.delimiter : guessDelimiter(clean);
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
