/**
 * Numbers as spreadsheets hold them (issue 4 part 5): "1.5", "1,5" (decimal comma, as in
 * the semicolon-separated files of most of Europe), "1 234,5", "2 PDUs", "1.5 h".
 * Ascent decision: one separator followed by exactly three digits ("1,500", "1.500") may be
 * a thousands separator (1500) or a decimal mark (1.5). Unless the file's other number
 * cells show its decimal mark beyond doubt (detectDecimalMark), such a cell is not read at
 * all (isAmbiguousNumber) and the row says so: never a silent 1.5 read as right. The
 * separator between cells is not taken as proof of the decimal mark: a semicolon file
 * usually has decimal commas, but not always, and a wrong guess is off by a thousand.
 *
 * Ascent decision: a lone dash ("-", or an en or em dash) in a number cell is a blank cell.
 * Excel's accounting format writes zero that way, so a tracker's empty area columns come out
 * as dashes; read as "not a number", every such row would be refused.
 *
 * A unit written in a cell ("1.5 CEU", "2 h") is read by unitOfCell: the row converts a
 * figure whose unit counts differently from its column's, and says so (row.ts).
 */
import type { AmountUnit } from '../credits';

export type DecimalMark = ',' | '.';

const UNIT_SUFFIX = /\s*(pdus?|hours?|hrs?|h|ceus?|credits?|cpd|cpe|seus?|cdus?|points?)\.?$/i;
/** Excel's accounting zero: a hyphen, en dash or em dash alone in the cell. */
const DASH_ZERO = /^[-\u2013\u2014]$/;
const PLAIN = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
/** "1,500", "1.500": a grouped thousand never starts with 0, so "0.500" is plain 0.5. */
const AMBIGUOUS = /^[-+]?[1-9]\d{0,2}[.,]\d{3}$/;

/** The cell without its unit ("2 PDUs") and without spaces or apostrophes between digits. */
const compact = (cell: string) => cell.trim().replace(UNIT_SUFFIX, '').replace(/[\s']/g, '');

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

/** An empty cell, or a lone dash (Excel's accounting zero): no number, as if left empty. */
export function isBlankNumberCell(cell: string): boolean {
  const text = cell.trim();
  return text === '' || DASH_ZERO.test(text);
}

/**
 * The unit a number cell's suffix names: 'ceu' ("1.5 CEU"), 'hours' ("2 h", "3 hrs") or
 * 'body-unit' ("2 PDUs", SEU, CDU, CPE, CPD: 1 = 1 hour, as in the credit log). Null when
 * the cell names none, or only "credits" or "points", which say no more than the column.
 */
export function unitOfCell(cell: string): AmountUnit | null {
  const word = UNIT_SUFFIX.exec(cell.trim())?.[1]?.toLowerCase();
  if (!word) return null;
  if (/^ceus?$/.test(word)) return 'ceu';
  if (/^(hours?|hrs?|h)$/.test(word)) return 'hours';
  if (/^(pdus?|cpd|cpe|seus?|cdus?)$/.test(word)) return 'body-unit';
  return null;
}

/**
 * A cell's number: null when blank, NaN when it is not a number. `mark`, the file's decimal
 * mark when known, decides "1.500" and "1,500"; without it they read as 1.5, so callers ask
 * isAmbiguousNumber first.
 */
export function parseNumberCell(cell: string, mark: DecimalMark | null = null): number | null {
  if (isBlankNumberCell(cell)) return null;
  let text = compact(cell);
  if (mark && AMBIGUOUS.test(text)) text = text.replace(mark === ',' ? '.' : ',', '');
  text = normaliseSeparators(text);
  return PLAIN.test(text) ? Number(text) : Number.NaN;
}

/**
 * "1,500", "1.500", "12,250 h": one separator, exactly three digits after it, nothing else,
 * in a file whose decimal mark is not known.
 */
export function isAmbiguousNumber(cell: string, mark: DecimalMark | null = null): boolean {
  return mark === null && AMBIGUOUS.test(cell.trim().replace(UNIT_SUFFIX, '').trim());
}

/** The two ways an ambiguous cell reads, the thousand first: "1.500" → [1500, 1.5]. */
export function ambiguousReadings(cell: string): [number, number] | null {
  const text = cell.trim().replace(UNIT_SUFFIX, '').trim();
  if (!AMBIGUOUS.test(text)) return null;
  return [Number(text.replace(/[.,]/, '')), Number(text.replace(',', '.'))];
}

/**
 * The decimal mark one cell shows beyond doubt: "7,5" and "1.234,5" a comma, "2.25" and
 * "1,234,567" a point; null for "8", "1,500" (either) and anything not a number.
 */
export function decimalMarkOf(cell: string): DecimalMark | null {
  const text = compact(cell);
  if (!/^[-+]?[\d.,]*\d[\d.,]*$/.test(text) || AMBIGUOUS.test(text)) return null;
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  if (comma >= 0) return text.indexOf(',') === comma ? ',' : '.';
  if (dot >= 0) return text.indexOf('.') === dot ? '.' : ',';
  return null;
}

/**
 * The file's decimal mark, judged on its number cells: the one they show, or null when
 * none shows one or both are shown (then "1.500" stays unclear rather than guessed).
 */
export function detectDecimalMark(cells: readonly string[]): DecimalMark | null {
  let found: DecimalMark | null = null;
  for (const cell of cells) {
    const mark = decimalMarkOf(cell);
    if (!mark) continue;
    if (found && found !== mark) return null;
    found = mark;
  }
  return found;
}

/** Digits in groups of three after a first group of one to three, with one separator. */
const GROUPED = /^([-+]?[1-9]\d{0,2})((?:([,.\s])\d{3})(?:\3\d{3})*)([.,]\d+)?$/;

/**
 * A number typed with thousands separators, as the form should have it: "1,234.5" →
 * "1234.5", "1 234,5" (or with a thin or no-break space) → "1234,5", "1.234.567" →
 * "1234567"; null for anything else. The activity form does not accept such numbers
 * (issue 3 part 7: one way to read a number), so this only words its error. "1,234" and
 * "1.234" alone are null: the form reads them as decimals.
 */
export function withoutThousandsSeparators(text: string): string | null {
  const m = GROUPED.exec(text.trim());
  if (!m) return null;
  const [, head, groups, separator, decimal = ''] = m as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  if (decimal.startsWith(separator)) return null;
  const oneGroup = groups.length === 4;
  if ((separator === ',' || separator === '.') && oneGroup && !decimal) return null;
  return `${head}${groups.replace(/\D/g, '')}${decimal}`;
}
