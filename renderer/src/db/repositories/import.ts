/**
 * Writes the activities of a spreadsheet import (issue 4 part 5): every one validated
 * first, then all of them in one transaction, so a failure, a full disk or the user
 * stopping half-way leaves the credit log exactly as it was (all or nothing). The import is
 * remembered in the same transaction, so it can be taken back later (import-memory.ts).
 */
import {
  validateActivity,
  type Activity,
  type ActivityError,
} from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import type { ActivityRow } from './activities';
import {
  fingerprint,
  forgetImport,
  judgeTakeBack,
  memoryOf,
  readImports,
  readLastImport,
  rememberImport,
  type LastImport,
} from './import-memory';
import { nowIso, writeTransaction } from './write';

export interface ImportProgress {
  saved: number;
  total: number;
}

export interface ImportRunOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting rolls the whole import back; nothing is written. */
  signal?: AbortSignal;
  /** Rows written per step between progress reports. */
  chunkSize?: number;
  /** The file's base name, remembered with the import (undoLastImport). */
  fileName?: string | null;
}

export type ImportResult =
  | { ok: true; ids: string[]; rows: ActivityRow[] }
  | { ok: false; reason: 'invalid'; errors: { index: number; errors: ActivityError[] }[] }
  | { ok: false; reason: 'cancelled' };

const activities = (store: Store) => store.db.table<ActivityRow, string>('activities');

class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** Ids and timestamps stamped here, as for an activity saved from the form. */
function stamp(input: Omit<Activity, 'id'>, now: string): ActivityRow {
  return { ...input, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
}

function invalidRows(inputs: readonly Omit<Activity, 'id'>[], asOf: LocalDate) {
  return inputs.flatMap((a, index) => {
    const errors = validateActivity({ ...a, id: '' }, asOf);
    return errors.length ? [{ index, errors }] : [];
  });
}

/**
 * Adds the activities in one transaction, in steps of `chunkSize` with a progress report
 * after each. Throws a StorageError when the database refuses (quota, read-only).
 */
export async function importActivities(
  store: Store,
  inputs: readonly Omit<Activity, 'id'>[],
  asOf: LocalDate,
  { onProgress, signal, chunkSize = 250, fileName = null }: ImportRunOptions = {},
): Promise<ImportResult> {
  const errors = invalidRows(inputs, asOf);
  if (errors.length) return { ok: false, reason: 'invalid', errors };
  const now = nowIso();
  const rows = inputs.map((a) => stamp(a, now));
  const memory = memoryOf(rows, now, fileName);
  try {
    await writeTransaction(store, ['activities', 'settings'], async () => {
      for (let from = 0; from < rows.length; from += chunkSize) {
        if (signal?.aborted) throw new ImportCancelled();
        await activities(store).bulkAdd(rows.slice(from, from + chunkSize));
        onProgress?.({ saved: Math.min(from + chunkSize, rows.length), total: rows.length });
      }
      if (signal?.aborted) throw new ImportCancelled();
      // Remembered with the rows, so it can be taken back later (import-memory.ts).
      await rememberImport(store, memory, now);
    });
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    throw error;
  }
  return { ok: true, ids: rows.map((r) => r.id), rows };
}

/** What an undo did: removed, kept (changed or given evidence since), already gone. */
export interface UndoResult {
  removed: number;
  kept: number;
  gone: number;
}

type Written = Pick<LastImport, 'ids' | 'fingerprints'>;

/** The activities of `written` still there, and the ones that have evidence, as read now. */
async function readWritten(store: Store, written: Written) {
  const current = await activities(store).bulkGet(written.ids);
  const keys = await store.db.table('evidence').orderBy('activityId').keys();
  return { current, withFiles: new Set(keys.map(String)) };
}

/**
 * In one transaction: picks the import to take back (given the remembered one, or null when
 * none is), deletes its activities that are still exactly as it wrote them, and forgets it
 * when it is remembered (the import before it is then the last). Null when there was nothing
 * to take back.
 */
async function takeBack(
  store: Store,
  pick: (last: LastImport | null) => Written | null,
): Promise<UndoResult | null> {
  return writeTransaction(store, ['activities', 'evidence', 'settings'], async () => {
    const remembered = await readImports(store);
    const written = pick(remembered[0] ?? null);
    if (!written) return null;
    const { current, withFiles } = await readWritten(store, written);
    const { remove, kept, gone } = judgeTakeBack(written, current, withFiles);
    await activities(store).bulkDelete(remove);
    await forgetImport(store, remembered, written);
    return { removed: remove.length, kept, gone };
  });
}

/**
 * Takes an import back (its Undo, offered when it is done): in one transaction, deletes the
 * activities it wrote that are still exactly as it wrote them. One changed since, or given an
 * evidence file, is kept: the person's later work is never lost; one no longer there is
 * counted as gone. If this import is remembered, it is forgotten too.
 */
export async function undoImport(store: Store, rows: readonly ActivityRow[]): Promise<UndoResult> {
  const written = { ids: rows.map((r) => r.id), fingerprints: rows.map(fingerprint) };
  return (await takeBack(store, () => written))!;
}

/**
 * Takes back the remembered last import (from the Import screen, any time later), by the
 * same rule as undoImport, and forgets it: the import before it is offered next. `at` is when
 * the import the person was shown ran, and `key` (LastImportStatus.key), when given, which one
 * it is: if another import has been remembered since (e.g. in another window), nothing is
 * removed and null is returned, as when no import is remembered.
 */
export async function undoLastImport(
  store: Store,
  at: string,
  key?: string,
): Promise<UndoResult | null> {
  return takeBack(store, (last) =>
    last && last.at === at && (key === undefined || keyOf(last) === key) ? last : null,
  );
}

/** Which import this is (LastImportStatus.key): its first activity's id, else its time. */
const keyOf = (last: LastImport) => last.ids[0] ?? last.at;

/** The remembered last import and what an undo of it would do now. */
export interface LastImportStatus {
  at: string;
  /**
   * Which import this is (its first activity's id): two imports may carry the same time (a
   * clock set back, or a clock held still in a test), never the same ids.
   */
  key: string;
  fileName: string | null;
  /** How many activities it wrote. */
  count: number;
  /** How many an undo would remove now. */
  removable: number;
  kept: number;
  gone: number;
}

/** Read in one transaction (the live query sees every table it reads). */
export async function lastImportStatus(store: Store): Promise<LastImportStatus | null> {
  return store.db.transaction('r', ['settings', 'activities', 'evidence'], async () => {
    const last = await readLastImport(store);
    if (!last) return null;
    const { current, withFiles } = await readWritten(store, last);
    const { remove, kept, gone } = judgeTakeBack(last, current, withFiles);
    const { at, fileName, ids } = last;
    const key = keyOf(last);
    return { at, key, fileName, count: ids.length, removable: remove.length, kept, gone };
  });
}
