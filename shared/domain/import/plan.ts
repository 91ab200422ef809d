/**
 * What an import will write (issue 4 part 5), once the rows are read: the user's choices on
 * single rows, the counts of the preview and the activities to write. One rule (isImported)
 * decides for all of them, so the counts, the Import button, what is written and the rows
 * listed as skipped always agree.
 */
import type { ImportSummary, ImportedActivity, RowOutcome } from './types';

/** Duplicates kept by the user, by row number. */
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
 * Whether the user may leave a row out: a row Ascent would import but warns about (an unusual
 * amount or year, no Talent Triangle split, a type it guessed). A likely duplicate is already
 * skipped unless kept, and a row with errors is never imported, so neither is offered.
 */
export function canLeaveOut(o: RowOutcome): boolean {
  return o.activity !== null && o.duplicateOf === null && o.warnings.length > 0;
}

/**
 * Whether pressing Import writes the row: a valid row unless the user left it out, a likely
 * duplicate only where the user kept it, never a row with errors. A row left out counts only
 * while it can be (a change of choices that clears its warnings brings it back in).
 */
export function isImported(o: RowOutcome, keep: KeptRows, leaveOut: LeftOutRows = none): boolean {
  if (!o.activity) return false;
  if (o.duplicateOf) return keep.has(o.rowNumber);
  return !(canLeaveOut(o) && leaveOut.has(o.rowNumber));
}

export interface ImportCounts extends ImportSummary {
  /** Duplicates the user chose to keep (imported after all). */
  kept: number;
  /** Rows with a warning the user chose to leave out (not imported). */
  leftOut: number;
  /** What pressing "Import" would write: the valid rows and the kept duplicates. */
  toImport: number;
  /** Of the rows to import, those with an unusual amount or year. */
  unusual: number;
  /** Of the rows to import, those without a Talent Triangle split. */
  noSplit: number;
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
    leftOut: 0,
    toImport: 0,
    unusual: 0,
    noSplit: 0,
  };
  for (const o of outcomes) {
    const imported = isImported(o, keep, leaveOut);
    if (!o.activity) counts.withErrors += 1;
    else if (o.duplicateOf) {
      counts.duplicates += 1;
      if (imported) counts.kept += 1;
    } else if (imported) counts.valid += 1;
    else counts.leftOut += 1;
    if (!imported) continue;
    counts.toImport += 1;
    if (o.warnings.some((w) => UNUSUAL.has(w.code))) counts.unusual += 1;
    if (o.warnings.some((w) => w.code === 'NO_SPLIT')) counts.noSplit += 1;
  }
  counts.ignored = Math.max(dataRows - outcomes.length, 0);
  return counts;
}

/**
 * The activities to write: valid rows not left out, and duplicates only where the user kept
 * them.
 */
export function activitiesToImport(
  outcomes: readonly RowOutcome[],
  keep: KeptRows,
  leaveOut: LeftOutRows = none,
): ImportedActivity[] {
  return outcomes.flatMap((o) => (isImported(o, keep, leaveOut) && o.activity ? [o.activity] : []));
}
