/**
 * One spreadsheet row to one activity (issue 4 part 5). Reading is forgiving (words,
 * decimal commas, serial dates); judging is not: the row then goes through the credit
 * log's own validateActivity, so an imported activity obeys every rule a typed one does
 * (quarter hours, a split that adds up, nothing earned in the future unless planned).
 *
 * Ascent decision: a number cell that names its own unit ("1.5 CEU", "15 h") where that unit
 * counts differently from its column's (the amount's chosen unit; hours for an area column,
 * since the split is in counted hours) is converted to the column's unit with the credit log's
 * own conversion (activityQuarters: 1 CEU = 10 contact hours, domain-facts §1) and the row
 * says so (UNIT_CONVERTED); never a silent 1.5 PDUs for "1.5 CEU". Hours, PDUs and the other
 * bodies' credits count 1 = 1 hour, so "2 h" under PDUs stays 2, without a word.
 *
 * Ascent decision: an amount column in minutes ("Duration (minutes)") is converted to hours,
 * the credit log having no minutes, in whole quarter hours (PDUs are recorded in 0.25 steps,
 * domain-facts §1): 45 minutes is 0.75 hours. A figure that is not a whole number of quarter
 * hours is rounded down, never up (no more is claimed than was done), and the row says so
 * (MINUTES_ROUNDED); one under a quarter hour would be nothing, and is an error
 * (UNDER_A_QUARTER_HOUR). The preview shows each row's minutes beside its hours.
 *
 * Ascent decision: an amount written as a time ("1:30", "01:30:00": Excel's [h]:mm and
 * [h]:mm:ss, as a duration is kept in a tracker) is hours and minutes (and seconds), whatever
 * the column's unit: 1:30 is 90 minutes, read as a minutes figure is (1.5 hours, in whole
 * quarter hours rounded down, converted under a CEU column). Under a minutes column too: a
 * spreadsheet's time format writes hours first, and "1:30" as one and a half minutes would be
 * nothing to claim. A time whose minutes or seconds are not two digits under 60 ("1:75",
 * "1:5") is an error (NOT_A_DURATION), never guessed. An area cell written as a time ("0:30")
 * is hours and minutes too: a tracker that keeps its amounts as [h]:mm keeps its Talent
 * Triangle split so, and "0:00" there is zero, as in a template row.
 *
 * Ascent decision: a row whose date, start date, title, provider, claim code and notes cells
 * are empty and whose amount, area and semester-credits cells hold no figure but zero ("", "0",
 * "-", "0:00") is a blank row, left out and counted as one (a tracker's template rows: formulas
 * that give 0 or an empty text for lines not yet filled in). Its type and status cells, and
 * unmapped columns, do not count: drop-down defaults and running totals fill them on such rows
 * too.
 */
import { areas, isGivingBack, type ActivityType, type Area } from '../../catalog/credentials';
import {
  activityQuarters,
  toHours,
  unusualActivity,
  validateActivity,
  type Activity,
  type AmountUnit,
  type ClaimStatus,
} from '../credits';
import { parseDateCell, readsBothWays } from './dates';
import { isAmbiguousNumber, isBlankNumberCell, parseNumberCell, unitOfCell } from './numbers';
import { semesterCreditsCell } from './semester-credits';
import {
  DATE_ORDER_UNSURE,
  CEU_NOT_STEP,
  MINUTES_ROUNDED,
  NOT_A_DURATION,
  AREA_SHARE,
  NOT_SEMESTER_CREDITS,
  TOTALS_LINE,
  UNDER_A_QUARTER_HOUR,
  UNIT_CONVERTED,
  type ImportField,
  type ImportOptions,
  type ImportUnit,
  type ImportedActivity,
  type RowIssue,
  type RowOutcome,
} from './types';
import { activityTypeFromWords, claimStatusFromWords } from './vocabulary';
import { phrase } from './words';

type Raw = Partial<Record<ImportField, string>>;

