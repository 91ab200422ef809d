/**
 * A whole table kept in memory and patched from each committed write instead of read again
 * (issue 9: the credit log holds 20,000 activities; reading them all again after every save
 * held up the dashboard the user went back to). Dexie names the primary keys every committed
 * transaction wrote — in this window and, through its broadcast, in other windows of the app;
 * only those rows are read again and put in their place. A write that names a range rather
 * than keys (a restore, a clear, a bulk write of 50 rows or more) reads the table again.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';

export interface Observer<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/** What sharedRead (shared-read.ts) subscribes to: liveQuery's shape. */
export interface Subscribable<T> {
  subscribe(observer: Observer<T>): { unsubscribe(): void };
}

export interface PatchedRowsOptions<Row> {
  db: Dexie;
  table: string;
  /** Reads the rows in their order (e.g. an index walked backwards). */
  readAll: () => Promise<Row[]>;
  keyOf: (row: Row) => string;
  /** Whether readAll would return the row at all (e.g. it has a value in the index walked). */
  listed: (row: Row) => boolean;
  /** readAll's order: negative when `a` comes first. */
  order: (a: Row, b: Row) => number;
}

/**
 * The keys a committed write names for one table, or null when it names a range (or keys
 * that are not strings): then only reading the table again is safe. The tree is walked as
 * plain data, as it also arrives from other windows through a broadcast.
 */
export function writtenKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : null;
}

/** Rows waiting to be read back after writes; 'all': the whole table is read again. */
export type Pending = Set<string> | 'all' | null;

/**
 * What committed writes left to read back, with one more write's parts added. `table` is
 * the primary-key part of the table read (`idb://db/table/`); `wholly` parts (other tables
 * the read depends on as a whole) and Dexie's `all` ("anything may have changed", a page
 * restored from cache) make it 'all'. undefined when the write touches none of them.
 */
export function withWrite(
  pending: Pending,
  parts: ObservabilitySet,
  table: string,
  wholly: readonly string[] = [],
): Pending | undefined {
  const touched = (p: string) => {
    const tree = parts[p];
    return !!tree && 'from' in tree;
  };
  if (touched('all') || wholly.some(touched)) return 'all';
  if (!touched(table)) return undefined;
  const keys = writtenKeys(parts[table]);
  if (keys === null || pending === 'all') return 'all';
  const next = pending ?? new Set<string>();
  for (const k of keys) next.add(k);
  return next;
}

/** `rows` (in `order`) with the rows of `keys` replaced by `found` (undefined: deleted). */
export function patchRows<Row>(
  rows: readonly Row[],
  keys: readonly string[],
  found: readonly (Row | undefined)[],
  options: Pick<PatchedRowsOptions<Row>, 'keyOf' | 'listed' | 'order'>,
): Row[] {
  const changed = new Set(keys);
  const kept = rows.filter((r) => !changed.has(options.keyOf(r)));
  const added = found
    .filter((r): r is Row => r !== undefined && options.listed(r))
    .sort(options.order);
  if (added.length === 0) return kept;
  const out: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && options.order(kept[i]!, added[j]!) <= 0)) {
      out.push(kept[i++]!);
    } else out.push(added[j++]!);
  }
  return out;
}

interface Tracked {
  idle: () => boolean;
  waiters: (() => void)[];
}

/** Each open source's "nothing left to apply" waiters, by database. */
const open = new Map<Dexie, Set<Tracked>>();

/**
 * Registers a source that applies committed writes (this module's, and the dashboard's
 * summary-source.ts) so writesApplied waits for it. `settle` is called whenever it may have
 * become idle; `untrack` when it closes.
 */
export function trackSource(db: Dexie, idle: () => boolean) {
  const self: Tracked = { idle, waiters: [] };
  let sources = open.get(db);
  if (!sources) open.set(db, (sources = new Set()));
  sources.add(self);
  const settle = () => {
    if (!self.idle()) return;
    for (const w of self.waiters.splice(0)) w();
  };
  const untrack = () => {
    sources.delete(self);
    if (sources.size === 0 && open.get(db) === sources) open.delete(db);
    for (const w of self.waiters.splice(0)) w();
  };
  return { settle, untrack };
}

/**
 * Resolves once every open source of `db` has applied the writes committed so far (at most
 * `withinMs` later): a screen shown after a save then shows the saved row at once instead of
 * the list before it, followed by a second rendering.
 */
export function writesApplied(db: Dexie, withinMs = 400): Promise<void> {
  const busy = [...(open.get(db) ?? [])].filter((s) => !s.idle());
  if (busy.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let left = busy.length;
    const timer = setTimeout(() => {
      // Given up on: nothing is left waiting on a source that never settles.
      for (const s of busy) s.waiters = s.waiters.filter((w) => w !== one);
      resolve();
    }, withinMs);
    const one = () => {
      if (--left === 0) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (const s of busy) s.waiters.push(one);
  });
}

export function patchedRows<Row>(options: PatchedRowsOptions<Row>): Subscribable<Row[]> {
  const part = `idb://${options.db.name}/${options.table}/`;
  return {
    subscribe(observer) {
      let rows: Row[] | null = null;
      let pending: Pending = null;
      let busy = false;
      let closed = false;
      let failed = false;
      const { settle, untrack } = trackSource(
        options.db,
        () => closed || failed || (!busy && pending === null && rows !== null),
      );

      const pump = async () => {
        if (busy || closed) return;
        busy = true;
        failed = false;
        try {
          while (!closed && (rows === null || pending !== null)) {
            if (rows === null || pending === 'all') {
              pending = null;
              rows = await options.readAll();
            } else {
              const keys = [...(pending ?? [])];
              pending = null;
              const found = await options.db.table<Row, string>(options.table).bulkGet(keys);
              rows = patchRows(rows, keys, found, options);
            }
            if (!closed && pending === null) observer.next(rows);
          }
        } catch (e) {
          // The rows being read back are lost with the read: the next write reads all again.
          rows = null;
          failed = true;
          if (!closed) observer.error(e);
        } finally {
          busy = false;
          settle();
        }
      };

      const written = (parts: ObservabilitySet) => {
        const next = withWrite(pending, parts, part);
        if (next === undefined) return;
        pending = next;
        void pump();
      };

      Dexie.on('storagemutated', written);
      void pump();
      return {
        unsubscribe() {
          closed = true;
          Dexie.on.storagemutated.unsubscribe(written);
          untrack();
        },
      };
    },
  };
}
