/**
 * The cycle ledger's table (schema v5; shared/domain/credits/ledger.ts says what a row is).
 * Rows are trusted only while the activities they were judged from are unchanged, so every
 * write to the credit log drops, in the same transaction, each row whose counting window
 * ends on or after the earliest date the write touches (the old and the new date of an
 * edited activity). A middleware sees every write, whichever code path makes it.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { CycleEvaluation } from '../../../shared/domain/credits';
import type { ClosedCycle } from '../../../shared/domain/credits/ledger';
import type { LeadershipBefore } from '../../../shared/domain/readiness';
import type { LocalDate } from '../../../shared/dates';
import type { Store } from './database';

export const LEDGER_TABLE = 'cycleLedger';

/** A closed cycle of a credential with carry-over. */
export interface CycleRow extends ClosedCycle {
  id: string;
}

/** Leadership training of the courses up to `countTo`, summed (readiness). */
export interface LeadershipRow {
  id: string;
  kind: 'leadership';
  countTo: LocalDate;
  leadership: LeadershipBefore;
}

/**
 * A current cycle's figures as judged on `asOf` (no explanations): start-up shows them
 * without judging again while the day, the credential and its window's activities are
 * unchanged.
 */
export interface CurrentRow {
  id: string;
  kind: 'current';
  heldId: string;
  countTo: LocalDate;
  key: string;
  asOf: LocalDate;
  evaluation: CycleEvaluation;
}

/**
 * A token every drop renews, in the same transaction as the write that drops (the
 * middleware below). A row worked out from a read is written back only if the token is the
 * one the read saw: a write from another window of the web build (which has its own
 * counters in memory) is then seen too. Sorts before every dated row, so only a drop of
 * everything removes it, and the drop puts a new one back.
 */
export interface TokenRow {
  id: typeof TOKEN_ROW;
  kind: 'token';
  token: string;
}

export const TOKEN_ROW = '0|~token|0';

export type LedgerRow = CycleRow | LeadershipRow | CurrentRow;

const kindOf = (r: LedgerRow) => ('kind' in r ? r.kind : 'cycle');

/** Keys sort by the last day the row sums, so "ends on or after a date" is one range. */
export const ledgerRow = (c: ClosedCycle): CycleRow => ({
  id: `${c.countTo}|${c.heldId}|${c.cycleIndex}`,
  ...c,
});

export const currentRow = (c: Omit<CurrentRow, 'id' | 'kind'>): CurrentRow => ({
  id: `${c.countTo}|${c.heldId}|current`,
  kind: 'current',
  ...c,
});

export const leadershipRow = (l: LeadershipBefore): LeadershipRow => ({
  id: `${l.upTo}|~leadership|0`,
  kind: 'leadership',
  countTo: l.upTo,
  leadership: l,
});

/** The ledger's rows by kind. */
export function ledgerParts(rows: readonly LedgerRow[]): {
  cycles: CycleRow[];
  leadership: LeadershipRow[];
  current: CurrentRow[];
} {
  const parts = {
    cycles: [] as CycleRow[],
    leadership: [] as LeadershipRow[],
    current: [] as CurrentRow[],
  };
  for (const r of rows) {
    const kind = kindOf(r);
    if (kind === 'leadership') parts.leadership.push(r as LeadershipRow);
    else if (kind === 'current') parts.current.push(r as CurrentRow);
    else parts.cycles.push(r as CycleRow);
  }
  return parts;
}

/** Tables whose rows a ledger row depends on. */
const WATCHED = 'activities';

/**
 * Counts the drops of each database (by name: the middleware and the store see different
 * cores), so a row worked out from an earlier read is not written back after a write made
 * it stale (see writeLedger).
 */
const generations = new Map<string, { n: number }>();
const generationOf = (database: string) => {
  let g = generations.get(database);
  if (!g) generations.set(database, (g = { n: 0 }));
  return g;
};

const dateOf = (row: unknown): LocalDate | null => {
  const d = (row as { date?: unknown } | undefined)?.date;
  return typeof d === 'string' ? d : null;
};

