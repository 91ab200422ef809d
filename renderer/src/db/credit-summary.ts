/**
 * What start-up shows of the credit log (issue 9: "start-up reads indexed aggregates rather
 * than whole tables"): each held credential's current cycle judged from the cycle ledger and
 * the activities of the current counting windows, the latest entries, and the part of the
 * log readiness reads. The whole log is read only by the screens that list it.
 *
 * The first read after the ledger was emptied (a restore, an upgrade, an old activity
 * edited) goes back as far as the chain needs and keeps what it judged in the ledger, so the
 * next read is short again.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import type { CycleEvaluation } from '../../../shared/domain/credits';
import {
  closedCycleKey,
  summariseCurrent,
  summaryPlan,
  type ClosedCycle,
} from '../../../shared/domain/credits/ledger';
import { carriedToDay } from '../../../shared/domain/credits/ledger-update';
import {
  leadershipBefore,
  readinessReads,
  type LeadershipBefore,
} from '../../../shared/domain/readiness';
import type { LocalDate } from '../../../shared/dates';
import { doneBy, doneFirst } from '../../../shared/domain/dashboard/recent-activity';
import type { Store } from './database';
import {
  LEDGER_TABLE,
  currentRow,
  ledgerGeneration,
  ledgerParts,
  readLedgerState,
  writeLedger,
  type CurrentRow,
} from './ledger';
import { listedOrder, type ActivityRow } from './repositories/activities';
import {
  listCustom,
  listHeld,
  withRules,
  type CustomRow,
  type HeldRow,
} from './repositories/credentials';
import { sharedRead, type SharedRead } from './shared-read';
import { summarySource } from './summary-source';
import { useStore } from './store-context';

export interface CreditSummary {
  asOf: LocalDate;
  held: HeldRow[];
  custom: CustomRow[];
  /** Held credentials with the rule each is judged by (overrides applied). */
  withRules: HeldWithRule[];
  /** The current cycle of each held credential: figures only, `activities` is empty. */
  evaluations: Map<string, CycleEvaluation | null>;
  /**
   * The latest entries of the log (RECENT of them), those done by `asOf` first (not planned,
   * dated `asOf` or earlier), newest first (recentOrder): the latest done ones of the whole
   * log, then, in any places left, planned or later-dated ones of the window. The Dashboard's
   * "Recent activity" leaves those out (recentlyDone) and says that what was logged lately is
   * planned when nothing else is left.
   */
  recent: ActivityRow[];
  /** What readiness reads of the log (readinessReads), newest first, with the courses before
   * the window summed in `leadershipBefore`. */
  readinessActivities: ActivityRow[];
  leadershipBefore: LeadershipBefore;
}

export const RECENT = 5;

/**
 * Newest first; on the same day the latest written first, then as the log lists them. A row
 * restored from a file that wrote no stamps has none (rows-credits.ts): it sorts as written
 * before every stamped one.
 */
export const newestFirst = (a: ActivityRow, b: ActivityRow) =>
  a.date !== b.date
    ? a.date < b.date
      ? 1
      : -1
    : stampOf(b).localeCompare(stampOf(a)) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The row's updatedAt, '' when a restored file wrote none. */
const stampOf = (row: ActivityRow): string =>
  typeof row.updatedAt === 'string' ? row.updatedAt : '';

/**
 * The order of the latest entries on `asOf`: done ones first (doneFirst), each newest first.
 * The in-memory summary (summary-source.ts) takes its latest entries in this order too, so a
 * read from scratch and a kept one list the same.
 */
export const recentOrder = (asOf: LocalDate) => doneFirst<ActivityRow>(asOf, newestFirst);

const activities = (store: Store) => store.db.table<ActivityRow, string>('activities');

/**
 * The RECENT latest entries in recentOrder: from the window when it holds enough done ones (as
 * the in-memory summary takes them), else the latest done ones from the index, with the
 * window's others after them. Counting every entry of the window, planned ones there hid the
 * older done ones: five courses booked ahead left "Recent activity" empty, four did not.
 */
async function latest(
  store: Store,
  window: readonly ActivityRow[],
  asOf: LocalDate,
): Promise<ActivityRow[]> {
  const order = recentOrder(asOf);
  const done = (a: ActivityRow) => doneBy(a, asOf);
  if (window.filter(done).length >= RECENT) return [...window].sort(order).slice(0, RECENT);
  const upTo = activities(store).where('date').belowOrEqual(asOf);
  const last = await upTo.reverse().filter(done).limit(RECENT).toArray();
  const edge = last.at(-1)?.date;
  // Entries sharing the last shown day all compete for the last places.
  const rows =
    edge === undefined
      ? []
      : await activities(store)
          .where('date')
          .between(edge, asOf, true, true)
          .filter(done)
          .toArray();
  const notDone = window.filter((a) => !done(a));
  return [...rows, ...notDone].sort(order).slice(0, RECENT);
}

