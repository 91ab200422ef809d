/**
 * Whether a file refused as a backup is a spreadsheet: a CSV of activities chosen under
 * "Restore from a backup file…" by mistake. The restore then says where such a file goes
 * (the credit log's import) instead of calling it a damaged backup. Only a guess, and only
 * asked of a file already refused: a real backup is never turned away for its name.
 */
import { guessDelimiter } from '../../../../shared/domain/import/delimiter';
import { decodeCsvBytes } from '../import/csv-bytes';

/** 'workbook': an Excel or OpenDocument file, which the import takes once saved as CSV. */
export type SpreadsheetKind = 'csv' | 'workbook';

const CSV_NAME = /\.(csv|tsv)$/i;
const WORKBOOK_NAME = /\.(xlsx|xls|ods)$/i;
/** Enough of the file for a header line; the rest is never read. */
const HEAD_BYTES = 4096;
/** A header names a column: a few words, not a paragraph. */
const HEADER_MAX_LENGTH = 60;

// Control characters other than tab and line breaks: binary, not text.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function firstLine(bytes: Uint8Array): string | null {
  const text = decodeCsvBytes(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');
  if (BINARY.test(text)) return null;
  return text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? null;
}

/** "Date,Title,Hours": two or more short cells, each with a letter (so no date or number). */
export function looksLikeCsvHeaders(bytes: Uint8Array): boolean {
  const line = firstLine(bytes);
  if (line === null) return false;
  const cells = line.split(guessDelimiter(line)).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return (
    cells.length >= 2 &&
    cells.every((c) => c.length > 0 && c.length <= HEADER_MAX_LENGTH && /\p{L}/u.test(c))
  );
}

/** A spreadsheet by its name, or by text whose first line reads as CSV headers. */
export function spreadsheetKind(
  fileName: string | undefined,
  bytes: Uint8Array,
): SpreadsheetKind | null {
  if (fileName && WORKBOOK_NAME.test(fileName)) return 'workbook';
  if (fileName && CSV_NAME.test(fileName)) return 'csv';
  return looksLikeCsvHeaders(bytes) ? 'csv' : null;
}
