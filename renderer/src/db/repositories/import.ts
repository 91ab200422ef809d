/**
 * Writes the activities of a spreadsheet import (issue 4 part 5): every one validated
 * first, then all of them in one transaction, so a failure, a full disk or the user
 * stopping half-way leaves the credit log exactly as it was (all or nothing).
 */
import {
  validateActivity,
  type Activity,
  type ActivityError,
} from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import type { ActivityRow } from './activities';
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
  { onProgress, signal, chunkSize = 250 }: ImportRunOptions = {},
): Promise<ImportResult> {
  const errors = invalidRows(inputs, asOf);
  if (errors.length) return { ok: false, reason: 'invalid', errors };
  const now = nowIso();
  const rows = inputs.map((a) => stamp(a, now));
  try {
    await writeTransaction(store, ['activities'], async () => {
      for (let from = 0; from < rows.length; from += chunkSize) {
        if (signal?.aborted) throw new ImportCancelled();
        await activities(store).bulkAdd(rows.slice(from, from + chunkSize));
        onProgress?.({ saved: Math.min(from + chunkSize, rows.length), total: rows.length });
      }
      if (signal?.aborted) throw new ImportCancelled();
    });
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    throw error;
  }
  return { ok: true, ids: rows.map((r) => r.id), rows };
}

/**
 * Takes an import back (its Undo, offered when it is done): in one transaction, deletes the
 * activities it wrote that are still exactly as it wrote them. One changed since, or given an
 * evidence file, is kept: the person's later work is never lost. Returns how many of each.
 */
export async function undoImport(
  store: Store,
  rows: readonly ActivityRow[],
): Promise<{ removed: number; kept: number }> {
  const ids = rows.map((r) => r.id);
  let removed = 0;
  let kept = 0;
  await writeTransaction(store, ['activities', 'evidence'], async () => {
    const now = await activities(store).bulkGet(ids);
    const withFiles = new Set(
      await store.db.table('evidence').where('activityId').anyOf(ids).keys(),
    );
    const gone: string[] = [];
    rows.forEach((row, i) => {
      const current = now[i];
      if (!current) return;
      if (withFiles.has(row.id) || JSON.stringify(current) !== JSON.stringify(row)) kept++;
      else gone.push(row.id);
    });
    await activities(store).bulkDelete(gone);
    removed = gone.length;
  });
  return { removed, kept };
}
