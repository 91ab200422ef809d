/**
 * Words for the spreadsheet import. The domain (shared/domain/import) returns codes; the
 * credit log's validator codes are worded by fieldErrorText, the import's own here.
 */
import {
  AREA_SHARE,
  CEU_NOT_STEP,
  DATE_ORDER_UNSURE,
  MINUTES_ROUNDED,
  NOT_A_DURATION,
  NOT_SEMESTER_CREDITS,
  TOTALS_LINE,
  UNCLOSED_QUOTE,
  UNDER_A_QUARTER_HOUR,
  UNIT_CONVERTED,
  ambiguousReadings,
  comparesProvider,
  rowRuns,
  semesterCreditsCell,
  unitOfCell,
  type HeaderChoice,
  type NotSemesterCredits,
  type ImportField,
  type ImportUnit,
  type RowIssue,
} from '../../../../shared/domain/import';
import { amountStep, nearestAmounts, type Activity } from '../../../../shared/domain/credits';
import { formatNumber, formatTyped, plural } from '../../components/format';
import { activityTypeLabels, fieldErrorText } from '../credentials/messages';
import { amountUnitLabels, fieldLabel } from '../credit-log/messages';
import type { ChoicesReset } from './use-import-wizard';
import type { NotCsv } from './csv-file';

/** "The amount column counts": the credit log's units, and minutes (imported as hours). */
export const importUnitLabels: Record<ImportUnit, string> = {
  ...amountUnitLabels,
  minutes: 'Minutes (imported as hours)',
};

/** An amount read in minutes, in the preview: "45 min → 0.75 h". */
export const minutesToHoursText = (minutes: number, hours: number) =>
  `${formatNumber(minutes)} min → ${formatNumber(hours)} h`;

/**
 * Beside the date order: the choices a newly chosen file set back, since it names other
 * columns than the file before (use-import-wizard.ts). Empty when none was.
 */
export function choicesResetText(reset: ChoicesReset | null): string {
  if (!reset) return '';
  const what =
    reset.dateOrder && reset.unit
      ? 'the date order and the amount’s unit you chose were'
      : reset.dateOrder
        ? 'the date order you chose was'
        : 'the amount’s unit you chose was';
  return `This file’s columns differ from the previous file’s, so ${what} set back to what this file suggests. Check ${reset.dateOrder && reset.unit ? 'them' : 'it'} again.`;
}

export const importFieldLabels: Record<ImportField, string> = {
  date: 'Completion date',
  startDate: 'Start date',
  title: 'Title',
  provider: 'Provider',
  type: 'Activity type',
  amount: 'Amount (PDUs or hours)',
  waysOfWorking: 'Ways of Working',
  powerSkills: 'Power Skills',
  businessAcumen: 'Business Acumen',
  semesterCredits: 'Semester credits',
  status: 'Claim status',
  claimCode: 'Claim code',
  notes: 'Notes',
};

const noAcronyms = new Map<string, string>();

/** The field a problem is about, as the user knows it. */
function issueField(field: string): string {
  if (field === 'amount') return 'Amount';
  if (field === 'notes' || field === 'claimCode' || field === 'semesterCredits')
    return importFieldLabels[field];
  return fieldLabel(field, noAcronyms);
}

const quoted = (text: string | undefined) => `“${text ?? ''}”`;

/** A date every reading of the file agrees on, whatever its order of day and month. */
const EXAMPLE_DATE = '2026-03-31';

/**
 * "1.500" or "1,500" in a file whose decimal mark Ascent cannot tell (numbers.ts): both
 * readings, and the two ways of writing it that can only be read one way.
 */
function ambiguousText(label: string, value: string): string {
  const readings = ambiguousReadings(value);
  if (!readings)
    return `${label}: ${quoted(value)} could be read two ways. Write it without a thousands separator, then import the file again.`;
  // Plain digits, never formatNumber: "1,500" in the advice would be as unclear as the cell.
  const [whole, decimal] = readings.map(String);
  return `${label}: ${quoted(value)} could be ${whole} or ${decimal}. Write ${whole} or ${decimal} in that cell (whichever you mean), then import the file again.`;
}

