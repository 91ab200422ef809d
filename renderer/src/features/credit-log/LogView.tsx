import { useEffect, useMemo, useRef, useState } from 'react';
import {
  applicationsByActivity,
  cycleOfRange,
  datesReversed,
  filterFromQuery,
  isFiltered,
  logRows,
  noLogFilter,
  rangeIntoSuspension,
  sortLogRows,
  viewSpansCycles,
  type LogFilter,
} from '../../../../shared/domain/claims';
import type { LocalDate } from '../../../../shared/dates';
import {
  cyclesFor,
  noRenewByBefore,
  type HeldWithRule,
} from '../../../../shared/domain/credentials';
import { evaluateCycleAt, splitApplies, wantingSplit } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { firstField, focusSoon } from '../../components/focus-soon';
import { formatNumber } from '../../components/format';
import { navigateTo } from '../../app/use-route';
import { useCurrentEvaluation, type CreditData } from '../../db/credit-hooks';
import { CredentialBar } from './CredentialBar';
import { earnedOnly } from './form-types';
import { LogFilters } from './LogFilters';
import { LogTable, type Sort } from './LogTable';
import { activityCount } from './messages';
import { useEvidenceCounts } from './use-evidence';
import { justDeleted } from './just-deleted';
import { WriteButton } from '../../components/read-only';

// Filters and sort survive a visit to an activity and back (for this session).
const remembered: { filter: LogFilter; sort: Sort } = {
  filter: noLogFilter,
  sort: { key: 'date', direction: 'descending' },
};

/** Back to no filter, newest first (tests that share one window: tests/unit/renderer/setup.ts). */
export function forgetLogView(): void {
  remembered.filter = noLogFilter;
  remembered.sort = { key: 'date', direction: 'descending' };
}

/**
 * `#/credit-log?credential=<held id>` opens the log filtered by that credential, and
 * `&from=…&to=…` limits it to those days (a cycle's counting window, from the credential's
 * page: cycleLogQuery); that filter is then the one remembered, like any other.
 */
function initialFilter(): LogFilter {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const asked = filterFromQuery((name) => query.get(name));
  return asked ? (remembered.filter = asked) : remembered.filter;
}

/**
 * The filter as it applies: without a PMI credential the Area filter is hidden with the area
 * columns (splitApplies), so an area remembered from before cannot narrow the list unseen; and
 * a credential remembered from before that can no longer be chosen (deleted, or no longer
 * earned) cannot either, while the Credential filter shows "All credentials". Each is
 * ignored, and the next change of filter drops it.
 */
function applying(filter: LogFilter, pmi: boolean, earned: readonly HeldWithRule[]): LogFilter {
  const area = pmi ? filter.area : null;
  const heldId = earned.some((h) => h.credential.id === filter.heldId) ? filter.heldId : null;
  return area === filter.area && heldId === filter.heldId ? filter : { ...filter, area, heldId };
}

function EmptyLog({ hasCredentials }: { hasCredentials: boolean }) {
  return (
    <section className="card cl-empty" aria-labelledby="cl-empty-title">
      <h2 id="cl-empty-title">Nothing logged yet</h2>
      <p>
        Log a course, a chapter meeting, a book, a webinar or a talk you gave, once. Ascent applies
        it to every credential it counts for and shows what is still missing before each cycle ends.
      </p>
      {!hasCredentials && (
        <p>
          First, <a href={hrefFor('credentials')}>add the credentials you hold</a> with the date you
          earned each: then Ascent can tell you how every activity counts.
        </p>
      )}
      <WriteButton type="button" onClick={() => navigateTo('credit-log', 'new')}>
        Log your first activity
      </WriteButton>
    </section>
  );
}

function NoMatch({ onClear }: { onClear: (() => void) | null }) {
  return (
    <section className="card cl-empty" aria-label="No matching activities">
      <p>No activity matches these filters.</p>
      {onClear && (
        <button type="button" className="secondary" onClick={onClear}>
          Show all activities
        </button>
      )}
    </section>
  );
}

/**
 * The credit log: every activity, filtered, sorted and totalled. "Show all activities" goes
 * away once rows show, so, like "Clear filters" (LogFilters), it puts focus on the first
 * filter rather than letting it fall to the page.
 */