export interface Read {
  summary: CreditSummary;
  closed: ClosedCycle[];
  leadership: LeadershipBefore | undefined;
  current: CurrentRow[];
  /** Current cycles judged by this read (the others' figures were kept or carried). */
  judged: number;
  generation: number;
  /** The ledger's token when it was read (writeLedger). */
  token: string | null;
}

const earlier = (a: LocalDate | null, b: LocalDate | null) =>
  a === null ? b : b === null ? a : a < b ? a : b;

/**
 * One read of the summary, and what to keep of it (exported for tests/db/credit-summary.test.ts).
 * With `keptCurrent` false, current figures kept in the ledger are not used: every current
 * cycle is judged from its window (closed cycles' records still are).
 */
export async function readSummary(
  store: Store,
  asOf: LocalDate,
  { keptCurrent = true }: { keptCurrent?: boolean } = {},
): Promise<Read> {
  const generation = ledgerGeneration(store);
  const [held, custom, ledgerState] = await Promise.all([
    listHeld(store),
    listCustom(store),
    readLedgerState(store),
  ]);
  const ledger = ledgerParts(ledgerState.rows);
  const rules = withRules(held, custom);
  const context = { alsoHeld: rules };
  // Each current cycle: its figures kept from earlier today, carried from an earlier day when
  // only the day counts move (carriedToDay), or judged from its window.
  const shown = new Map(keptCurrent ? ledger.current.map((r) => [r.heldId, r]) : []);
  const found = rules.map((h) => {
    const plan = summaryPlan(h, asOf, context, ledger.cycles);
    const key = plan.current && closedCycleKey(h, plan.current, plan.req);
    const row = shown.get(h.credential.id);
    const same = row && row.key === key && row.countTo === plan.current?.countTo;
    return { plan, key, row: same && row.asOf <= asOf ? row : undefined };
  });
  let since: LocalDate | null = null;
  for (const f of found) if (f.row && f.row.asOf < asOf) since = earlier(since, f.row.asOf);
  // The few entries dated since then: whether any of them moves with the day.
  const datedSince =
    since === null
      ? []
      : await activities(store).where('date').between(since, asOf, false, true).toArray();
  const plans = found.map(({ plan, key, row }) => {
    const kept =
      row === undefined
        ? undefined
        : row.asOf === asOf
          ? row.evaluation
          : (carriedToDay(row.evaluation, row.asOf, plan, asOf, datedSince) ?? undefined);
    return { plan, key, kept, carried: row !== undefined && row.asOf !== asOf };
  });
  let judgeFrom: LocalDate | null = null;
  for (const p of plans) if (!p.kept) judgeFrom = earlier(judgeFrom, p.plan.from);
  const reads = readinessReads(asOf);
  const readFrom = reads.from;
  const upTo = reads.upTo;
  const keptSum = ledger.leadership.find((r) => r.countTo === upTo)?.leadership;
  const [window, ofTypes] = await Promise.all([
    activities(store).where('date').aboveOrEqual(earlier(judgeFrom, readFrom)!).toArray(),
    // Without a kept sum, every course once (one request a type: anyOf() or filter() would
    // walk a cursor, one request a row).
    keptSum
      ? Promise.resolve([])
      : Promise.all(reads.types.map((t) => activities(store).where('type').equals(t).toArray())),
  ]);
  const evaluations = new Map<string, CycleEvaluation | null>();
  const closed: ClosedCycle[] = [];
  const current: CurrentRow[] = [];
  let judged = 0;
  for (const { plan, key, kept, carried } of plans) {
    const id = plan.held.credential.id;
    const r = kept ? null : summariseCurrent(plan, window, asOf, context);
    const evaluation = kept ?? r!.evaluation;
    evaluations.set(id, evaluation);
    if (r) {
      closed.push(...r.closed);
      if (r.evaluation) judged++;
    }
    // Kept for today: judged now, or carried from an earlier day.
    if ((r || carried) && evaluation && key && plan.current)
      current.push(
        currentRow({ heldId: id, countTo: plan.current.countTo, key, asOf, evaluation }),
      );
  }
  const leadership = keptSum ?? leadershipBefore(ofTypes.flat().sort(listedOrder), upTo);
  const recentWindow = window.filter((a) => a.date >= readFrom);
  const summary: CreditSummary = {
    asOf,
    held,
    custom,
    withRules: rules,
    evaluations,
    recent: await latest(store, recentWindow, asOf),
    readinessActivities: recentWindow.sort(listedOrder),
    leadershipBefore: leadership,
  };
  return {
    summary,
    closed,
    leadership: keptSum ? undefined : leadership,
    current,
    judged,
    generation,
    token: ledgerState.token,
  };
}

