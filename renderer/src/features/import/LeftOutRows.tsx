import type { RowOutcome } from '../../../../shared/domain/import';
import { formatNumber } from '../../components/format';
import { rowWarningText } from './messages';
import { skippedTitle } from './skipped-text';

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
      <div
        className="cl-table-wrap table-scroll scroll-region"
        role="region"
        aria-label="Rows you left out"
        tabIndex={0}
      >
        <table className="cl-table import-skipped" aria-labelledby="import-left-out-title">
          <thead>
            <tr>
              <th scope="col" className="cl-num">
                Row
              </th>
              <th scope="col">Title</th>
              <th scope="col">What Ascent warned about</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.rowNumber}>
                <th scope="row" className="cl-num">
                  {o.rowNumber}
                </th>
                <td>{skippedTitle(o)}</td>
                <td>
                  <ul className="import-problems">
                    {o.warnings.map((w, i) => (
                      <li key={i}>{rowWarningText(w)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
