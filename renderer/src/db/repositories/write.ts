import type { Store } from '../database';
import { StorageError, toStorageError } from '../errors';
import { noteCreditWrite, withLedger } from '../ledger';

/**
 * Every user write goes through here: refused in read-only mode, one transaction for all
 * the tables it touches (all or nothing), and any IndexedDB failure mapped to a
 * StorageError the UI can explain. A write to the credit log also holds the cycle ledger,
 * whose stale rows it drops (ledger.ts).
 */
export async function writeTransaction<T>(
  store: Store,
  tables: string[],
  work: () => Promise<T>,
): Promise<T> {
  if (store.mode === 'read-only') throw new StorageError('READ_ONLY');
  if (tables.includes('activities')) noteCreditWrite(store);
  try {
    return await store.db.transaction('rw', withLedger(store, tables), work);
  } catch (error) {
    throw toStorageError(error);
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