/** The tables that exist: a read-only store of a newer app may lack the ledger. */
const withLedgerIfAny = (store: Store, tables: string[]) =>
  tables.filter((t) => store.db.tables.some((x) => x.name === t));

/** The summary as a shared read (shared-read.ts): `lingerMs` after its last reader leaves. */
function summaryRead(store: Store, asOf: LocalDate, lingerMs: number, onStop: () => void) {
  const tables = withLedgerIfAny(store, [
    'credentials',
    'customCredentials',
    'activities',
    LEDGER_TABLE,
  ]);
  return sharedRead(
    {
      observe: () =>
        summarySource({
          store,
          asOf,
          full: (keptCurrent) =>
            store.db.transaction('r', tables, () => readSummary(store, asOf, { keptCurrent })),
          newestFirst: recentOrder(asOf),
          recent: RECENT,
        }),
    },
    ({ summary, closed, leadership, current, generation, token }) => ({
      value: summary,
      // Kept for the next read. Written from a task of its own: the read's callback may
      // still be inside its read-only context, where a write transaction is refused.
      keep: () => {
        if (closed.length > 0 || current.length > 0 || leadership)
          setTimeout(
            () => void writeLedger(store, closed, generation, leadership, current, token),
            0,
          );
      },
    }),
    onStop,
    lingerMs,
    store.db,
  );
}

/**
 * The summary for the store and day in use is kept while the app runs, not only while a
 * screen shows it: what it keeps warm (summary-source.ts) lets a save reach the dashboard at
 * once. A later day replaces it; a screen still asking for an earlier day (on its way out,
 * just after midnight) gets a read of its own that stops once it has gone.
 *
 * `before`: the summary the replaced day's read last gave, shown while this later day's is
 * read (the app left open over midnight), so the screens keep their figures instead of falling
 * back to a "Loading…" line; let go of once this day's summary is read. Its `asOf` is the
 * day it was read for: what must not act on the day before's figures (the reminders) waits.
 */
let kept: {
  store: Store;
  asOf: LocalDate;
  read: SharedRead<CreditSummary>;
  before?: CreditSummary;
} | null = null;
const passing = new Map<string, SharedRead<CreditSummary>>();

/** What a read has to show now, or undefined: its error is for its own readers to throw. */
function valueOf(read: SharedRead<CreditSummary>): CreditSummary | undefined {
  try {
    return read.current();
  } catch {
    return undefined;
  }
}

function sharedOf(store: Store, asOf: LocalDate): SharedRead<CreditSummary> {
  if (kept && kept.store === store && kept.asOf === asOf) return kept.read;
  if (kept && kept.store === store && asOf < kept.asOf) {
    const id = `${store.db.name}|${asOf}`;
    let read = passing.get(id);
    if (!read) {
      read = summaryRead(store, asOf, 1_000, () => passing.delete(id));
      passing.set(id, read);
    }
    return read;
  }
  // A later day of the same store: the replaced day's figures (or the day before's, when the
  // replaced day's were not read yet) stay on screen until the new day's are read.
  const before = kept?.store === store ? (valueOf(kept.read) ?? kept.before) : undefined;
  kept?.read.stop();
  const read = summaryRead(store, asOf, Infinity, () => {
    if (kept?.read === read) kept = null;
  });
  kept = { store, asOf, read, ...(before ? { before } : {}) };
  return read;
}

/** The summary `read` shows now: its own once read, else the day before's it replaced. */
function shownBy(read: SharedRead<CreditSummary>): CreditSummary | undefined {
  const own = read.current();
  if (kept?.read !== read) return own;
  if (own !== undefined) delete kept.before;
  return own ?? kept.before;
}

/**
 * The credit log's summary as of `asOf`; `undefined` while loading. Just after the day
 * changes, the day before's summary (its `asOf` says so) until the new day's is read.
 */
export function useCreditSummary(asOf: LocalDate): CreditSummary | undefined {
  const store = useStore();
  const listen = useCallback(
    (reader: () => void) => sharedOf(store, asOf).subscribe(reader),
    [store, asOf],
  );
  const read = useCallback(() => shownBy(sharedOf(store, asOf)), [store, asOf]);
  return useSyncExternalStore(listen, read);
}