/** A quotation mark Papa Parse found never closed (csv-file.ts). */
export function unclosedQuoteText(row: number): string {
  return `Row ${row}: a quotation mark is never closed, so the rest of the line (or of the file) ran into one cell. Close or remove the quotation mark in the spreadsheet, save it as CSV again and choose it here.`;
}

const AGAIN = 'then import the file again.';

/** A unit that is not semester credits, as a semester-credits cell names it. */
const notCreditUnits: Record<NotSemesterCredits, string> = {
  hours: 'hours',
  pdus: 'PDUs',
  ceus: 'CEUs',
  cpe: 'CPE hours',
  cpd: 'CPD points',
  seus: 'SEUs',
  cdus: 'CDUs',
  points: 'points',
  'quarter-credits': 'quarter credits',
  ects: 'ECTS credits',
};

/**
 * "Semester credits: “45 hours” is in hours, not semester credits. Hours belong in the amount
 * column: …": the unit named, and where such a figure belongs instead.
 */
function notSemesterCreditsText(label: string, value: string): string {
  const unit = semesterCreditsCell(value).unit;
  const credits = 'the course’s semester credits, for example 3, or empty the cell';
  if (!unit) return `${label} is not in semester credits. Write ${credits}, ${AGAIN}`;
  const words = notCreditUnits[unit];
  if (unit === 'quarter-credits' || unit === 'ects')
    return `${label} is in ${words}, not semester credits, which count differently. Write ${credits}, ${AGAIN}`;
  const these = `${words[0]!.toUpperCase()}${words.slice(1)}`;
  return `${label} is in ${words}, not semester credits. ${these} belong in the amount column: write ${credits}, ${AGAIN}`;
}

/**
 * A semester-credits cell Ascent cannot take (the credit log's check, checkSemesterCredits):
 * what is wrong with it and what to write instead, or null for a problem worded as any cell's.
 */
function semesterCreditsText(issue: RowIssue): string | null {
  const label = `${importFieldLabels.semesterCredits}: ${quoted(issue.value)}`;
  switch (issue.code) {
    case 'NOT_A_NUMBER':
      return `${label} is not a number. Write the course’s semester credits as a number, for example 3 or 1.5, or empty the cell, ${AGAIN}`;
    case 'NOT_POSITIVE':
      return `${label} is not more than zero. Write the course’s semester credits, for example 3, or empty the cell, ${AGAIN}`;
    case 'CREDITS_NOT_QUARTER':
      return `${label} is not in steps of a quarter credit. Write for example 3, 1.5 or 2.25, ${AGAIN}`;
    case 'TOO_LARGE':
      return `${label} is more than the ${formatNumber(issue.expected ?? 0)} one activity can carry. Write this course’s own credits (most courses are 1 to 6), or put each course on its own row, ${AGAIN}`;
    case NOT_SEMESTER_CREDITS:
      return notSemesterCreditsText(label, issue.value ?? '');
    case 'NOT_APPLICABLE':
      return `${label} is on a row that is not a course. Semester credits are only for a university or college course: make the row’s type “Course or training”, or empty the cell, ${AGAIN}`;
    default:
      return null;
  }
}

/**
 * A row in which a quotation mark is never closed (UNCLOSED_QUOTE, readRows): "A quotation mark
 * in this row is never closed, so the next 2 lines of the file were read into this row and are
 * not imported either. Close or remove …". `lines`: how many lines it swallowed (none when the
 * rest of its own line was all it took).
 */
function unclosedQuoteRowText(lines: number): string {
  const swallowed =
    lines === 0
      ? 'so the rest of the line was read into one cell'
      : lines === 1
        ? 'so the next line of the file was read into this row and is not imported either'
        : `so the next ${formatNumber(lines)} lines of the file were read into this row and are not imported either`;
  return `A quotation mark in this row is never closed, ${swallowed}. Close or remove the quotation mark in the spreadsheet, save it as CSV again, then import the file again.`;
}

