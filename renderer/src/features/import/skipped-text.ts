/** Words for the rows an import left out: on the finished screen and in their saved CSV. */
import {
  isTotalsLine,
  type RowOutcome,
  type SkippedCsvLabels,
} from '../../../../shared/domain/import';
import { duplicateBasisText, rowIssueText, rowsText, rowWarningText } from './messages';

/**
 * Each thing wrong with a row, in words; a duplicate says what it repeats. A totals line says it
 * looks like one (its warning), after its errors if it has any. Any other valid row that is not a duplicate
 * was skipped only because the user left it out: that, and its warnings.
 */
export function skippedProblems(o: RowOutcome): string[] {
  // A row with errors has no warning but a totals line's, said after its errors.
  if (o.errors.length > 0)
    return [...o.errors.map(rowIssueText), ...o.warnings.map(rowWarningText)];
  if (isTotalsLine(o)) return o.warnings.map(rowWarningText);
  const of = o.duplicateOf;
  if (!of) return ['You chose to leave this row out.', ...o.warnings.map(rowWarningText)];
  const basis = duplicateBasisText(o.activity ?? {});
  return [
    of.kind === 'row'
      ? `Likely a duplicate of row ${of.rowNumber} ${basis}: skipped.`
      : `Likely already in your credit log ${basis}: skipped.`,
  ];
}

/** The saved CSV's added column and its cells. */
export const skippedCsvLabels: SkippedCsvLabels = {
  problem: 'Problem',
  describe: (o) => skippedProblems(o).join(' '),
};

/** The row's title as the file has it, to recognise the row by. */
export const skippedTitle = (o: RowOutcome): string => o.activity?.title ?? o.raw.title ?? '';

/** "Saved pdus-skipped-rows.csv (7 rows). Correct them in a spreadsheet, then import …" */
export const skippedSavedText = (fileName: string, rows: number, guarded = false) =>
  `Saved ${fileName} (${rowsText(rows)}). Correct them in a spreadsheet, then import that file here again (its Problem column is ignored).${
    guarded
      ? ' Cells that began with =, +, - or @ were saved with an apostrophe in front, so that a spreadsheet does not run them. Leave it there: Ascent removes it when you import the file again.'
      : ''
  }`;