interface Reading {
  errors: RowIssue[];
  warnings: RowIssue[];
  /** The amount cell's figure, when it was read in minutes (readAmount). */
  minutes?: number;
}

/** The row's cells by the field each column is mapped to (the first column wins). */
export function cellsByField(cells: readonly string[], mapping: ImportOptions['mapping']): Raw {
  const raw: Raw = {};
  mapping.forEach((field, i) => {
    if (field && raw[field] === undefined) raw[field] = (cells[i] ?? '').trim();
  });
  return raw;
}

const TOTAL_WORDS = new Set(['total', 'totals', 'grand total', 'subtotal', 'sum', 'sum total']);

/** A blank line: left out without a word. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** A cell with nothing to import in it: empty, a dash, or a zero ("0", "0,00", "0 PDUs", "0:00"). */
function holdsNothing(cell: string | undefined): boolean {
  const text = (cell ?? '').trim();
  return isBlankNumberCell(text) || parseNumberCell(text) === 0 || /^0+(?::00){1,2}$/.test(text);
}

/** The fields whose cells a person writes about an activity (not a drop-down's or a formula's). */
const WRITTEN_FIELDS: readonly ImportField[] = [
  'date',
  'startDate',
  'title',
  'provider',
  'amount',
  ...areas,
  'semesterCredits',
  'claimCode',
  'notes',
];

/**
 * A template row: nothing written in it but zeros, though formulas filled some of its cells
 * (",,,,0"). Left out and counted as a blank line (the header comment).
 */
export function isTemplateRow(raw: Partial<Record<ImportField, string>>): boolean {
  return WRITTEN_FIELDS.every((f) => holdsNothing(raw[f]));
}

/**
 * A spreadsheet's totals line under a tracker's columns, as a warning (TOTALS_LINE): the row's
 * first filled cell says "Total" (or "Sum", "Subtotal"), the whole cell, so a course called
 * "Total Quality Management" is not one. Null for any other row.
 */
function totalsLine(cells: readonly string[]): RowIssue | null {
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && TOTAL_WORDS.has(phrase(first))
    ? { field: 'row', code: TOTALS_LINE, value: first.trim() }
    : null;
}

const REQUIRED = (field: string): RowIssue => ({ field, code: 'REQUIRED' });

/**
 * A date cell. In a file that writes dates both ways (ImportOptions.mixedDateOrder), one that
 * reads as two different days is read in the chosen order and said (DATE_ORDER_UNSURE): the
 * file's other dates prove nothing about it, and a silent guess would be a month off.
 */
function readDate(field: 'date' | 'startDate', text: string, o: ImportOptions, r: Reading) {
  const cell = parseDateCell(text, o.dateOrder);
  if (cell === null) {
    if (field === 'date') r.errors.push(REQUIRED(field));
    return null;
  }
  if (!cell.ok) r.errors.push({ field, code: 'DATE_INVALID', value: text });
  else if (o.mixedDateOrder && readsBothWays(text))
    r.warnings.push({ field, code: DATE_ORDER_UNSURE, value: text });
  return cell.ok ? cell.date : '';
}

function readType(text: string, o: ImportOptions, r: Reading): ActivityType | '' {
  const type = activityTypeFromWords(text);
  if (type) return type;
  if (o.defaultType) {
    if (text) r.warnings.push({ field: 'type', code: 'TYPE_DEFAULTED', value: text });
    return o.defaultType;
  }
  r.errors.push(text ? { field: 'type', code: 'UNKNOWN_TYPE', value: text } : REQUIRED('type'));
  return '';
}

function readStatus(text: string, r: Reading): ClaimStatus {
  if (!text) return 'earned';
  const status = claimStatusFromWords(text);
  if (!status) r.errors.push({ field: 'status', code: 'UNKNOWN_STATUS', value: text });
  return status ?? 'earned';
}

/** Hours in one `unit`, as the credit log counts an activity's amount (activityQuarters). */
const hoursPer = (unit: AmountUnit) => toHours(activityQuarters({ amount: 1, unit }));

