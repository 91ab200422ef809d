import { useEffect, useMemo } from 'react';
import { areas, type CreditUnit } from '../../../../shared/catalog/credentials';
import { earnedAndPlannedTotals } from '../../../../shared/domain/claims/log-totals';
import {
  unitPlural,
  type LogRow,
  type LogSortKey,
  type SortDirection,
} from '../../../../shared/domain/claims';
import { hrefFor } from '../../app/routes';
import { formatDate, formatNumber } from '../../components/format';
import { activityTypeLabels, amount, claimStatusLabels } from '../credentials/messages';
import { activityCount, logAreaLabels, sortLabels } from './messages';
import { onRevealRow } from './return-to';
import { useRowWindow } from './use-row-window';

export interface Sort {
  key: LogSortKey;
  direction: SortDirection;
}

interface Props {
  rows: readonly LogRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  /**
   * The credential the amounts are shown for, when filtered by one; `acrossCycles`: the rows
   * fall in more than one of its cycles (viewSpansCycles), so no one cycle's caps apply.
   */
  credential: { acronym: string; unit: CreditUnit; acrossCycles?: boolean } | null;
  /**
   * A PMI credential is held or planned, or none of any kind yet (splitApplies): only then
   * are the Talent Triangle areas and Giving Back shown, columns that mean nothing to other
   * bodies (shown when not said).
   */
  pmi?: boolean;
  /** Activities that count for no PMI credential for want of a split (wantingSplit). */
  wantingSplit?: ReadonlySet<string>;
}

const num = (n: number) => (n === 0 ? '–' : formatNumber(n));

function SortHeader({ k, sort, onSort }: { k: LogSortKey; sort: Sort; onSort: Props['onSort'] }) {
  const active = sort.key === k;
  // Dates and numbers read best newest / largest first; words from A.
  const first: SortDirection =
    k === 'date' || k === 'hours' || k === 'evidence' ? 'descending' : 'ascending';
  const next: SortDirection = active
    ? sort.direction === 'ascending'
      ? 'descending'
      : 'ascending'
    : first;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={`cl-col-${k}`}>
      <button type="button" className="cl-sort" onClick={() => onSort({ key: k, direction: next })}>
        {sortLabels[k]}
        <span aria-hidden="true" className="cl-sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * Columns: date, title, provider, type, hours, status, evidence, and for a PMI holder the
 * areas and giving back.
 */
const columns = (pmi: boolean) => 7 + (pmi ? areas.length + 1 : 0);

/** A spacer standing for rows not drawn; hidden from assistive technology. */
function Spacer({ height, pmi }: { height: number; pmi: boolean }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="cl-spacer" style={{ height }}>
      <td colSpan={columns(pmi)} />
    </tr>
  );
}

/** Said on a row whose activity counts for no PMI credential until it is split. */
export const NO_SPLIT_NOTE = 'No split: counts for no PMI credential';

/**
 * Past this many characters a title may be cut short in its column (two lines, or one of about
 * 20rem in a long log; fewer of wide letters): it is then also shown whole over the row on
 * keyboard focus. Every title is the link's tooltip.
 */
const CLAMPED_FROM = 20;

interface RowProps {
  r: LogRow;
  index: number;
  pmi: boolean;
  /** The activity counts for no PMI credential for want of a split. */
  wantsSplit: boolean;
}

function Row({ r, index, pmi, wantsSplit }: RowProps) {
  const a = r.activity;
  return (
    <tr className={r.status === 'planned' ? 'cl-planned' : undefined} aria-rowindex={index}>
      <td className="cl-nowrap">{formatDate(a.date)}</td>
      <th scope="row" className="cl-title">
        <a
          href={hrefFor('credit-log', a.id)}
          title={a.title}
          data-clamped={a.title.length >= CLAMPED_FROM ? '' : undefined}
        >
          {a.title}
        </a>
      </th>
      <td>{a.provider ?? ''}</td>
      <td>
        {activityTypeLabels[a.type]}
        {wantsSplit && (
          <>
            {' '}
            <span className="cl-row-note">{NO_SPLIT_NOTE}</span>
          </>
        )}
      </td>
      <td className="cl-num">{formatNumber(r.hours)}</td>
      {pmi &&
        areas.map((k) => (
          <td key={k} className="cl-num">
            {num(r.byArea[k])}
          </td>
        ))}
      {pmi && <td className="cl-num">{num(r.givingBack)}</td>}
      <td>{claimStatusLabels[r.status]}</td>
      <td className="cl-num">{num(r.evidence)}</td>
    </tr>
  );
}

