/**
 * Numbers as spreadsheets hold them (issue 4 part 5): "1.5", "1,5" (decimal comma, as in
 * the semicolon-separated files of most of Europe), "1 234,5", "2 PDUs", "1.5 h".
 * Ascent decision: a single comma is a decimal comma ("1,5" is common in credit logs), except
 * when exactly three digits follow it and nothing else tells the two readings apart: "1,500"
 * may be 1500 or 1.5, so it is not read at all (isAmbiguousNumber) and the row says so, never
 * a silent 1.5 read as right.
 */

const UNIT_SUFFIX = /\s*(pdus?|hours?|hrs?|h|ceus?|credits?|cpd|cpe|seus?|cdus?|points?)\.?$/i;
const PLAIN = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** The decimal point of a number written with both separators: whichever comes last. */
function normaliseSeparators(text: string): string {
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const [thousands, decimal] = comma > dot ? [/\./g, ','] : [/,/g, '.'];
    return text.replace(thousands, '').replace(decimal, '.');
  }
  if (comma >= 0) {
    return text.indexOf(',') === comma ? text.replace(',', '.') : text.replace(/,/g, '');
  }
  return text.indexOf('.') === dot ? text : text.replace(/\./g, '');
}

/** A cell's number: null when blank, NaN when it is not a number. */
export function parseNumberCell(cell: string): number | null {
  const trimmed = cell.trim();
  if (!trimmed) return null;
  const text = normaliseSeparators(
    trimmed.replace(UNIT_SUFFIX, '').replace(/[\s\u00a0\u202f']/g, ''),
  );
  return PLAIN.test(text) ? Number(text) : Number.NaN;
}

/** "1,500", "12,250 h": one comma, exactly three digits after it, no other separator. */
export function isAmbiguousNumber(cell: string): boolean {
  const text = cell.trim().replace(UNIT_SUFFIX, '').trim();
  return /^[-+]?\d{1,3},\d{3}$/.test(text);
}
