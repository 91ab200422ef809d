/**
 * The start-up summary kept up to date in memory (issue 9: "add an activity → dashboard
 * figures updated" within 100 ms with 20,000 entries). The first read is readSummary's (the
 * cycle ledger and the current windows, credit-summary.ts). Once the app is idle, the current
 * cycles' windows are read and each current cycle's inputs kept (what it was judged from). A
 * save then reads back only the rows it wrote and judges again, from those inputs, the
 * current cycles the rows count for (rejudgeCurrent) — not every window again.
 *
 * Whatever cannot be updated that way goes through readSummary again: a change to a
 * credential, a write that names a range (a restore), or one that reaches before the kept
 * windows. The ledger tells which: the store drops, in the same transaction, every record
 * whose window ends on or after the earliest date a write touches (ledger.ts), so a record
 * this model leans on that is gone means the write reached it — from this window or another.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { CycleInputs } from '../../../shared/domain/credits';
import {
  closedCycleKey,
  summariseCurrent,
  summaryPlan,
  type SummaryPlan,
} from '../../../shared/domain/credits/ledger';
import { rejudgeCurrent, type ActivityChange } from '../../../shared/domain/credits/ledger-update';
import { readinessReads } from '../../../shared/domain/readiness';
import { doneBy } from '../../../shared/domain/dashboard/recent-activity';
import type { LocalDate } from '../../../shared/dates';
import type { Read } from './credit-summary';
import type { Store } from './database';
import {
  LEDGER_TABLE,
  TOKEN_ROW,
  currentRow,
  ledgerGeneration,
  ledgerParts,
  readLedgerState,
  type LedgerRow,
  type TokenRow,
} from './ledger';
import {
  trackSource,
  withWrite,
  type Observer,
  type Pending,
  type Subscribable,
} from './patched-rows';
import { listedOrder, type ActivityRow } from './repositories/activities';

/**
 * What the summary shows is worked out again (readSummary); with `keptCurrent` false, no
 * current figures kept in the ledger are used (they may be this source's own, see pump).
 */
export type FullRead = (keptCurrent: boolean) => Promise<Read>;

interface Current {
  plan: SummaryPlan;
  /** closedCycleKey of the current cycle: what its kept figures are filed under. */
  key: string;
  inputs: CycleInputs;
}

/** The current windows in memory, and what each current cycle was judged from. */
interface Model {
  /** Every activity dated on or after `from`, by id. */
  window: Map<string, ActivityRow>;
  from: LocalDate;
  current: Map<string, Current>;
  /**
   * Ledger rows the kept inputs lean on (closed cycles opening a chain, the leadership sum),
   * as they were: a write that reached back before the windows dropped them, and another
   * window may since have judged and kept them again with other values.
   */
  leansOn: Map<string, string>;
}

const tablePart = (store: Store, table: string) => `idb://${store.db.name}/${table}/`;

