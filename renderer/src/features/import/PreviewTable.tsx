import type { RowOutcome } from '../../../../shared/domain/import';
import { formatDate, formatNumber } from '../../components/format';
import { rowIssueText, rowWarningText, typeLabel } from './messages';
import type { ExistingActivity } from './use-import-wizard';

interface Props {
  caption: string;
  rows: readonly RowOutcome[];
  existing: ReadonlyMap<string, ExistingActivity>;
  keep: ReadonlySet<number>;
  onKeep: (row: number, kept: boolean) => void;
}

function Duplicate({
  o,
  existing,
  keep,
  onKeep,
}: { o: RowOutcome } & Omit<Props, 'caption' | 'rows'>) {
  const of = o.duplicateOf!;
  const match = of.kind === 'existing' ? existing.get(of.activityId) : undefined;
  const id = `keep-row-${o.rowNumber}`;
  return (
    <>
      <p className="import-duplicate">
        {of.kind === 'row'
          ? `Likely a duplicate of row ${of.rowNumber} (same date, title and provider): skipped.`
          : `Likely already in your log${match ? ` as “${match.title}”` : ''} (same date, title and provider): skipped.`}
      </p>
      <div className="checkbox-field">
        <input
          type="checkbox"
          id={id}
          checked={keep.has(o.rowNumber)}
          onChange={(e) => onKeep(o.rowNumber, e.target.checked)}
        />
        <label htmlFor={id}>Keep row {o.rowNumber} anyway</label>
      </div>
    </>
  );
}

function Outcome(props: { o: RowOutcome } & Omit<Props, 'caption' | 'rows'>) {
  const { o } = props;
  if (o.errors.length > 0) {
    return (
      <ul className="import-problems error">
        {o.errors.map((e, i) => (
          <li key={i}>{rowIssueText(e)}</li>
        ))}
      </ul>
    );
  }
  if (o.duplicateOf) return <Duplicate {...props} />;
  return (
    <>
      <p className="import-ready">Ready to import</p>
      {o.warnings.length > 0 && (
        <ul className="import-problems">
          {o.warnings.map((w, i) => (
            <li key={i}>{rowWarningText(w)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Row(props: { o: RowOutcome } & Omit<Props, 'caption' | 'rows'>) {
  const { o } = props;
  const a = o.activity;
  const status = o.errors.length ? 'import-row-error' : o.duplicateOf ? 'import-row-duplicate' : '';
  return (
    <tr className={status || undefined}>
      <th scope="row" className="cl-num">
        {o.rowNumber}
      </th>
      <td className="cl-nowrap">{a ? formatDate(a.date) : o.raw.date}</td>
      <td>{a ? a.title : o.raw.title}</td>
      <td>{a ? (a.provider ?? '') : o.raw.provider}</td>
      <td>{a ? typeLabel(a.type) : o.raw.type}</td>
      <td className="cl-num">{a ? formatNumber(a.amount) : o.raw.amount}</td>
      <td>
        <Outcome {...props} />
      </td>
    </tr>
  );
}

/** Step 3's table: each row as it will be imported, or why it will not be. */
export function PreviewTable({ caption, rows, ...rest }: Props) {
  return (
    <div className="cl-table-wrap" role="region" aria-label="Rows of the file" tabIndex={0}>
      <table className="cl-table import-preview">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="cl-num">
              Row
            </th>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Provider</th>
            <th scope="col">Type</th>
            <th scope="col" className="cl-num">
              Amount
            </th>
            <th scope="col">What happens</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <Row key={o.rowNumber} o={o} {...rest} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
