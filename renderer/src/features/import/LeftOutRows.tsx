import { isTotalsLine, type RowOutcome } from '../../../../shared/domain/import';
import { formatNumber } from '../../components/format';
import { rowWarningText } from './messages';
import { RowOutcomeTable } from './RowOutcomeTable';

/**
 * Why the rows are left out (the user's choice, or a totals line Ascent would not import
 * unasked), and the way to import one of them later.
 */
function leftOutText(rows: readonly RowOutcome[], withCsv: boolean): string {
  const totals = rows.filter(isTotalsLine).length;
  const why =
    totals === 0
      ? 'You chose not to import these rows.'
      : totals === rows.length
        ? 'These rows look like a spreadsheet’s totals line, not an activity.'
        : 'You chose not to import some of these rows; the others look like a spreadsheet’s totals line, not an activity.';
  const csv = withCsv
    ? ' Nothing in them needs correcting, so “Save the skipped rows as CSV” leaves them out.'
    : '';
  return `${why}${csv} To import one later, choose this file again: the rows imported now are found as likely duplicates and skipped.`;
}

/**
 * The rows the user chose to leave out (Leave row N out) and the totals lines not imported, apart
 * from the rows to correct: nothing in them is wrong, so they are neither told to be corrected
 * nor saved in the skipped-rows CSV. Each says why (its warnings).
 */
export function LeftOutRows({ rows, withCsv }: { rows: readonly RowOutcome[]; withCsv: boolean }) {
  const title = `Rows you left out (${formatNumber(rows.length)})`;
  return (
    <>
      <h3 id="import-left-out-title">{title}</h3>
      <p>{leftOutText(rows, withCsv)}</p>
      <RowOutcomeTable
        regionLabel="Rows you left out"
        labelledBy="import-left-out-title"
        reasonHeader="What Ascent warned about"
        rows={rows}
        reasonsOf={(o) => o.warnings.map(rowWarningText)}
      />
    </>
  );
}
