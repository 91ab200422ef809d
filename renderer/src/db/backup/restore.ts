/**
 * Replaces everything in the database with a checked backup, in one transaction over every
 * table: each table is cleared and refilled, and if anything fails (a full disk, a closed
 * page) IndexedDB rolls the whole transaction back, so the old data stays exactly as it was.
 */
import type { Store } from '../database';
import { StorageError, toStorageError } from '../errors';
import { writeTransaction } from '../repositories/write';
import type { TableRows } from './format';
import type { ValidBackup } from './read';

/** Dexie wraps a failed add in a BulkError; the disk-full cause sits among its failures. */
function isQuota(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return nested.some((n) => isQuota(n, depth + 1));
}

export async function replaceAllData(store: Store, tables: TableRows): Promise<void> {
  const names = store.db.tables.map((t) => t.name);
  try {
    await writeTransaction(store, names, async () => {
      for (const name of names) {
        const table = store.db.table(name);
        await table.clear();
        const rows = tables[name] ?? [];
        if (rows.length > 0) await table.bulkAdd(rows);
      }
    });
  } catch (error) {
    if (error instanceof StorageError && error.code === 'READ_ONLY') throw error;
    const cause = error instanceof StorageError ? (error.cause ?? error) : error;
    throw isQuota(cause) ? new StorageError('QUOTA', { cause }) : toStorageError(cause);
  }
}

export async function restoreBackup(store: Store, backup: ValidBackup): Promise<void> {
  // The backup may hold tables this database lacks only if checks were skipped: refuse.
  const known = new Set(store.db.tables.map((t) => t.name));
  if (Object.keys(backup.tables).some((t) => !known.has(t))) throw new StorageError('UNKNOWN');
  await replaceAllData(store, backup.tables);
}
