import type { ReactNode } from 'react';
import type { RowOutcome } from '../../../../shared/domain/import';
import { skippedTitle } from './skipped-text';

/**
 * The finished import's table of rows not imported — the rows to correct, or the rows the user
 * left out: each row's number in the file, its title and, in a list, `reasonsOf` it. In its own
 * labelled box that scrolls sideways in a narrow window.
 */
export function RowOutcomeTable(props: {
  regionLabel: string;
  caption?: ReactNode;
  labelledBy?: string;
  reasonHeader: string;
  rows: readonly RowOutcome[];
  reasonsOf: (o: RowOutcome) => readonly string[];
}) {
  const { regionLabel, caption, labelledBy, reasonHeader, rows, reasonsOf } = props;
  return (
    <div
      className="cl-table-wrap table-scroll scroll-region"
      role="region"
      aria-label={regionLabel}
      tabIndex={0}
    >
      <table className="cl-table import-skipped" aria-labelledby={labelledBy}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col" className="cl-num">
              Row
            </th>
            <th scope="col">Title</th>
            <th scope="col">{reasonHeader}</th>
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
                  {reasonsOf(o).map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
