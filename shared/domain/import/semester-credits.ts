/**
 * A semester-credits cell with a unit written after its number (issue 4 part 5): "3 credits",
 * "3 cr", "3 semester credits", "3 credit hours", or a unit that is not semester credits at
 * all ("45 hours", "3 PDUs", "4.5 CEUs", "5 ECTS").
 *
 * Ascent decision: a semester credit's own words (credits, cr, credit hours, semester hours,
 * SH, SCH: US transcripts call a semester credit a "semester hour" or "credit hour") are taken
 * off and the number read as any number cell. Any other unit is never read as semester credits:
 * contact hours, PDUs, CEUs and the other bodies' credits are what the amount column holds, and
 * quarter credits and ECTS credits count differently from semester credits (domain-facts §4:
 * ISACA counts 15 CPE hours per semester credit). Such a cell is a row error
 * (NOT_SEMESTER_CREDITS, row.ts), never converted: no rule here turns hours into credits. Words
 * Ascent does not know ("3 units") leave the cell as it is, read as "not a number".
 */

/** A unit that is not semester credits, as a semester-credits cell may name it. */
export type NotSemesterCredits =
  | 'hours'
  | 'pdus'
  | 'ceus'
  | 'cpe'
  | 'cpd'
  | 'seus'
  | 'cdus'
  | 'points'
  | 'quarter-credits'
  | 'ects';

export interface SemesterCreditsCell {
  /**
   * The number as written, without a semester credit's words ("3 cr." → "3"); the whole cell
   * when it names no unit Ascent knows.
   */
  figure: string;
  /** The unit the cell names when it is not semester credits; null otherwise. */
  unit: NotSemesterCredits | null;
}

/** Semester credits' own words, after the number (dots taken off, hyphens as spaces). */
const CREDIT_WORDS = [
  // 3 credits, 3 cr, 3 crs, 3 semester credits, 3 credit hours, 3 sem cr hrs
  /^(?:(?:semester|sem)\s?)?(?:credits?|creds?|crs?|credit\s?(?:hours?|hrs?|units?)|cr\s?hrs?)$/,
  // 3 semester hours, 3 sem hrs, 3 semester units
  /^(?:semester|sem)\s?(?:hours?|hrs?|units?)$/,
  // 3 SH, 3 SCH (semester (credit) hours, as transcripts abbreviate them)
  /^s\s?c?\s?h$/,
];

/** Units that are not semester credits, the first that matches (quarter before hours). */
const OTHER_UNITS: readonly (readonly [RegExp, NotSemesterCredits])[] = [
  [
    /^(?:quarter|qtr)\s?(?:credits?|crs?|credit\s?hours?|credit\s?hrs?|hours?|hrs?|units?)$/,
    'quarter-credits',
  ],
  [/^ects(?:\s?(?:credits?|points?|pts?))?$/, 'ects'],
  [/^(?:(?:contact|clock|class|lecture|study)\s?)?(?:hours?|hrs?|h)$/, 'hours'],
  [/^pdus?$/, 'pdus'],
  [/^ceus?$/, 'ceus'],
  [/^cpes?(?:\s?(?:hours?|hrs?|credits?|points?))?$/, 'cpe'],
  [/^cpd(?:\s?(?:hours?|hrs?|points?|pts?|units?))?$/, 'cpd'],
  [/^seus?$/, 'seus'],
  [/^cdus?$/, 'cdus'],
  [/^(?:points?|pts?)$/, 'points'],
];

/** The number up to its last digit, and the words after it. */
const NUMBER_THEN_WORDS = /^(.*\d)\s*(\D*)$/s;

/** "Sem. Cr.-Hrs." → "sem cr hrs": lower case, no dots, one space between words. */
const plainWords = (words: string) =>
  words
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();

/**
 * A semester-credits cell's number and unit: "3 credits" → figure "3"; "3 hours" → unit
 * 'hours'; "3", "three", "3 units" → the cell itself, with no unit (read as any number cell).
 */
export function semesterCreditsCell(cell: string): SemesterCreditsCell {
  const text = cell.trim();
  const parts = NUMBER_THEN_WORDS.exec(text);
  const words = parts ? plainWords(parts[2]!) : '';
  if (!parts || words === '') return { figure: text, unit: null };
  if (CREDIT_WORDS.some((w) => w.test(words))) return { figure: parts[1]!.trim(), unit: null };
  const other = OTHER_UNITS.find(([w]) => w.test(words));
  return other ? { figure: parts[1]!.trim(), unit: other[1] } : { figure: text, unit: null };
}