/**
 * An amount cell's figure as the row's words quote it: "“90” minutes", but "“1:30”" alone
 * when it was written as a time (row.ts reads it as hours and minutes).
 */
const minutesQuoted = (value: string | undefined) =>
  value?.includes(':') ? quoted(value) : `${quoted(value)} minutes`;

/**
 * An amount in CEU off the CEU steps (CEU_NOT_STEP): the steps in CEU and the amounts either
 * side, as the credit log's form says them (ceuStepText), for the cell to be written again.
 */
function ceuStepRowText(issue: RowIssue): string {
  const { below, above } = nearestAmounts(issue.actual ?? 0, 'ceu');
  const what = issue.value ? quoted(issue.value) : 'this';
  const step = `In CEU, use steps of ${formatTyped(amountStep('ceu'))} (a quarter hour)`;
  const write =
    below === null
      ? `write ${formatTyped(above)} or more`
      : `write ${formatTyped(below)} or ${formatTyped(above)}`;
  return `Amount: ${what} is not in CEU steps. ${step}: ${write}, ${AGAIN}`;
}

/** One row problem in words: "Completion date: “31/04/2026” is not a real date." */
export function rowIssueText(issue: RowIssue): string {
  const label = issueField(issue.field);
  const credits = issue.field === 'semesterCredits' ? semesterCreditsText(issue) : null;
  if (credits) return credits;
  switch (issue.code) {
    case 'REQUIRED':
      return `${label}: this cell is empty. Fill it in, then import the file again.`;
    case 'DATE_INVALID':
      return `${label}: ${quoted(issue.value)} is not a date Ascent can read (or not a real day). Write a real date, for example ${EXAMPLE_DATE}, then import the file again.`;
    case 'NOT_A_NUMBER':
      return `${label}: ${quoted(issue.value)} is not a number. Write a number such as 1.5 in it, then import the file again.`;
    case 'AMBIGUOUS_NUMBER':
      return ambiguousText(label, issue.value ?? '');
    case 'UNKNOWN_TYPE':
      return `${label}: ${quoted(issue.value)} is not an activity type Ascent knows. Correct the cell, or choose under “Rows whose type Ascent does not recognise” what to import such rows as.`;
    case 'UNKNOWN_STATUS':
      return `${label}: ${quoted(issue.value)} is not a status Ascent knows (Planned, Earned, Reported, Accepted, Audited). Correct the cell or ignore the column.`;
    case 'NOT_POSITIVE':
      // An amount of zero (the credit log form says "Enter more than zero hours.").
      return `${label}: ${issue.value ? `${quoted(issue.value)} is not more than zero` : 'this adds up to zero'}. Write the activity’s amount, for example 1.5, ${AGAIN}`;
    case UNDER_A_QUARTER_HOUR:
      return `${label}: ${minutesQuoted(issue.value)} is less than a quarter hour (15 minutes), the least the credit log records. Correct the cell or leave the row out of the file, ${AGAIN}`;
    case AREA_SHARE:
      return `${label}: ${quoted(issue.value)} is a share of the amount, but each area is recorded in hours. Write this area’s hours instead (50% of a 3-hour course is 1.5), ${AGAIN}`;
    case NOT_A_DURATION:
      return `${label}: ${quoted(issue.value)} is not a time Ascent can read as hours and minutes (minutes go from 00 to 59). Write it as 1:30 or as 1.5 hours, ${AGAIN}`;
    case CEU_NOT_STEP:
      return ceuStepRowText(issue);
    case 'HOURS_NOT_QUARTER':
      return `${label}: ${issue.value ? quoted(issue.value) : 'this'} is not in quarter-hour steps. Round it to a whole hour or to .25, .5 or .75 of one, ${AGAIN}`;
    case UNCLOSED_QUOTE:
      return unclosedQuoteRowText(issue.actual ?? 0);
    case 'TOO_MANY_CELLS':
      return `This row has ${issue.actual} cells but the file has ${issue.expected} columns: a value with a comma or semicolon probably lost its quotation marks. Correct the file and choose it again.`;
    default:
      return `${label}: ${fieldErrorText(issue.code, issue)}`;
  }
}