/**
 * `n`, written in the cell's own unit, in the column's `unit` (1.5 CEU → 15 hours), with a
 * UNIT_CONVERTED warning; `n` itself when the cell names no unit or one that counts the same.
 * Rounded to nine decimals, only to drop the float's noise (1.1 × 10 = 11.000000000000002).
 */
function inColumnUnit(field: string, text: string, n: number, unit: AmountUnit, r: Reading) {
  const own = unitOfCell(text);
  if (!own || hoursPer(own) === hoursPer(unit)) return n;
  return fromHours(field, text, n * hoursPer(own), unit, r);
}

/** `hours`, written in another unit in the cell `text`, in the column's `unit`, said (UNIT_CONVERTED). */
function fromHours(field: string, text: string, hours: number, unit: AmountUnit, r: Reading) {
  const converted = Math.round((hours * 1e9) / hoursPer(unit)) / 1e9;
  r.warnings.push({ field, code: UNIT_CONVERTED, value: text, actual: converted });
  return converted;
}

/**
 * A number cell: null when blank, NaN (and an error) when unreadable or unclear. `unit`, the
 * column's unit, converts a figure whose cell names another (inColumnUnit); null: none.
 */
function readNumber(
  field: string,
  text: string | undefined,
  unit: AmountUnit | null,
  o: ImportOptions,
  r: Reading,
): number | null {
  const mark = o.decimalMark ?? null;
  if (isAmbiguousNumber(text ?? '', mark)) {
    r.errors.push({ field, code: 'AMBIGUOUS_NUMBER', value: text ?? '' });
    return Number.NaN;
  }
  const n = parseNumberCell(text ?? '', mark);
  if (Number.isNaN(n)) r.errors.push({ field, code: 'NOT_A_NUMBER', value: text ?? '' });
  return n === null || Number.isNaN(n) || !unit ? n : inColumnUnit(field, text!, n, unit, r);
}

/** A cell written as a percentage ("50%", "12.5 %", "33,3%"). */
const SHARE_LIKE = /^\d+(?:[.,]\d+)?\s*%$/;

/**
 * The area cells, in hours (the split counts hours whatever the amount's unit). One written as
 * a time ("0:30", as a tracker that keeps its amount as [h]:mm keeps its areas) is hours and
 * minutes, as the amount's is (readTimeCell); "1:75" is NOT_A_DURATION. One written as a
 * share of the amount ("50%") is AREA_SHARE.
 */
function readAreas(raw: Raw, o: ImportOptions, r: Reading): (number | null)[] {
  return areas.map((a) => {
    const text = (raw[a] ?? '').trim();
    if (TIME_LIKE.test(text)) return timeHours(`split.${a}`, text, r);
    if (SHARE_LIKE.test(text)) {
      r.errors.push({ field: `split.${a}`, code: AREA_SHARE, value: text });
      return Number.NaN;
    }
    return readNumber(`split.${a}`, raw[a], 'hours', o, r);
  });
}

/**
 * The Talent Triangle split (domain-facts §1: an education activity may be split across
 * areas; Giving Back is not). Blank area cells beside a filled one are zero, so a row with
 * all its PDUs in one area column is split wholly into that area. No area at all: no
 * split, and a warning, since PMI needs one before the activity counts.
 */
function readSplit(
  values: readonly (number | null)[],
  type: ActivityType | '',
  o: ImportOptions,
  r: Reading,
): Activity['split'] {
  const given = values.some((v) => v !== null);
  if (type && isGivingBack(type)) {
    if (values.some((v) => v !== null && v > 0))
      r.warnings.push({ field: 'split', code: 'SPLIT_IGNORED' });
    return null;
  }
  if (!given) {
    // Only where the split applies (ImportOptions.splitApplies): it is PMI's alone.
    if (type && o.splitApplies !== false) r.warnings.push({ field: 'split', code: 'NO_SPLIT' });
    return null;
  }
  return Object.fromEntries(areas.map((a, i) => [a, values[i] ?? 0])) as Record<Area, number>;
}

