/**
 * The one Dexie database. Opening it decides the mode the app runs in:
 * - 'read-write': the normal case;
 * - 'read-only': the database was written by a newer Ascent (its version is above ours):
 *   we read it as it is and refuse every write, so nothing the newer app wrote is damaged.
 */
import Dexie from 'dexie';
import { ledgerMiddleware } from './ledger';
import { DATABASE_NAME, LATEST_SCHEMA_VERSION, schemaVersions } from './schema';
import { setStoreStatus } from './status';

export type StoreMode = 'read-write' | 'read-only';

export interface Store {
  db: Dexie;
  mode: StoreMode;
}

/** User writes wait until the data is on disk (Chromium's default is "relaxed"). */
const DEXIE_OPTIONS = { chromeTransactionDurability: 'strict' as const };

export function createDatabase(name = DATABASE_NAME): Dexie {
  const db = new Dexie(name, DEXIE_OPTIONS);
  for (const v of schemaVersions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  db.use(ledgerMiddleware);
  return db;
}

function watch(db: Dexie): void {
  // Another window wants to upgrade (a newer app version) or delete this database (leaving
  // the sample: no new version then): step aside and say which.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.close();
    setStoreStatus({ kind: event.newVersion === null ? 'deleted-elsewhere' : 'closed-by-upgrade' });
    return false;
  });
  db.on('blocked', () => {
    setStoreStatus({ kind: 'blocked' });
  });
}

function isVersionError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'VersionError' || error.name === Dexie.errnames.Version)
  );
}

/**
 * The version on disk, read without changing anything: 0 when there is no database yet
 * (the creation is aborted, so probing never leaves an empty database behind).
 */
function probeVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(version);
    };
    req.onerror = (event) => {
      if (req.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(0);
      } else reject(req.error);
    };
  });
}

/** Dexie keeps native versions at ten times its own; a schema auto-fix may add a fraction. */
const dexieVersion = (native: number) => Math.floor(native / 10);

/** The schema version on disk (0 when there is no database), read without changing anything. */
export async function schemaVersionOnDisk(name = DATABASE_NAME): Promise<number> {
  return dexieVersion(await probeVersion(name));
}

/**
 * Opens the database, falling back to read-only when a newer app version wrote it. The
 * version is checked before Dexie opens with our schema, because Dexie 4 would otherwise
 * "repair" a newer database by adding our missing tables: a write into data we do not own.
 */
export async function openStore(name = DATABASE_NAME): Promise<Store> {
  const onDisk = await probeVersion(name);
  if (dexieVersion(onDisk) > LATEST_SCHEMA_VERSION) return openReadOnly(name);
  const db = createDatabase(name);
  watch(db);
  try {
    await db.open();
    setStoreStatus({ kind: 'ready' });
    return { db, mode: 'read-write' };
  } catch (error) {
    if (!isVersionError(error)) throw error;
    db.close();
    return openReadOnly(name);
  }
}

/**
 * Opens an existing database without declaring a schema (Dexie's dynamic mode): every table on
 * disk is visible as it is and no upgrade runs, whatever its version. For reading only; the
 * caller closes it. Fails when there is no database (it is never created here).
 */
export async function openWithoutSchema(name: string): Promise<Dexie> {
  const db = new Dexie(name, DEXIE_OPTIONS);
  await db.open();
  return db;
}

async function openReadOnly(name: string): Promise<Store> {
  // Dynamic mode, as openWithoutSchema, but watched: it stays open as the app's store.
  const readOnly = new Dexie(name, DEXIE_OPTIONS);
  watch(readOnly);
  await readOnly.open();
  setStoreStatus({ kind: 'newer-version', version: dexieVersion(readOnly.backendDB().version) });
  return { db: readOnly, mode: 'read-only' };
}

/** Deletions asked for by this page and not finished, by database name. */
const deleting = new Map<string, Promise<void>>();

/**
 * Deletes a whole database (the sample one): never called with the user's own. 'blocked' when
 * it is not done after `waitMs`: another connection (another window) still holds it open.
 * IndexedDB cannot take the request back, so the deletion then happens by itself once that
 * connection closes; a request made meanwhile would only queue behind it, so asking again
 * waits for the same one. Throws when it failed.
 */
export async function deleteStore(name: string, waitMs = 2000): Promise<'deleted' | 'blocked'> {
  if (name === DATABASE_NAME) throw new Error('The user’s own database is never deleted.');
  let pending = deleting.get(name);
  if (!pending) {
    const started = Promise.resolve(new Dexie(name, DEXIE_OPTIONS).delete());
    pending = started.finally(() => deleting.delete(name));
    deleting.set(name, pending);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<'blocked'>((resolve) => {
    timer = setTimeout(() => resolve('blocked'), waitMs);
  });
  try {
    return await Promise.race([pending.then(() => 'deleted' as const), waited]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a database of that name is on this computer (opening nothing). */
export async function storeExists(name: string): Promise<boolean> {
  return (await Dexie.getDatabaseNames()).includes(name);
}