/** The same figures, whatever the order their fields were written in. */
function sameFigures(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A moment the page is idle, or at most a quarter second from now (a busy page has none). */
const idle = () =>
  new Promise<void>((resolve) => {
    const w = globalThis as {
      requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number;
    };
    if (w.requestIdleCallback) w.requestIdleCallback(() => resolve(), { timeout: 250 });
    else setTimeout(resolve, 0);
  });

/** Lets the page answer input between two pieces of work (a task of its own). */
const breather = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface SummarySourceOptions {
  store: Store;
  asOf: LocalDate;
  full: FullRead;
  /** Newest first with ties as the dashboard lists them, and how many recent entries it shows. */
  newestFirst: (a: ActivityRow, b: ActivityRow) => number;
  recent: number;
  /** Milliseconds after a read before the windows are read and kept (0 in tests). */
  warmAfterMs?: number;
}

/**
 * The summary as a source for sharedRead: `next` gets a Read after the first read and after
 * every write that changes it. `kept` (the Read's promise to keep) is handled by the caller.
 */
export function summarySource(options: SummarySourceOptions): Subscribable<Read> {
  const { store, asOf } = options;
  const activitiesPart = tablePart(store, 'activities');
  const credentialParts = [tablePart(store, 'credentials'), tablePart(store, 'customCredentials')];
  return {
    subscribe(observer: Observer<Read>) {
      let closed = false;
      let last: Read | null = null;
      let model: Model | null = null;
      /** Bumped by every change: a warm-up started before one is dropped. */
      let epoch = 0;
      let pending: Pending = 'all';
      let busy = false;
      let warmTimer: ReturnType<typeof setTimeout> | null = null;
      // A save waits for this too (writesApplied): the editor closes on figures that show it.
      const { settle, untrack } = trackSource(
        store.db,
        () => closed || (!busy && pending === null),
      );

      const hasLedger = store.db.tables.some((t) => t.name === LEDGER_TABLE);
      let keptIncrementally = false;
      const tell = (read: Read) => {
        last = read;
        if (!closed) observer.next(read);
      };

      const scheduleWarm = () => {
        if (warmTimer) clearTimeout(warmTimer);
        const at = epoch;
        warmTimer = setTimeout(() => {
          warmTimer = null;
          // Nothing is kept if it fails (a closed database): every write then reads again.
          warm(at).catch(() => undefined);
        }, options.warmAfterMs ?? 1_500);
      };

      /** Reads the windows and works out each current cycle's inputs, a credential at a time. */
      async function warm(at: number) {
        await idle();
        if (closed || at !== epoch || !last || model || !hasLedger) return;
        const read = last;
        const context = { alsoHeld: read.summary.withRules };
        const { rows, window } = await store.db.transaction(
          'r',
          ['activities', LEDGER_TABLE],
          async () => {
            const { rows } = await readLedgerState(store);
            const parts = ledgerParts(rows);
            let from = readinessReads(asOf).from;
            for (const h of read.summary.withRules) {
              const plan = summaryPlan(h, asOf, context, parts.cycles);
              if (plan.from !== null && plan.from < from) from = plan.from;
            }
            const window = await store.db
              .table<ActivityRow, string>('activities')
              .where('date')
              .aboveOrEqual(from)
              .toArray();
            return { rows, window: { from, list: window } };
          },
        );
        const parts = ledgerParts(rows);
        const upTo = readinessReads(asOf).upTo;
        const leadership = parts.leadership.find((r) => r.countTo === upTo);
        if (!leadership) return; // Not kept yet: the next full read keeps it, then warms again.
        const current = new Map<string, Current>();
        const leansOn = new Map([[leadership.id, JSON.stringify(leadership)]]);
        for (const h of read.summary.withRules) {
          await breather();
          if (closed || at !== epoch) return;
          const plan = summaryPlan(h, asOf, context, parts.cycles);
          if (!plan.current) continue;
          const r = summariseCurrent(plan, window.list, asOf, context, true);
          if (!r.inputs) continue;
          // The inputs must give the figures shown (else the kept figures were not what
          // judging gives, and nothing is updated from them: every write reads again).
          if (!sameFigures(read.summary.evaluations.get(h.credential.id), r.evaluation)) return;
          const key = closedCycleKey(h, plan.current, plan.req);
          current.set(h.credential.id, { plan, key, inputs: r.inputs });
          if (plan.opening) {
            const before = plan.cycles[plan.opening.at - 1]!;
            const id = `${before.countTo}|${h.credential.id}|${before.index}`;
            const row = parts.cycles.find((r) => r.id === id);
            if (!row) return;
            leansOn.set(id, JSON.stringify(row));
          }
        }
        if (closed || at !== epoch) return;
        model = {
          window: new Map(window.list.map((a) => [a.id, a])),
          from: window.from,
          current,
          leansOn,
        };
      }

      /** The written rows judged into the kept model, or null when it cannot be. */
      async function update(m: Model, keys: string[], read: Read): Promise<Read | null> {
        const generation = ledgerGeneration(store);
        const { found, leant, token } = await store.db.transaction(
          'r',
          ['activities', LEDGER_TABLE],
          async () => {
            const ledger = store.db.table<TokenRow | LedgerRow, string>(LEDGER_TABLE);
            return {
              found: await store.db.table<ActivityRow, string>('activities').bulkGet(keys),
              leant: await ledger.bulkGet([...m.leansOn.keys()]),
              token: ((await ledger.get(TOKEN_ROW)) as TokenRow | undefined)?.token ?? null,
            };
          },
        );
        const was = [...m.leansOn.values()];
        if (leant.some((row, i) => !row || JSON.stringify(row) !== was[i])) return null;
        const changes: ActivityChange<ActivityRow>[] = [];
        keys.forEach((k, i) => {
          const before = m.window.get(k);
          const after = found[i];
          if (before || after) changes.push({ before, after });
        });
        if (changes.length === 0) return read;
        const evaluations = new Map(read.summary.evaluations);
        const next = new Map<string, Current>();
        for (const [heldId, c] of m.current) {
          const r = rejudgeCurrent(c.plan, c.inputs, changes, asOf);
          if (!r) return null;
          if (r === 'unchanged') {
            next.set(heldId, c);
            continue;
          }
          evaluations.set(heldId, r.evaluation);
          next.set(heldId, { ...c, inputs: r.inputs });
        }
        const window = new Map(m.window);
        for (const { before, after } of changes) {
          if (before) window.delete(before.id);
          if (after && after.date >= m.from) window.set(after.id, after);
        }
        const readFrom = readinessReads(asOf).from;
        const recentWindow = [...window.values()].filter((a) => a.date >= readFrom);
        // Fewer done entries than places: the latest done ones are read from the whole log.
        if (recentWindow.filter((a) => doneBy(a, asOf)).length < options.recent) return null;
        model = { ...m, window, current: next };
        const current = [...next].flatMap(([heldId, c]) => {
          const evaluation = evaluations.get(heldId);
          const countTo = c.plan.current?.countTo;
          return evaluation && countTo
            ? [currentRow({ heldId, countTo, key: c.key, asOf, evaluation })]
            : [];
        });
        return {
          ...read,
          summary: {
            ...read.summary,
            evaluations,
            recent: [...recentWindow].sort(options.newestFirst).slice(0, options.recent),
            readinessActivities: recentWindow.sort(listedOrder),
          },
          closed: [],
          leadership: undefined,
          current,
          judged: next.size,
          generation,
          token,
        };
      }

      async function pump() {
        if (busy || closed) return;
        busy = true;
        try {
          while (!closed && pending !== null) {
            const work = pending;
            pending = null;
            const m = model;
            // A failed update is not shown: everything is read again instead.
            const updated =
              work !== 'all' && m && last
                ? await update(m, [...work], last).catch(() => null)
                : null;
            if (closed) return;
            if (updated) {
              if (updated.current.length > 0) keptIncrementally = true;
              tell(updated);
              continue;
            }
            model = null;
            epoch++;
            // Figures this source kept from an update may miss a write from another window
            // that had committed but not yet been announced; a full read judges them again.
            const read = await options.full(!keptIncrementally);
            keptIncrementally = false;
            if (closed) return;
            tell(read);
            if (pending === null) scheduleWarm();
          }
        } catch (e) {
          model = null;
          if (!closed) observer.error(e);
        } finally {
          busy = false;
          settle();
        }
      }

      const written = (parts: ObservabilitySet) => {
        const next = withWrite(pending, parts, activitiesPart, credentialParts);
        if (next === undefined) return;
        pending = next;
        epoch++;
        void pump();
      };

      Dexie.on('storagemutated', written);
      void pump();
      return {
        unsubscribe() {
          closed = true;
          untrack();
          if (warmTimer) clearTimeout(warmTimer);
          Dexie.on.storagemutated.unsubscribe(written);
        },
      };
    },
  };
}