/** The unit an activity read with `unit` is stored in: minutes are stored as hours. */
export const storedUnit = (unit: ImportUnit): AmountUnit => (unit === 'minutes' ? 'hours' : unit);

const QUARTER_MINUTES = 15;

/**
 * Hours in `minutes`, the amount cell `text`'s figure, in whole quarter hours rounded down
 * (MINUTES_ROUNDED when that takes anything off); under a quarter hour is an error
 * (UNDER_A_QUARTER_HOUR). A negative figure is left to the credit log's own check.
 */
function minutesToHours(minutes: number, text: string, r: Reading): number {
  r.minutes = minutes;
  if (minutes <= 0) return minutes / 60;
  const quarters = Math.floor(minutes / QUARTER_MINUTES + 1e-9);
  if (quarters === 0) {
    r.errors.push({ field: 'amount', code: UNDER_A_QUARTER_HOUR, value: text });
    return minutes / 60;
  }
  const hours = toHours(quarters);
  if (Math.abs(quarters * QUARTER_MINUTES - minutes) > 1e-9)
    r.warnings.push({ field: 'amount', code: MINUTES_ROUNDED, value: text, actual: hours });
  return hours;
}

/** An amount cell that names minutes ("90 min", "45 mins", "60 minutes"): its figure. */
const MINUTES_CELL = /^(.*\d)\s*(?:mins?|minutes?|minuten|minutos)\.?$/i;

/**
 * An amount cell naming minutes, under any amount column: in hours as minutesToHours gives
 * them (whole quarter hours, rounded down); under a column of another unit (CEUs) converted to
 * it, with UNIT_CONVERTED as "2 h" under a CEU column has.
 */
function readMinutesCell(text: string, figure: string, o: ImportOptions, r: Reading): number {
  const n = readNumber('amount', figure, null, o, r);
  if (n === null || !Number.isFinite(n)) return Number.NaN;
  return minutesInColumnUnit(text, n, o, r);
}

/** `minutes`, the figure of the amount cell `text`, in the amount column's unit (readMinutesCell). */
function minutesInColumnUnit(text: string, minutes: number, o: ImportOptions, r: Reading) {
  const hours = minutesToHours(minutes, text, r);
  const unit = storedUnit(o.unit);
  if (o.unit === 'minutes' || hoursPer(unit) === 1) return hours;
  return fromHours('amount', text, hours, unit, r);
}

/** Figures with colons between them ("1:30", "1:75", "01:30:00"): an amount written as a time. */
const TIME_LIKE = /^\d+(?::\d+){1,2}$/;
/** Hours, then minutes and seconds of two digits under 60: Excel's [h]:mm and [h]:mm:ss. */
const TIME_CELL = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;

/** The minutes a time cell holds ("1:30" is 90); null when it is not a time ("1:75"). */
function timeMinutes(text: string): number | null {
  const m = TIME_CELL.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60 : null;
}

/**
 * An amount written as a time ("1:30" is 90 minutes), in the column's unit as a minutes figure
 * is (minutesInColumnUnit); NaN, and NOT_A_DURATION, for one that is not a time ("1:75").
 */
function readTimeCell(text: string, o: ImportOptions, r: Reading): number {
  const minutes = timeMinutes(text);
  if (minutes === null) {
    r.errors.push({ field: 'amount', code: NOT_A_DURATION, value: text });
    return Number.NaN;
  }
  return minutesInColumnUnit(text, minutes, o, r);
}

/** An area cell written as a time, in hours; NaN, and NOT_A_DURATION, for one that is not. */
function timeHours(field: string, text: string, r: Reading): number {
  const minutes = timeMinutes(text);
  if (minutes === null) r.errors.push({ field, code: NOT_A_DURATION, value: text });
  return minutes === null ? Number.NaN : minutes / 60;
}

