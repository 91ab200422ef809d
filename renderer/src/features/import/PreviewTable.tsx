import type { ReactNode } from 'react';
import {
  TOTALS_LINE,
  canLeaveOut,
  isTotalsLine,
  previewCells,
  type PreviewCell,
  type PreviewCells,
  type RowOutcome,
} from '../../../../shared/domain/import';
import { formatDate, formatNumber } from '../../components/format';
import {
  duplicateBasisText,
  minutesToHoursText,
  rowIssueText,
  rowWarningText,
  semesterCreditsCount,
  totalsSkippedText,
  typeLabel,
} from './messages';
import type { ExistingActivity } from './use-import-wizard';

interface Props {
  caption: string;
  rows: readonly RowOutcome[];
  existing: ReadonlyMap<string, ExistingActivity>;
  keep: ReadonlySet<number>;
  leaveOut: ReadonlySet<number>;
  onKeep: (row: number, kept: boolean) => void;
  onLeaveOut: (row: number, out: boolean) => void;
}

type RowProps = { o: RowOutcome } & Omit<Props, 'caption' | 'rows'>;

/** A labelled checkbox for a choice on one row. */
function RowChoice(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="checkbox-field">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

function Warnings({ o, except }: { o: RowOutcome; except?: string }) {
  const warnings = o.warnings.filter((w) => w.code !== except);
  if (warnings.length === 0) return null;
  return (
    <ul className="import-problems">
      {warnings.map((w, i) => (
        <li key={i}>{rowWarningText(w)}</li>
      ))}
    </ul>
  );
}

/**
 * A row that looks like a totals line (isTotalsLine). With no date it is left out; with one it
 * is skipped unless kept, as a likely duplicate is, and its other warnings are worth seeing
 * before keeping it.
 */
function TotalsLine({ o, keep, onKeep }: RowProps) {
  const totals = o.warnings.find((w) => w.code === TOTALS_LINE)!;
  if (!o.activity)
    return (
      <>
        <p className="import-left-out">Left out: not imported</p>
        <Warnings o={o} />
      </>
    );
  return (
    <>
      <p className="import-duplicate">
        {rowWarningText(totals)} {totalsSkippedText}
      </p>
      <RowChoice
        id={`keep-row-${o.rowNumber}`}
        label={`Keep row ${o.rowNumber} anyway`}
        checked={keep.has(o.rowNumber)}
        onChange={(kept) => onKeep(o.rowNumber, kept)}
      />
      <Warnings o={o} except={TOTALS_LINE} />
    </>
  );
}

function Duplicate({ o, existing, keep, onKeep }: RowProps) {
  const of = o.duplicateOf!;
  const match = of.kind === 'existing' ? existing.get(of.activityId) : undefined;
  const basis = duplicateBasisText(o.activity ?? {});
  return (
    <>
      <p className="import-duplicate">
        {of.kind === 'row'
          ? `Likely a duplicate of row ${of.rowNumber} ${basis}: skipped.`
          : `Likely already in your log${match ? ` as “${match.title}”` : ''} ${basis}: skipped.`}
      </p>
      <RowChoice
        id={`keep-row-${o.rowNumber}`}
        label={`Keep row ${o.rowNumber} anyway`}
        checked={keep.has(o.rowNumber)}
        onChange={(kept) => onKeep(o.rowNumber, kept)}
      />
      {/* A kept duplicate is imported with them: they are worth seeing before keeping it. */}
      <Warnings o={o} />
    </>
  );
}

function Outcome(props: RowProps) {
  const { o, leaveOut, onLeaveOut } = props;
  if (o.errors.length > 0) {
    // Its only possible warning: it looks like a totals line.
    return (
      <>
        <ul className="import-problems error">
          {o.errors.map((e, i) => (
            <li key={i}>{rowIssueText(e)}</li>
          ))}
        </ul>
        <Warnings o={o} />
      </>
    );
  }
  if (o.duplicateOf) return <Duplicate {...props} />;
  if (isTotalsLine(o)) return <TotalsLine {...props} />;
  const offered = canLeaveOut(o);
  const out = offered && leaveOut.has(o.rowNumber);
  return (
    <>
      {out ? (
        <p className="import-left-out">Left out: not imported</p>
      ) : (
        <p className="import-ready">Ready to import</p>
      )}
      <Warnings o={o} />
      {offered && (
        <RowChoice
          id={`leave-out-row-${o.rowNumber}`}
          label={`Leave row ${o.rowNumber} out`}
          checked={out}
          onChange={(left) => onLeaveOut(o.rowNumber, left)}
        />
      )}
    </>
  );
}

/**
 * One cell: the value as Ascent read it, or, in the cell that is wrong, the file's own text
 * marked as the wrong one (the row's message says what is wrong with it).
 */
function Cell<T>(props: {
  cell: PreviewCell<T>;
  show: (value: T) => ReactNode;
  className?: string;
}) {
  const { cell, className } = props;
  if (!cell.wrong) return <td className={className}>{props.show(cell.value)}</td>;
  return (
    <td className={className ? `${className} import-cell-wrong` : 'import-cell-wrong'}>
      <Wrong raw={cell.raw} />
    </td>
  );
}

/** The file's own text of a cell that is wrong, marked as the wrong one. */
function Wrong({ raw }: { raw: string }) {
  return (
    <>
      <span className="import-wrong-tag">Wrong:</span> {raw || <em>empty</em>}
    </>
  );
}

/**
 * The amount and, under it, a course's semester credits: the cell is marked wrong when either
 * is, and only the wrong one shows the file's text. An amount read in minutes shows them and
 * the hours imported ("45 min → 0.75 h").
 */
function AmountCell({ cells }: { cells: PreviewCells }) {
  const { amount, semesterCredits: credits } = cells;
  const wrong = amount.wrong || credits?.wrong;
  return (
    <td className={wrong ? 'cl-num import-cell-wrong' : 'cl-num'}>
      {amount.wrong ? (
        <Wrong raw={amount.raw} />
      ) : cells.minutes === undefined ? (
        formatNumber(amount.value)
      ) : (
        minutesToHoursText(cells.minutes, amount.value)
      )}
      {credits && (
        <span className="import-credits">
          {credits.wrong ? (
            <>
              <Wrong raw={credits.raw} /> (semester credits)
            </>
          ) : (
            semesterCreditsCount(credits.value)
          )}
        </span>
      )}
    </td>
  );
}

function rowClass(o: RowOutcome, leaveOut: ReadonlySet<number>): string | undefined {
  if (o.errors.length > 0) return 'import-row-error';
  if (o.duplicateOf) return 'import-row-duplicate';
  if (isTotalsLine(o)) return o.activity ? 'import-row-duplicate' : 'import-row-left-out';
  if (canLeaveOut(o) && leaveOut.has(o.rowNumber)) return 'import-row-left-out';
  return undefined;
}

/**
 * The file's own text of a row that was not read as an activity and has nothing to correct (a
 * totals line without a date): nothing in it is marked wrong.
 */
function FileCells({ o }: { o: RowOutcome }) {
  return (
    <>
      <td className="cl-nowrap">{o.raw.date}</td>
      <td>{o.raw.title}</td>
      <td>{o.raw.provider}</td>
      <td>{o.raw.type}</td>
      <td className="cl-num">{o.raw.amount}</td>
    </>
  );
}

function ReadCells({ o }: { o: RowOutcome }) {
  const cells = previewCells(o);
  const text = (value: string) => value;
  return (
    <>
      <Cell cell={cells.date} show={(d) => formatDate(d)} className="cl-nowrap" />
      <Cell cell={cells.title} show={text} />
      <Cell cell={cells.provider} show={text} />
      <Cell cell={cells.type} show={typeLabel} />
      <AmountCell cells={cells} />
    </>
  );
}

function Row(props: RowProps) {
  const { o } = props;
  const unread = !o.activity && o.errors.length === 0;
  return (
    <tr className={rowClass(o, props.leaveOut)}>
      <th scope="row" className="cl-num">
        {o.rowNumber}
      </th>
      {unread ? <FileCells o={o} /> : <ReadCells o={o} />}
      <td>
        <Outcome {...props} />
      </td>
    </tr>
  );
}

/** Step 3's table: each row as it will be imported, or why it will not be. */
export function PreviewTable({ caption, rows, ...rest }: Props) {
  return (
    <div
      className="cl-table-wrap table-scroll scroll-region"
      role="region"
      aria-label="Rows of the file"
      tabIndex={0}
    >
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
            <th scope="col" className="import-what">
              What happens
            </th>
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