/**
 * A figure whose cell names a unit that counts differently from its column's (row.ts): "1.5
 * CEU" under an amount in PDUs or hours, or in an area column, is 15 hours; "15 h" or "15
 * PDUs" under an amount in CEUs is 1.5 CEU.
 */
function convertedText(issue: RowIssue): string {
  const figure = formatNumber(issue.actual ?? 0);
  const what =
    unitOfCell(issue.value ?? '') === 'ceu'
      ? `is in CEUs: imported as ${figure} ${issue.actual === 1 ? 'hour' : 'hours'}`
      : `is not in CEUs, the unit you chose for the amount: imported as ${figure} CEU`;
  return `${issueField(issue.field)}: ${quoted(issue.value)} ${what} (1 CEU = 10 hours).`;
}

/** Things imported anyway but worth knowing. */
export function rowWarningText(issue: RowIssue): string {
  switch (issue.code) {
    case 'NO_SPLIT':
      return 'No Talent Triangle split: PMI needs one before it counts. Add it in the credit log after importing.';
    case 'SPLIT_IGNORED':
      return 'Giving Back is not split across areas: the area numbers were left out.';
    case 'TYPE_DEFAULTED':
      return `Type ${quoted(issue.value)} was not recognised: imported as the type you chose.`;
    case 'MORE_THAN_A_CYCLE':
      return `${formatNumber(issue.actual ?? 0)} hours for one activity is more than any credential asks for in a whole cycle (${formatNumber(issue.expected ?? 0)}). Is the amount or its unit right?`;
    case 'LONG_AGO':
      return 'The date is before 1970. Is the year right?';
    case 'FAR_AHEAD':
      return 'The date is more than five years ahead. Is the year right?';
    case UNIT_CONVERTED:
      return convertedText(issue);
    case MINUTES_ROUNDED:
      return `Amount: ${minutesQuoted(issue.value)} is not a whole number of quarter hours: imported as ${formatNumber(issue.actual ?? 0)} ${issue.actual === 1 ? 'hour' : 'hours'}, rounded down to the quarter hour.`;
    case TOTALS_LINE:
      return `Looks like a totals line, not an activity: its first cell says ${quoted(issue.value)}.`;
    case DATE_ORDER_UNSURE:
      return `${issueField(issue.field)}: ${quoted(issue.value)} can be read day first or month first, and your file writes dates both ways: it was read as you chose under “How are dates like 03/04/2026 written?”. Check the date, or leave the row out.`;
    default:
      return rowIssueText(issue);
  }
}

/** A course's semester credits under its amount in the preview: "3 semester credits". */
export const semesterCreditsCount = (n: number) => plural(n, 'semester credit', 'semester credits');

/** What a likely duplicate was matched on: its provider too, only when the row names one. */
export function duplicateBasisText(activity: Pick<Activity, 'provider'>): string {
  return comparesProvider(activity)
    ? '(same date, title and provider)'
    : '(same date and title; the row names no provider)';
}

export const rowsText = (n: number) => plural(n, 'row', 'rows');

/** How much of a row a choice of header row shows: enough to recognise it, on one line. */
const CHOICE_LENGTH = 60;

/** A choice of header row: "Row 3: Date, Course, Hours", its names cut short when long. */
export function headerChoiceText(choice: HeaderChoice): string {
  const names = choice.names.join(', ').replace(/\s+/g, ' ');
  const cut = names.slice(0, CHOICE_LENGTH).replace(/[\s,]+$/, '');
  const short = names.length > CHOICE_LENGTH ? `${cut}…` : names;
  return `Row ${choice.row + 1}: ${short}`;
}

export const noHeaderRowText = 'None — every row is an activity';

/** A column of a file without a header row: "Column 1". */
export const numberedColumnText = (column: number) => `Column ${column + 1}`;