/**
 * The amount, in the column's unit (hours for minutes: minutesToHours); when its cell is blank,
 * the sum of the area cells (a CCRS-like layout), already read in hours by readAreas (whose
 * errors are theirs). A cell naming its own unit under a minutes column ("2 h", "1 CEU") is read
 * in that unit, as hours; one written as a time ("1:30") as hours and minutes (readTimeCell).
 */
function readAmount(
  raw: Raw,
  areaHours: () => readonly (number | null)[],
  o: ImportOptions,
  r: Reading,
): number {
  const text = (raw.amount ?? '').trim();
  if (TIME_LIKE.test(text)) return readTimeCell(text, o, r);
  const minutes = MINUTES_CELL.exec(text);
  if (minutes) return readMinutesCell(raw.amount!, minutes[1]!, o, r);
  const inMinutes = o.unit === 'minutes' && !unitOfCell(raw.amount ?? '');
  const amount = readNumber('amount', raw.amount, storedUnit(o.unit), o, r);
  if (amount !== null)
    return inMinutes && Number.isFinite(amount) ? minutesToHours(amount, raw.amount!, r) : amount;
  const parts = areaHours().filter((n) => n !== null);
  if (parts.length === 0 || parts.some(Number.isNaN)) {
    if (parts.length === 0) r.errors.push(REQUIRED('amount'));
    return Number.NaN;
  }
  const hours = parts.reduce((t, n) => t + n, 0);
  return o.unit === 'ceu' ? hours / 10 : hours;
}

/**
 * A university course's semester credits (domain-facts §4: ISACA counts 15 CPE hours each),
 * read as any number cell once a semester credit's words are off ("3 cr" is 3); a blank cell
 * is none. A cell in another unit ("45 hours", "3 PDUs") is an error (NOT_SEMESTER_CREDITS),
 * never taken as credits (semesterCreditsCell). Every error quotes the cell as written. Whether
 * the row may carry them and how many is the credit log's own check (checkSemesterCredits,
 * through validateActivity).
 */
function readSemesterCredits(raw: Raw, o: ImportOptions, r: Reading): number | undefined {
  const text = raw.semesterCredits ?? '';
  const { figure, unit } = semesterCreditsCell(text);
  if (unit) {
    r.errors.push({ field: 'semesterCredits', code: NOT_SEMESTER_CREDITS, value: text });
    return Number.NaN;
  }
  const before = r.errors.length;
  const n = readNumber('semesterCredits', figure, null, o, r);
  for (const e of r.errors.slice(before)) e.value = text;
  return n ?? undefined;
}

const optional = (text: string | undefined) => (text ? text : undefined);

function buildActivity(raw: Raw, o: ImportOptions, r: Reading): ImportedActivity {
  const type = readType(raw.type ?? '', o, r);
  // Read once, by the amount when its cell is blank or else by the split, so an area cell's
  // error or warning is said once and after the amount's.
  let areaValues: (number | null)[] | undefined;
  const areaHours = () => (areaValues ??= readAreas(raw, o, r));
  const activity: ImportedActivity = {
    date: readDate('date', raw.date ?? '', o, r) ?? '',
    startDate: raw.startDate ? readDate('startDate', raw.startDate, o, r) : undefined,
    title: raw.title ?? '',
    provider: optional(raw.provider),
    type: type as ActivityType,
    amount: readAmount(raw, areaHours, o, r),
    unit: storedUnit(o.unit),
    split: readSplit(areaHours(), type, o, r),
    semesterCredits: readSemesterCredits(raw, o, r),
    status: readStatus(raw.status ?? '', r),
    claimCode: optional(raw.claimCode),
    notes: optional(raw.notes),
  };
  // Blank optional fields are left out rather than stored as undefined.
  return Object.fromEntries(
    Object.entries(activity).filter(([, v]) => v !== undefined),
  ) as unknown as ImportedActivity;
}

/** The credit log's errors of an amount or area figure whose words quote the cell. */
const QUOTES_FIGURE: ReadonlySet<string> = new Set(['NOT_POSITIVE', 'HOURS_NOT_QUARTER']);