/** "+ 10 h planned", "+ 10 PDUs planned": planned rows in view, kept out of the earned total. */
function plannedText(hours: number, credential: Props['credential']): string {
  return `+ ${credential ? amount(hours, credential.unit) : `${formatNumber(hours)} h`} planned`;
}

/**
 * The credit log: sortable columns, one row per activity, the totals of the rows in view —
 * earned only, planned ones said apart (earnedAndPlannedTotals), as the report totals them.
 */
const none: ReadonlySet<string> = new Set();

export function LogTable({
  rows,
  sort,
  onSort,
  credential,
  pmi = true,
  wantingSplit = none,
}: Props) {
  // Not on every scroll frame: 20,000 rows take a few milliseconds to total.
  const { earned: totals, planned } = useMemo(() => earnedAndPlannedTotals(rows), [rows]);
  const order = sort.direction === 'ascending' ? 'ascending' : 'descending';
  const [boxRef, onScroll, win] = useRowWindow(rows.length);
  // Asked for a row not drawn (the activity just edited, or put back by Undo, far down a long
  // log): scroll the box to it, so that it is drawn and focus can go to it.
  const virtual = win.virtual;
  useEffect(
    () =>
      onRevealRow((activityId) => {
        const box = boxRef.current;
        const index = rows.findIndex((r) => r.activity.id === activityId);
        if (!box || index < 0) return false;
        if (!virtual) return true;
        const drawn = box.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
        const rowHeight = drawn?.offsetHeight || 36;
        box.scrollTop = Math.max(0, index * rowHeight - (box.clientHeight - rowHeight) / 2);
        onScroll();
        return true;
      }),
    [rows, virtual, boxRef, onScroll],
  );
  // Row 1 is the header row, the data rows follow, the totals row is last.
  return (
    <div
      className={
        win.virtual ? 'cl-table-wrap scroll-region cl-virtual' : 'cl-table-wrap scroll-region'
      }
      role="region"
      aria-label="Credit log table"
      tabIndex={0}
      ref={boxRef}
      onScroll={win.virtual ? onScroll : undefined}
    >
      <table className="cl-table" aria-rowcount={rows.length + 2}>
        <caption>
          {activityCount(rows.length)}
          {credential
            ? `, in ${unitPlural(credential.unit)} as they count for ${credential.acronym} ${
                credential.acrossCycles
                  ? 'across its cycles, before each cycle’s caps'
                  : 'before the cycle’s caps'
              }`
            : ''}
          , sorted by {sortLabels[sort.key].toLowerCase()} ({order})
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <SortHeader k="date" sort={sort} onSort={onSort} />
            <SortHeader k="title" sort={sort} onSort={onSort} />
            <SortHeader k="provider" sort={sort} onSort={onSort} />
            <SortHeader k="type" sort={sort} onSort={onSort} />
            <SortHeader k="hours" sort={sort} onSort={onSort} />
            {pmi &&
              areas.map((k) => (
                <th key={k} scope="col" className="cl-num">
                  {logAreaLabels[k]}
                </th>
              ))}
            {pmi && (
              <th scope="col" className="cl-num">
                {logAreaLabels.givingBack}
              </th>
            )}
            <SortHeader k="status" sort={sort} onSort={onSort} />
            <SortHeader k="evidence" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          <Spacer height={win.above} pmi={pmi} />
          {rows.slice(win.start, win.end).map((r, i) => (
            <Row
              key={r.activity.id}
              r={r}
              index={win.start + i + 2}
              pmi={pmi}
              wantsSplit={wantingSplit.has(r.activity.id)}
            />
          ))}
          <Spacer height={win.below} pmi={pmi} />
        </tbody>
        <tfoot>
          <tr aria-rowindex={rows.length + 2}>
            <th scope="row" colSpan={4}>
              Total earned in view
            </th>
            <td className="cl-num">{formatNumber(totals.hours)}</td>
            {pmi &&
              areas.map((k) => (
                <td key={k} className="cl-num">
                  {formatNumber(totals.byArea[k])}
                </td>
              ))}
            {pmi && <td className="cl-num">{formatNumber(totals.givingBack)}</td>}
            <td colSpan={2}>{planned.hours > 0 ? plannedText(planned.hours, credential) : ''}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
