import { useMemo, useState } from 'react';
import type { ImportCounts, RowOutcome } from '../../../../shared/domain/import';
import { formatNumber } from '../../components/format';
import {
  leftOutSummaryText,
  noRowsBelowText,
  noSplitSummaryText,
  unsureDatesSummaryText,
  rowsAboveText,
  rowsText,
  totalsSummaryText,
  unclosedQuoteText,
  unusualSummaryText,
} from './messages';
import { PreviewTable } from './PreviewTable';
import type { Analysis } from './use-row-analysis';
import type { ExistingActivity, LoadedFile } from './use-import-wizard';

interface Props {
  file: LoadedFile;
  /** The log as it is now: what a likely duplicate repeats. */
  existing: readonly ExistingActivity[];
  analysis: Analysis;
  counts: ImportCounts | null;
  /** The rows above the header row that hold anything (not imported), by number in the file. */
  above: readonly number[];
  keep: ReadonlySet<number>;
  /** Rows with a warning the user chose to leave out. */
  leaveOut: ReadonlySet<number>;
  /** Columns the import needs are not chosen yet: rows are not judged until they are. */
  waiting: boolean;
  onKeep: (row: number, kept: boolean) => void;
  onLeaveOut: (row: number, out: boolean) => void;
}

/** At most this many rows are drawn at once; the counts always cover the whole file. */
const SHOWN = 200;

const needsAttention = (o: RowOutcome) =>
  o.errors.length > 0 || o.duplicateOf !== null || o.warnings.length > 0;

/**
 * The counts; the warning lines count only rows that will be imported (countOutcomes). The rows
 * above the column names are named too: no row of the file is left out without a word.
 */
function Summary({ counts, above }: { counts: ImportCounts; above: readonly number[] }) {
  return (
    <ul className="import-summary" aria-label="Summary">
      <li>
        <strong>{formatNumber(counts.valid)}</strong> ready to import
      </li>
      <li className={counts.withErrors ? 'error' : undefined}>
        <strong>{formatNumber(counts.withErrors)}</strong> with errors (not imported)
      </li>
      <li>
        <strong>{formatNumber(counts.duplicates)}</strong>{' '}
        {counts.duplicates === 1
          ? 'likely duplicate (skipped unless you keep it'
          : 'likely duplicates (skipped unless you keep them'}
        {counts.kept ? `; ${formatNumber(counts.kept)} kept` : ''})
      </li>
      {counts.totals > 0 && <li>{totalsSummaryText(counts.totals, counts.totalsKept)}</li>}
      {counts.leftOut > 0 && <li>{leftOutSummaryText(counts.leftOut)}</li>}
      {counts.ignored > 0 && <li>{rowsText(counts.ignored)} blank or totals, left out</li>}
      {above.length > 0 && <li>{rowsAboveText(above)}</li>}
      {counts.unusual > 0 && <li>{unusualSummaryText(counts.unusual)}</li>}
      {counts.noSplit > 0 && <li>{noSplitSummaryText(counts.noSplit)}</li>}
      {counts.unsureDates > 0 && <li>{unsureDatesSummaryText(counts.unsureDates)}</li>}
    </ul>
  );
}

function Progress({ progress }: { progress: NonNullable<Analysis['progress']> }) {
  return (
    <div className="import-progress">
      <label htmlFor="import-read-progress">Checking rows</label>
      <progress id="import-read-progress" max={progress.total} value={progress.done} />
      <span className="muted">
        {formatNumber(progress.done)} of {formatNumber(progress.total)}
      </span>
    </div>
  );
}

function QuoteProblems({ rows }: { rows: readonly number[] }) {
  return rows.map((row) => (
    <p key={row} className="error">
      {unclosedQuoteText(row)}
    </p>
  ));
}

/** The counts, the filter and the table, once the rows can be judged. */
function Rows({ file, existing, analysis, counts, above, ...choices }: Omit<Props, 'waiting'>) {
  const [show, setShow] = useState<'attention' | 'all'>('attention');
  const byId = useMemo(() => new Map(existing.map((a) => [a.id, a])), [existing]);
  const outcomes = analysis.outcomes ?? [];
  const attention = outcomes.filter(needsAttention);
  const chosen = show === 'attention' && attention.length > 0 ? attention : outcomes;
  const caption = `${chosen === outcomes ? 'All rows' : 'Rows that need a look'} of ${file.name}${
    chosen.length > SHOWN ? `: the first ${SHOWN} of ${formatNumber(chosen.length)}` : ''
  }`;
  if (outcomes.length === 0)
    return <p>{analysis.ready ? noRowsBelowText(above) : 'Checking the rows…'}</p>;
  return (
    <>
      {counts && <Summary counts={counts} above={above} />}
      {attention.length > 0 && (
        <div className="field import-show">
          <label htmlFor="import-show">Show</label>
          <select
            id="import-show"
            value={show}
            onChange={(e) => setShow(e.target.value as typeof show)}
          >
            <option value="attention">
              Rows that need a look ({formatNumber(attention.length)})
            </option>
            <option value="all">All rows ({formatNumber(outcomes.length)})</option>
          </select>
        </div>
      )}
      <PreviewTable caption={caption} rows={chosen.slice(0, SHOWN)} existing={byId} {...choices} />
    </>
  );
}

/**
 * Step 3: what will happen to every row, with the counts, the duplicates to keep and the rows
 * with a warning to leave out.
 */
export function PreviewStep({ waiting, ...props }: Props) {
  const { analysis, file } = props;
  return (
    <section
      className="card import-step"
      aria-labelledby="import-rows-title"
      aria-busy={!analysis.ready}
    >
      <h2 id="import-rows-title">3. Check the rows</h2>
      {analysis.progress && <Progress progress={analysis.progress} />}
      <QuoteProblems rows={file.table.quoteProblems} />
      {waiting ? (
        <p>Choose the missing columns above to see how each row will be imported.</p>
      ) : (
        <Rows {...props} />
      )}
    </section>
  );
}