export function LogView({ data, today }: { data: CreditData; today: LocalDate }) {
  const evidence = useEvidenceCounts();
  const [kept, setFilterState] = useState(initialFilter);
  const pmi = splitApplies(data.withRules);
  const earned = useMemo(() => earnedOnly(data.withRules), [data.withRules]);
  const filter = useMemo(() => applying(kept, pmi, earned), [kept, pmi, earned]);
  const [sort, setSortState] = useState(remembered.sort);
  const setFilter = (f: LogFilter) => setFilterState((remembered.filter = f));
  const setSort = (s: Sort) => setSortState((remembered.sort = s));
  useEffect(() => justDeleted.clear(), []);
  const log = useRef<HTMLDivElement>(null);
  const showAll = () => {
    setFilter(noLogFilter);
    focusSoon(() => firstField(log.current?.querySelector('.cl-filters')));
  };

  const chosen = earned.find((h) => h.credential.id === filter.heldId) ?? null;
  const current = useCurrentEvaluation(data, chosen?.credential.id ?? null, today);
  const cycles = useMemo(
    () =>
      chosen ? cyclesFor(chosen.credential, chosen.rule, today, { alsoHeld: data.withRules }) : [],
    [chosen, today, data.withRules],
  );
  // The log limited to a past cycle (its "Open in the credit log"): the bar, and its CSV
  // export, are that cycle's, as the rows are; otherwise the cycle in force.
  const inView = useMemo(() => cycleOfRange(filter, cycles), [filter, cycles]);
  // A range run past the cycle's end into its suspension year (an unrenewed cycle's log): the
  // filters say why, beside the dates.
  const intoSuspension = useMemo(() => {
    const cycle = chosen && rangeIntoSuspension(filter, cycles);
    return chosen && cycle ? { acronym: chosen.rule.acronym, cycle } : null;
  }, [chosen, filter, cycles]);
  const evaluation = useMemo(
    () =>
      chosen && inView && inView.index !== current?.cycleIndex
        ? evaluateCycleAt(chosen.rule, chosen.credential, data.activities, today, inView.index, {
            alsoHeld: data.withRules,
          })
        : current,
    [chosen, inView, current, data.activities, data.withRules, today],
  );
  const noRenewBy = useMemo(
    () =>
      chosen
        ? noRenewByBefore(chosen.credential, chosen.rule, today, { alsoHeld: data.withRules })
        : null,
    [chosen, today, data.withRules],
  );
  const applications = useMemo(
    () =>
      filter.heldId ? applicationsByActivity(data.activities, data.withRules, today) : new Map(),
    [data, today, filter.heldId],
  );
  // Rows to mark: they count for no PMI credential until split (worked out once per change of
  // the log, not per row drawn).
  const wanting = useMemo(
    () => wantingSplit(data.activities, data.withRules, today),
    [data.activities, data.withRules, today],
  );
  const rows = useMemo(
    () =>
      sortLogRows(
        logRows(data.activities, filter, applications, evidence ?? new Map()),
        sort.key,
        sort.direction,
      ),
    [data.activities, filter, applications, evidence, sort],
  );
  // The rows' amounts are one cycle's, before its caps, only when they all fall in one of the
  // credential's counting windows; else the caption says they run across its cycles.
  const acrossCycles = useMemo(
    () =>
      chosen !== null &&
      viewSpansCycles(
        rows.map((r) => r.activity.date),
        cycles,
      ),
    [chosen, rows, cycles],
  );

  return (
    <div className="credit-log" ref={log}>
      <div className="cl-header">
        <h1>Credit log</h1>
        <div className="actions">
          <a href={hrefFor('credit-log', 'import')}>Import from a spreadsheet…</a>
          <WriteButton type="button" onClick={() => navigateTo('credit-log', 'new')}>
            Add activity
          </WriteButton>
        </div>
      </div>
      {data.activities.length === 0 ? (
        <EmptyLog hasCredentials={data.withRules.length > 0} />
      ) : (
        <>
          <LogFilters
            filter={filter}
            onChange={setFilter}
            earned={earned}
            areas={pmi}
            intoSuspension={intoSuspension}
          />
          {chosen && (
            <CredentialBar
              held={chosen}
              evaluation={evaluation}
              current={evaluation === current}
              activities={data.activities}
              noRenewBy={noRenewBy}
            />
          )}
          <p role="status" className="muted">
            Showing {activityCount(rows.length)} of {formatNumber(data.activities.length)}
            {/* Why none shows, announced: the reason under the dates is only To's description. */}
            {datesReversed(filter) ? ': From is after To.' : '.'}
          </p>
          {rows.length === 0 ? (
            <NoMatch onClear={isFiltered(filter) ? showAll : null} />
          ) : (
            <LogTable
              rows={rows}
              sort={sort}
              onSort={setSort}
              credential={
                chosen
                  ? { acronym: chosen.rule.acronym, unit: chosen.rule.unit, acrossCycles }
                  : null
              }
              pmi={pmi}
              wantingSplit={wanting}
            />
          )}
        </>
      )}
    </div>
  );
}
