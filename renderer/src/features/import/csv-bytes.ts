/**
 * A CSV file's bytes as text, without the CSV parser: what the restore reads of a file it
 * refused, to tell a spreadsheet from a damaged backup, stays out of the start-up bundle.
 */

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark (Excel's
 * "Unicode text"), else Windows-1252, which is what Excel's plain "CSV" writes on Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