/** The earliest date the write touches; '' when it cannot be known (everything goes). */
async function earliestTouched(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<string | null> {
  if (req.type === 'deleteRange') return '';
  const dates: (LocalDate | null)[] = [];
  if (req.type === 'add' || req.type === 'put') dates.push(...req.values.map(dateOf));
  if (req.type === 'put' || req.type === 'delete') {
    const keys =
      req.type === 'delete'
        ? req.keys
        : (req.keys ?? req.values.map((v) => (v as { id?: unknown } | undefined)?.id));
    const known = keys.filter((k) => k !== undefined && k !== null);
    if (known.length > 0) {
      const old = await table.getMany({ trans: req.trans, keys: known });
      dates.push(...old.filter((r) => r !== undefined).map(dateOf));
    }
  }
  if (dates.length === 0) return null;
  if (dates.some((d) => d === null)) return '';
  return (dates as string[]).reduce((a, b) => (a < b ? a : b));
}

const storesOf = (trans: DBCoreTransaction) =>
  (trans as unknown as IDBTransaction).objectStoreNames as DOMStringList | undefined;

async function dropFrom(core: DBCore, trans: DBCoreTransaction, from: string) {
  generationOf(core.schema.name).n++;
  const table = core.table(LEDGER_TABLE);
  await table.mutate({
    type: 'deleteRange',
    trans,
    // DBCoreRangeType.Range (a const enum, not importable under isolated modules).
    range: { type: 2, lower: from, lowerOpen: false, upper: '\uffff', upperOpen: false },
  });
  const row: TokenRow = { id: TOKEN_ROW, kind: 'token', token: crypto.randomUUID() };
  await table.mutate({ type: 'put', trans, values: [row] });
}

/**
 * Below Dexie's own middlewares (hooks, cache, observability: levels 0–2), which read the
 * current transaction from Dexie's zone: the lookup of the old rows is awaited here, and
 * nothing under this level needs the zone. Live queries still see the activities written;
 * the ledger's own drops are not announced (credit-summary.ts watches the activities).
 */
export const ledgerMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cycle-ledger',
  level: -0.5,
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== WATCHED || !down.schema.tables.some((t) => t.name === LEDGER_TABLE))
          return table;
        return {
          ...table,
          async mutate(req) {
            const from = await earliestTouched(table, req);
            if (from !== null) {
              if (storesOf(req.trans)?.contains(LEDGER_TABLE))
                await dropFrom(down, req.trans, from);
              else {
                // A write outside writeTransaction (which always adds the ledger): drop
                // everything once it is on disk, so nothing stale is ever read again.
                generationOf(down.schema.name).n++;
                (req.trans as unknown as IDBTransaction).addEventListener?.('complete', () => {
                  try {
                    const t = down.transaction([LEDGER_TABLE], 'readwrite');
                    dropFrom(down, t, '').catch(() => undefined);
                  } catch {
                    // The database closed meanwhile. Only a write outside writeTransaction
                    // gets here, and the app makes none (tests/db/ledger.test.ts).
                  }
                });
              }
            }
            return table.mutate(req);
          },
        };
      },
    };
  },
};

/** Tables a write transaction must also hold when it touches any of `tables`. */
export function withLedger(store: Store, tables: readonly string[]): string[] {
  if (!tables.includes(WATCHED) || tables.includes(LEDGER_TABLE)) return [...tables];
  const has = store.db.tables.some((t) => t.name === LEDGER_TABLE);
  return has ? [...tables, LEDGER_TABLE] : [...tables];
}

/**
 * Called as a write to the credit log begins (writeTransaction), before its transaction is
 * queued: a ledger write checked after this point is refused, one checked before it runs
 * first (IndexedDB runs overlapping transactions in the order they were made).
 */
export function noteCreditWrite(store: Store): void {
  generationOf(store.db.name).n++;
}

/** The generation to hand back to writeLedger with rows worked out from a read now. */
export function ledgerGeneration(store: Store): number {
  return generationOf(store.db.name).n;
}

/** The ledger's rows (without the token). */
export async function readLedger(store: Store): Promise<LedgerRow[]> {
  return (await readLedgerState(store)).rows;
}

/** The ledger's rows and its token (null before the first drop). */
export async function readLedgerState(
  store: Store,
): Promise<{ rows: LedgerRow[]; token: string | null }> {
  if (!store.db.tables.some((t) => t.name === LEDGER_TABLE)) return { rows: [], token: null };
  const all = await store.db.table<LedgerRow | TokenRow, string>(LEDGER_TABLE).toArray();
  let token: string | null = null;
  const rows: LedgerRow[] = [];
  for (const r of all) {
    if (r.id === TOKEN_ROW) token = (r as TokenRow).token;
    else rows.push(r as LedgerRow);
  }
  return { rows, token };
}

/**
 * Keeps rows worked out from a read made at `generation` (and the leadership aggregate, which
 * replaces any earlier one), unless the credit log has been written since (then they may be
 * stale and are left for the next read to work out): from this window (`generation`) or any
 * other (`token`, the ledger's token the read saw; not checked when undefined). Nothing is written in read-only mode; a
 * failure only means the next start works them out again.
 */
export async function writeLedger(
  store: Store,
  rows: readonly ClosedCycle[],
  generation: number,
  leadership?: LeadershipBefore,
  current: readonly CurrentRow[] = [],
  token?: string | null,
): Promise<boolean> {
  if (store.mode === 'read-only' || (rows.length + current.length === 0 && !leadership))
    return false;
  const table = store.db.table<LedgerRow, string>(LEDGER_TABLE);
  try {
    return await store.db.transaction('rw', [table], async () => {
      if (ledgerGeneration(store) !== generation) return false;
      const state = await readLedgerState(store);
      // Checked again once the transaction runs: a write queued meanwhile has counted.
      if (ledgerGeneration(store) !== generation) return false;
      if (token !== undefined && state.token !== token) return false;
      const old = ledgerParts(state.rows);
      // Never figures for an earlier day over a later one (two days' reads around midnight).
      const later = new Map(old.current.map((r) => [r.heldId, r.asOf]));
      const fresh = current.filter((r) => (later.get(r.heldId) ?? r.asOf) <= r.asOf);
      const put: LedgerRow[] = [...rows.map(ledgerRow), ...fresh];
      if (leadership) put.push(leadershipRow(leadership));
      const keep = new Set(put.map((r) => r.id));
      const renewed = new Set(fresh.map((r) => r.heldId));
      // One leadership sum, and one figure per current cycle: the earlier ones go.
      const replaced = [
        ...(leadership ? old.leadership : []),
        ...old.current.filter((r) => renewed.has(r.heldId)),
      ].filter((r) => !keep.has(r.id));
      await table.bulkDelete(replaced.map((r) => r.id));
      await table.bulkPut(put);
      return true;
    });
  } catch {
    return false;
  }
}
