/**
 * A CSV file's bytes as text, without the CSV parser: what the restore reads of a file it
 * refused, to tell a spreadsheet from a damaged backup, stays out of the start-up bundle.
 */

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** How much of a file's start is looked at to tell its encoding or that it is not text. */
export const SNIFF_BYTES = 4096;

/**
 * UTF-16 written without a byte-order mark (some exporters and scripts do): its text's
 * characters are mostly in the first 256, so one byte of nearly every pair is zero, the high
 * byte (the second in little-endian, the first in big-endian), and the other byte almost never.
 * Read as UTF-8 instead, every other character would be a NUL and no column would be found.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let [evenZeros, oddZeros] = [0, 0];
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  const most = (n: number) => n >= pairs * 0.5;
  const hardly = (n: number) => n <= pairs * 0.05;
  if (most(oddZeros) && hardly(evenZeros)) return 'utf-16le';
  if (most(evenZeros) && hardly(oddZeros)) return 'utf-16be';
  return null;
}

/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark (Excel's
 * "Unicode text") or without one, else Windows-1252, which is what Excel's plain "CSV" writes
 * on Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
