/**
 * Types of the spreadsheet import (issue 4 part 5). The domain works on a table of text
 * cells (`string[][]`), whatever parsed the file; it returns codes and numbers, never words.
 */
import type { ActivityType } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { amountUnits, type Activity } from '../credits';
import type { DecimalMark } from './numbers';

/** What a spreadsheet column can be imported as; `null` in a mapping means "ignore". */
export const importFields = [
  'date',
  'startDate',
  'title',
  'provider',
  'type',
  'amount',
  'waysOfWorking',
  'powerSkills',
  'businessAcumen',
  'semesterCredits',
  'status',
  'claimCode',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** One target per column, in column order; `null` columns are ignored. */
export type ColumnMapping = readonly (ImportField | null)[];

/**
 * What the amount column counts: a unit of the credit log, or minutes ("Duration (minutes)"),
 * which the import converts to hours (the credit log has no minutes: row.ts).
 */
export const importUnits = [...amountUnits, 'minutes'] as const;
export type ImportUnit = (typeof importUnits)[number];

/** How a numeric date such as 03/04/2026 is read: day first or month first. */
export type DateOrder = 'dmy' | 'mdy';

export interface ImportOptions {
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /**
   * The unit of the amount column: PDUs (1 = 1 hour), hours, CEUs (1 = 10 hours) or minutes
   * (imported as hours, in whole quarter hours: row.ts).
   */
  unit: ImportUnit;
  /** Used for a type the words do not recognise (or a blank one); null makes that an error. */
  defaultType: ActivityType | null;
  /** Today: an earned activity after it is an error (validateActivity). */
  asOf: LocalDate;
  /**
   * The file's decimal mark as its number cells show it (decimalMarkEvidence); it decides
   * "1.500" and "1,500". Absent or null: such cells are row errors, never guessed.
   */
  decimalMark?: DecimalMark | null;
  /**
   * Whether the Talent Triangle split applies to this person (splitApplies in
   * shared/domain/credits: a PMI credential held or planned, or no credential yet), as the
   * activity form and the credit log decide it. Only then is a row without a split warned about
   * (NO_SPLIT): the split is PMI's alone. Absent: it applies.
   */
  splitApplies?: boolean;
  /**
   * Rows, by their spreadsheet number, in which a quotation mark is never closed (what the CSV
   * parser found): each is a row with an error (UNCLOSED_QUOTE), never imported.
   */
  unclosedQuotes?: readonly number[];
  /**
   * Whether the file writes dates both ways (DateOrderEvidence.conflict): a date cell that
   * reads as two different days ("03/04/2026") is read in `dateOrder` and the row says so
   * (DATE_ORDER_UNSURE). Absent: false.
   */
  mixedDateOrder?: boolean;
}

/** A new activity as read from a row: everything but the id the repository stamps. */
export type ImportedActivity = Omit<Activity, 'id'>;

/** A problem with one cell or the whole row; codes are worded in the renderer. */
export interface RowIssue {
  field: string;
  code: string;
  /** The cell's text, when the problem is that it could not be read. */
  value?: string;
  expected?: number;
  actual?: number;
}

/**
 * The warning of a row that looks like a spreadsheet's totals line, not an activity (readRow):
 * its value is the row's first cell ("Total"). Such a row is never imported without a word:
 * with no date it is left out, with one it is skipped unless the user keeps it (plan.ts).
 */
export const TOTALS_LINE = 'TOTALS_LINE';

/**
 * The warning of a number cell whose own unit counts differently from its column's ("1.5 CEU"
 * under an amount read as PDUs): its value is the cell's text, `actual` the figure imported in
 * the column's unit (row.ts).
 */
export const UNIT_CONVERTED = 'UNIT_CONVERTED';

/**
 * The warning of an amount in minutes that is not a whole number of quarter hours (50 minutes):
 * imported rounded down to the quarter hour, as the credit log records amounts (row.ts). Its
 * value is the cell's text, `actual` the hours imported.
 */
export const MINUTES_ROUNDED = 'MINUTES_ROUNDED';

/**
 * The warning of a date cell that reads as two different days ("03/04/2026") in a file that
 * writes dates both ways (ImportOptions.mixedDateOrder): imported in the date order chosen, but
 * nothing in the file says that this row was written that way. Its value is the cell's text.
 */
export const DATE_ORDER_UNSURE = 'DATE_ORDER_UNSURE';

/**
 * The error of an amount in minutes under a quarter hour (10 minutes): rounded down it would
 * be nothing, so the row is not imported (row.ts). Its value is the cell's text.
 */
export const UNDER_A_QUARTER_HOUR = 'UNDER_A_QUARTER_HOUR';

/**
 * The error of an amount written as a time that is not one ("1:75", "1:5", "2:30:90"): read as
 * hours and minutes (row.ts), its minutes or seconds must be two digits under 60. Its value is
 * the cell's text.
 */
export const NOT_A_DURATION = 'NOT_A_DURATION';

/**
 * The error of an area cell written as a share of the amount ("50%", "25 %"): the split counts
 * each area's hours (domain-facts §1), and a share is not turned into hours by guessing how to
 * round it (a third of 1.5 hours is not in quarter hours). Its value is the cell's text.
 */
export const AREA_SHARE = 'AREA_SHARE';

/**
 * The error of an amount in CEU that is not in CEU steps (0.33 CEU): the credit log's
 * HOURS_NOT_QUARTER, said in CEU (1 CEU = 10 hours, so a quarter hour is 0.025 CEU,
 * amountStep). Its value is the cell's text when the amount has one, `actual` the amount in CEU.
 */
export const CEU_NOT_STEP = 'CEU_NOT_STEP';

/**
 * The error of a semester-credits cell that names a unit other than semester credits ("45
 * hours", "3 PDUs", "5 ECTS"): its value is the cell's text, whose unit semesterCreditsCell
 * names. Never read as credits (semester-credits.ts).
 */
export const NOT_SEMESTER_CREDITS = 'NOT_SEMESTER_CREDITS';

/**
 * The error of a row in which a quotation mark is never closed (readRows): the parser read the
 * lines after it into that row's last cell, so the row is not what the person wrote and those
 * lines are in no row of their own. Its `actual` is how many lines were read into it.
 */
export const UNCLOSED_QUOTE = 'UNCLOSED_QUOTE';

/**
 * Same date, title and provider (date and title for a row naming no provider) as an activity
 * already logged, or as an earlier row (duplicates.ts).
 */
export type DuplicateOf =
  { kind: 'existing'; activityId: string } | { kind: 'row'; rowNumber: number };

export interface RowOutcome {
  /** The row's number as a spreadsheet shows it (the first line of the file is 1). */
  rowNumber: number;
  /** The row's text per mapped field, for showing a row that could not be read. */
  raw: Partial<Record<ImportField, string>>;
  /** The activity the row describes; null when it has errors, or is a totals line without a date. */
  activity: ImportedActivity | null;
  /**
   * The row as read cell by cell, even when it has errors (the preview shows every value that
   * could be read): an unreadable date or type is '', an unreadable amount NaN.
   */
  reading: ImportedActivity;
  /**
   * The amount cell's figure in minutes, when the amount column counts minutes and the cell
   * was read as such: the reading's amount is then in hours (row.ts), and the preview shows both.
   */
  minutes?: number;
  /** Any error keeps the row out of the import. */
  errors: RowIssue[];
  /**
   * Imported anyway, but worth saying (e.g. no Talent Triangle split); TOTALS_LINE keeps a row
   * out unless kept. A row with errors has none but TOTALS_LINE.
   */
  warnings: RowIssue[];
  duplicateOf: DuplicateOf | null;
}

export interface ImportSummary {
  /** Rows that will be imported as they are (not duplicates, not left out by the user). */
  valid: number;
  withErrors: number;
  /** Likely duplicates: skipped unless the user keeps them. */
  duplicates: number;
  /**
   * Blank rows, left out without a word, and totals lines without a date (left out, and listed
   * with the rows left out: skippedRows).
   */
  ignored: number;
}