/** "rows 1–2", "row 1", "rows 1, 3 and 5–6": row numbers named briefly. */
function rowNumbersText(rows: readonly number[]): string {
  const runs = rowRuns(rows).map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`));
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : runs[0];
  return `${rows.length === 1 ? 'row' : 'rows'} ${list}`;
}

/**
 * The rows above the chosen header row, which are not imported: "2 rows above the column names
 * are not imported: rows 1–2." `done`: said after the import ("were not imported").
 */
export function rowsAboveText(rows: readonly number[], done = false): string {
  const verb = done ? (rows.length === 1 ? 'was' : 'were') : rows.length === 1 ? 'is' : 'are';
  return `${rowsText(rows.length)} above the column names ${verb} not imported: ${rowNumbersText(rows)}.`;
}

/** Nothing below the header row: the rows above it, and the way on. */
export function noRowsBelowText(above: readonly number[]): string {
  const none = 'The file has no rows below its header.';
  return above.length > 0
    ? `${none} ${rowsAboveText(above)} Choose the row that holds the column names above, or choose the CSV file that holds your credit log.`
    : `${none} Choose the CSV file that holds your credit log.`;
}
export const activitiesText = (n: number) => plural(n, 'activity', 'activities');

/** The summary's line on rows with an unusual amount or year that will be imported. */
export function unusualSummaryText(n: number): string {
  return n === 1
    ? '1 row with an unusual amount or year is imported as it is, so check it below or leave it out'
    : `${rowsText(n)} with an unusual amount or year are imported as they are, so check them below or leave them out`;
}

/** The summary's line on rows without a split that will be imported. */
export function noSplitSummaryText(n: number): string {
  return `${rowsText(n)} without a Talent Triangle split: PMI needs one before ${n === 1 ? 'it counts' : 'they count'}`;
}

/** The summary's line on rows whose date reads both ways in a file that writes dates both ways. */
export function unsureDatesSummaryText(n: number): string {
  return n === 1
    ? '1 row has a date that can be day or month first in a file that writes dates both ways, so check it below or leave it out'
    : `${rowsText(n)} have a date that can be day or month first in a file that writes dates both ways, so check them below or leave them out`;
}

/** The summary's line on rows the user left out. */
export const leftOutSummaryText = (n: number) => `${rowsText(n)} you left out (not imported)`;

/**
 * The summary's line on rows that look like a totals line but have a date, put as the likely
 * duplicates' line is: "1 row looks like a totals line, not an activity (skipped unless you
 * keep it; 1 kept)".
 */
export function totalsSummaryText(n: number, kept: number): string {
  const what =
    n === 1
      ? 'row looks like a totals line, not an activity (skipped unless you keep it'
      : 'rows look like totals lines, not activities (skipped unless you keep them';
  return `${formatNumber(n)} ${what}${kept ? `; ${formatNumber(kept)} kept` : ''})`;
}

/** A totals line with a date in the preview, before its "Keep row N anyway". */
export const totalsSkippedText = 'Skipped unless you keep it.';

/** "2 activities imported, 1 row skipped[, 1 row you left out][, 1 totals line left out]." */
export function doneText(imported: number, skipped: number, leftOut = 0, totals = 0): string {
  const out = leftOut > 0 ? `, ${rowsText(leftOut)} you left out` : '';
  const sums = totals > 0 ? `, ${plural(totals, 'totals line', 'totals lines')} left out` : '';
  return `${activitiesText(imported)} imported, ${rowsText(skipped)} skipped${out}${sums}.`;
}

export function typeLabel(type: string | undefined): string {
  return type && type in activityTypeLabels
    ? activityTypeLabels[type as keyof typeof activityTypeLabels]
    : (type ?? '');
}

export function refusedText(reason: NotCsv | 'no-rows'): string {
  switch (reason) {
    case 'empty':
    case 'no-rows':
      return 'This file has no rows to import. Choose the CSV file that holds your credit log.';
    case 'workbook':
      return 'This is an Excel or OpenDocument workbook, not a CSV file. In your spreadsheet, choose File › Save As (or Download) › CSV, then choose that file here.';
    case 'document':
      return 'This is a Word (or other text) document, not a spreadsheet. If your credits are in a table in it, copy the table into a spreadsheet, choose File › Save As (or Download) › CSV, then choose that file here.';
    case 'presentation':
      return 'This is a PowerPoint (or other) presentation, not a spreadsheet. Open your credit log in your spreadsheet, choose File › Save As (or Download) › CSV, then choose that file here.';
    case 'not-text':
      return 'This file is not a spreadsheet saved as text (it looks like a PDF, a picture or another kind of document). Open your credit log in your spreadsheet, choose File › Save As (or Download) › CSV, then choose that file here.';
    case 'too-large':
      return 'This file is larger than 20 MB, far more than a credit log. Check that it is the right file.';
  }
}

/**
 * "12 imported activities were removed. 1 you changed or gave evidence to since was kept."
 * `gone`: imported activities no longer in the log when it was taken back (deleted since, or
 * not in a backup restored since).
 */
export function undoneText(removed: number, kept: number, gone = 0): string {
  const taken =
    removed === 1
      ? '1 imported activity was removed.'
      : `${formatNumber(removed)} imported activities were removed.`;
  if (kept === 0 && gone === 0) return `${taken} Your credit log is as it was before the import.`;
  const stays =
    kept === 0
      ? ''
      : kept === 1
        ? ' 1 you changed or gave evidence to since was kept.'
        : ` ${formatNumber(kept)} you changed or gave evidence to since were kept.`;
  const already =
    gone === 0
      ? ''
      : gone === 1
        ? ' 1 was no longer in your credit log.'
        : ` ${formatNumber(gone)} were no longer in your credit log.`;
  return `${taken}${stays}${already}`;
}

/** "42 activities from pdus-2025.csv, imported 3 Dec 2026, 14:05." */
export function lastImportText(count: number, fileName: string | null, when: string): string {
  return `${activitiesText(count)}${fileName ? ` from ${fileName}` : ''}, imported ${when}.`;
}

/** The import remembered before one just taken back, offered next: "The import before it: …". */
export const earlierImportText = (count: number, fileName: string | null, when: string) =>
  `The import before it: ${lastImportText(count, fileName, when)}`;

/**
 * Said only when an undo would not remove all of them: "Undoing it now removes 40 of them;
 * 2 changed or given evidence since stay, and 1 is no longer in your credit log."
 */
export function lastImportNowText(s: {
  count: number;
  removable: number;
  kept: number;
  gone: number;
}): string | null {
  if (s.removable === s.count) return null;
  const parts: string[] = [];
  if (s.kept > 0)
    parts.push(
      `${formatNumber(s.kept)} changed or given evidence since ${s.kept === 1 ? 'stays' : 'stay'}`,
    );
  if (s.gone > 0)
    parts.push(
      `${formatNumber(s.gone)} ${s.gone === 1 ? 'is' : 'are'} no longer in your credit log`,
    );
  return `Undoing it now removes ${formatNumber(s.removable)} of them; ${parts.join(', and ')}.`;
}

/** The question before the last import is taken back. */
export function undoLastQuestion(removable: number, fileName: string | null, when: string) {
  return {
    title: 'Undo the last import?',
    confirmLabel: `Remove ${activitiesText(removable)}`,
    what: `${activitiesText(removable)} imported${fileName ? ` from ${fileName}` : ''} on ${when} will be removed from your credit log.`,
    kept: 'Any you changed or gave an evidence file to since then stay. Once removed, only a backup made before can bring them back.',
  };
}

/** The import shown is no longer the last one (another was imported since, e.g. elsewhere). */
export const lastImportChangedText =
  'Nothing was removed: another import was made since this one was shown. Look at the last import again below.';

export const undoFailedText =
  'The import could not be taken back because of an unexpected problem. Nothing was removed. Try again.';

/** Above step 1 while exploring sample data: where an import goes now, and the way out first. */
export const sampleImportText = {
  title: 'You are exploring sample data.',
  body: 'Entries imported now go into the sample, not into your own credit log, and are removed with it when you leave. To import into your own records, leave the sample data first, then come back to Credit log → Import from a spreadsheet.',
} as const;
