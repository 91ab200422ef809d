import type { RowOutcome } from '../../../../shared/domain/import';
import { formatNumber } from '../../components/format';
import { rowWarningText } from './messages';
import { RowOutcomeTable } from './RowOutcomeTable';

/** What the rows left out are, and the way to import one of them later. */
function leftOutText(withCsv: boolean): string {
  const csv = withCsv
    ? ' Nothing in them needs correcting, so “Save the skipped rows as CSV” leaves them out.'
    : '';
  return `You chose not to import these rows.${csv} To import one later, choose this file again: the rows imported now are found as likely duplicates and skipped.`;
}

/**
 * The rows the user chose to leave out (Leave row N out), apart from the rows to correct: nothing
 * in them is wrong, so they are neither told to be corrected nor saved in the skipped-rows CSV.
 */
export function LeftOutRows({ rows, withCsv }: { rows: readonly RowOutcome[]; withCsv: boolean }) {
  const title = `Rows you left out (${formatNumber(rows.length)})`;
  return (
    <>
      <h3 id="import-left-out-title">{title}</h3>
      <p>{leftOutText(withCsv)}</p>
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
