/**
 * What an import will write (issue 4 part 5), once the rows are read: the user's choices on
 * single rows, the counts of the preview and the activities to write. One rule (isImported)
 * decides for all of them, so the counts, the Import button, what is written and the rows
 * listed as skipped always agree.
 */
import {
  DATE_ORDER_UNSURE,
  TOTALS_LINE,
  type ImportSummary,
  type ImportedActivity,
  type RowOutcome,
} from './types';

/** Duplicates and totals lines with a date kept by the user, by row number. */
export type KeptRows = ReadonlySet<number>;

/** Rows with a warning the user chose to leave out, by row number (see canLeaveOut). */
export type LeftOutRows = ReadonlySet<number>;

const none: LeftOutRows = new Set();

/**
 * Warnings of a valid but unusual value (unusualActivity in shared/domain/credits: an amount
 * larger than any cycle, a year before 1970 or more than five years ahead).
 */
const UNUSUAL: ReadonlySet<string> = new Set(['MORE_THAN_A_CYCLE', 'LONG_AGO', 'FAR_AHEAD']);

/**
 * Whether the row looks like a spreadsheet's totals line (readRow's TOTALS_LINE warning): one
 * without a date is left out, one with a date is skipped unless kept (isImported).
 */
export function isTotalsLine(o: RowOutcome): boolean {
  return o.warnings.some((w) => w.code === TOTALS_LINE);
}

/**
 * Whether the user may leave a row out: a row Ascent would import but warns about (an unusual
 * amount or year, no Talent Triangle split, a type it guessed). A likely duplicate and a totals
 * line are already skipped unless kept, and a row with errors is never imported, so none of
 * them is offered.
 */
export function canLeaveOut(o: RowOutcome): boolean {
  return o.activity !== null && o.duplicateOf === null && !isTotalsLine(o) && o.warnings.length > 0;
}

/**
 * Whether pressing Import writes the row: a valid row unless the user left it out, a likely
 * duplicate or a totals line with a date only where the user kept it, never a row with errors
 * or a totals line without a date. A row left out counts only while it can be (a change of
 * choices that clears its warnings brings it back in).
 */
export function isImported(o: RowOutcome, keep: KeptRows, leaveOut: LeftOutRows = none): boolean {
  if (!o.activity) return false;
  if (o.duplicateOf || isTotalsLine(o)) return keep.has(o.rowNumber);
  return !(canLeaveOut(o) && leaveOut.has(o.rowNumber));
}

export interface ImportCounts extends ImportSummary {
  /** Duplicates the user chose to keep (imported after all). */
  kept: number;
  /**
   * Rows that look like a totals line but have a date (not duplicates): skipped unless kept.
   * Those without a date are counted in `ignored`.
   */
  totals: number;
  /** Of those, the ones the user chose to keep (imported after all). */
  totalsKept: number;
  /** Rows with a warning the user chose to leave out (not imported). */
  leftOut: number;
  /** What pressing "Import" would write: the valid rows and the kept duplicates. */
  toImport: number;
  /** Of the rows to import, those with an unusual amount or year. */
  unusual: number;
  /** Of the rows to import, those without a Talent Triangle split. */
  noSplit: number;
  /**
   * Of the rows to import, those with a date that reads both ways in a file that writes dates
   * both ways (DATE_ORDER_UNSURE).
   */
  unsureDates: number;
}

/** The counts of the preview; `dataRows` is how many rows the file has below the header. */
export function countOutcomes(
  outcomes: readonly RowOutcome[],
  dataRows: number,
  keep: KeptRows,
  leaveOut: LeftOutRows = none,
): ImportCounts {
  const counts: ImportCounts = {
    valid: 0,
    withErrors: 0,
    duplicates: 0,
    ignored: 0,
    kept: 0,
    totals: 0,
    totalsKept: 0,
    leftOut: 0,
    toImport: 0,
    unusual: 0,
    noSplit: 0,
    unsureDates: 0,
  };
  let undatedTotals = 0;
  for (const o of outcomes) {
    const imported = isImported(o, keep, leaveOut);
    if (!o.activity) {
      if (o.errors.length > 0) counts.withErrors += 1;
      else undatedTotals += 1;
    } else if (o.duplicateOf) {
      counts.duplicates += 1;
      if (imported) counts.kept += 1;
    } else if (isTotalsLine(o)) {
      counts.totals += 1;
      if (imported) counts.totalsKept += 1;
    } else if (imported) counts.valid += 1;
    else counts.leftOut += 1;
    if (!imported) continue;
    counts.toImport += 1;
    if (o.warnings.some((w) => UNUSUAL.has(w.code))) counts.unusual += 1;
    if (o.warnings.some((w) => w.code === 'NO_SPLIT')) counts.noSplit += 1;
    if (o.warnings.some((w) => w.code === DATE_ORDER_UNSURE)) counts.unsureDates += 1;
  }
  counts.ignored = Math.max(dataRows - outcomes.length, 0) + undatedTotals;
  return counts;
}

/**
 * The activities to write: valid rows not left out, and duplicates and totals lines only where
 * the user kept them.
 */
export function activitiesToImport(
  outcomes: readonly RowOutcome[],
  keep: KeptRows,
  leaveOut: LeftOutRows = none,
): ImportedActivity[] {
  return outcomes.flatMap((o) => (isImported(o, keep, leaveOut) && o.activity ? [o.activity] : []));
}
