/**
 * One live query shared by every component that shows the same data (issue 9: the
 * dashboard's cards each read 20,000 activities before). It starts with the first reader and
 * stops a moment after the last one leaves, so moving between screens keeps the figures on
 * screen instead of reading everything again. Used by credit-hooks.ts (the whole credit log)
 * and credit-summary.ts (the start-up summary).
 */
import { liveQuery, type Dexie } from 'dexie';
import type { Subscribable } from './patched-rows';

export interface SharedRead<T> {
  /** Adds a reader (a React store listener); returns its removal. */
  subscribe(reader: () => void): () => void;
  /** The latest value, undefined while loading; throws the read's error. */
  current(): T | undefined;
  /** Stops the read now, readers or not (a read for another day or store replaces it). */
  stop(): void;
  /** True when nobody reads it and its last read failed: the next reader should start again. */
  abandoned(): boolean;
}

const LINGER_MS = 1_000;

/**
 * `query` is the live query (or `{ observe }`, a source of its own such as patched-rows.ts);
 * `shown` picks what readers see from each result, and may act
 * on it (`keep`: work to do once readers have been told, e.g. writing aggregates back).
 * `onStop` runs when the query stops. It stops `lingerMs` after its last reader leaves
 * (Infinity: only when told to, by stop()), and stops listening when `db`, the database it
 * reads, is closed (the sample left, another window's upgrade or delete): a closed database
 * writes nothing more, and a read still listening would keep it, and every row read, in
 * memory for as long as it lingers. Readers still on screen keep what they were shown.
 */
export function sharedRead<R, T>(
  query: (() => Promise<R>) | { observe: () => Subscribable<R> },
  shown: (result: R) => { value: T; keep?: () => void },
  onStop?: () => void,
  lingerMs = LINGER_MS,
  db?: Dexie,
): SharedRead<T> {
  let data: T | undefined;
  let error: unknown;
  const readers = new Set<() => void>();
  let stop: (() => void) | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | null = null;
  const tell = () => readers.forEach((r) => r());
  let dbClosed = false;
  const onClose = () => {
    dbClosed = true;
    stop?.();
    stop = null;
    if (readers.size === 0) halt();
  };

  function start() {
    if (dbClosed) return;
    db?.on('close', onClose);
    const source = typeof query === 'function' ? liveQuery(query) : query.observe();
    const sub = source.subscribe({
      next: (result) => {
        const { value, keep } = shown(result);
        data = value;
        error = undefined;
        tell();
        keep?.();
      },
      error: (e: unknown) => {
        error = e;
        tell();
      },
    });
    stop = () => {
      sub.unsubscribe();
      db?.on.close.unsubscribe(onClose);
    };
  }

  function halt() {
    if (stopTimer) clearTimeout(stopTimer);
    stopTimer = null;
    stop?.();
    stop = null;
    data = undefined;
    error = undefined;
    onStop?.();
  }

  return {
    subscribe(reader) {
      if (stopTimer) clearTimeout(stopTimer);
      stopTimer = null;
      readers.add(reader);
      if (!stop) start();
      return () => {
        readers.delete(reader);
        if (readers.size > 0 || lingerMs === Infinity) return;
        stopTimer = setTimeout(() => {
          stopTimer = null;
          if (readers.size === 0) halt();
        }, lingerMs);
      };
    },
    stop: halt,
    abandoned: () => readers.size === 0 && error !== undefined,
    current() {
      if (error !== undefined) throw error;
      return data;
    },
  };
}
