/**
 * A text's size as a file holds it: UTF-8 bytes, as Node's file writes and TextEncoder encode
 * it (a lone surrogate becomes U+FFFD, three bytes). A text's `length` counts UTF-16 units,
 * which a file of accented letters, CJK or emoji outgrows by up to three times.
 */

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The number of bytes `text` takes in UTF-8. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHigh(unit) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      bytes += 4; // a character beyond U+FFFF: two units, four bytes
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate written as U+FFFD
  }
  return bytes;
}

/**
 * Whether `text` takes at most `maxBytes` in UTF-8. Every UTF-16 unit is one to three bytes,
 * so most texts are answered by their length alone; only the others are counted.
 */
export function fitsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return false;
  if (text.length * 3 <= maxBytes) return true;
  return utf8ByteLength(text) <= maxBytes;
}