/**
 * A semester-credits error of the credit log's check with the cell's text, so its words can
 * quote what is wrong (the form has the field beside them; the list of rows to correct does not);
 * so too an amount or area figure that is zero or not in quarter hours, when its cell holds one
 * (an amount summed from the areas has no cell to quote).
 */
function withCell(e: RowIssue, raw: Raw): RowIssue {
  if (e.field === 'semesterCredits') return { ...e, value: raw.semesterCredits ?? '' };
  const field = e.field.startsWith('split.') ? e.field.slice('split.'.length) : e.field;
  const cell = field === 'amount' || e.field !== field ? raw[field as ImportField] : undefined;
  return cell && !isBlankNumberCell(cell) && QUOTES_FIGURE.has(e.code) ? { ...e, value: cell } : e;
}

/**
 * An amount in CEU off the quarter hour (the credit log's HOURS_NOT_QUARTER) as CEU_NOT_STEP,
 * with the amount in CEU, so its words give CEU steps (0.025) rather than hours' .25, .5, .75.
 */
function inCeu(e: RowIssue, activity: ImportedActivity): RowIssue {
  if (e.field !== 'amount' || e.code !== 'HOURS_NOT_QUARTER' || activity.unit !== 'ceu') return e;
  return { ...e, code: CEU_NOT_STEP, actual: activity.amount };
}

/**
 * One row's outcome: the activity, or the errors that keep it out. Errors found while
 * reading a cell come first; validateActivity adds the rest, one error per field. A blank
 * line is none (null).
 *
 * A totals line (totalsLine) is neither imported nor dropped without a word. With no date (its
 * date cell empty or that word itself, as a tracker's totals line is: "Total" in the first
 * column, sums under the numbers) it cannot be an activity: it has no activity, no errors and
 * the TOTALS_LINE warning, and is left out (plan.ts). With a date (a period's end, or =MAX()
 * of the dates) it may still be a course called "Total": read as any row, with the warning
 * first, it is skipped unless the user keeps it, as a likely duplicate is. With errors (a date
 * that cannot be read, no type) it is a row to correct like any other, still with the warning,
 * so the person sees it may be a totals line rather than a course to correct.
 */
export function readRow(
  cells: readonly string[],
  rowNumber: number,
  o: ImportOptions,
): RowOutcome | null {
  if (isBlankRow(cells)) return null;
  const raw = cellsByField(cells, o.mapping);
  if (isTemplateRow(raw)) return null;
  const r: Reading = { errors: [], warnings: [] };
  const activity = buildActivity(raw, o, r);
  const totals = totalsLine(cells);
  const date = phrase(raw.date ?? '');
  if (totals && (date === '' || TOTAL_WORDS.has(date)))
    return {
      rowNumber,
      raw,
      activity: null,
      reading: activity,
      errors: [],
      warnings: [totals],
      duplicateOf: null,
    };
  const seen = new Set(r.errors.map((e) => e.field));
  for (const e of validateActivity({ ...activity, id: '' }, o.asOf)) {
    if (!seen.has(e.field)) r.errors.push(inCeu(withCell(e, raw), activity));
    seen.add(e.field);
  }
  const ok = r.errors.length === 0;
  // Valid but unusual (a misplaced decimal point, a mistyped year): imported, and pointed out.
  if (ok)
    for (const u of unusualActivity({ ...activity, id: '' }, o.asOf))
      r.warnings.push({
        field: u.field,
        code: u.code,
        ...(u.hours === undefined ? {} : { actual: u.hours, expected: u.limit }),
      });
  return {
    rowNumber,
    raw,
    activity: ok ? activity : null,
    reading: activity,
    ...(r.minutes === undefined ? {} : { minutes: r.minutes }),
    errors: r.errors,
    // A row to correct keeps only the totals warning: it may be a totals line after all.
    warnings: totals ? [totals, ...(ok ? r.warnings : [])] : ok ? r.warnings : [],
    duplicateOf: null,
  };
}
