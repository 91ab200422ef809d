/**
 * The one Dexie database. Opening it decides the mode the app runs in:
 * - 'read-write': the normal case;
 * - 'read-only': the database was written by a newer Ascent (its version is above ours):
 *   we read it as it is and refuse every write, so nothing the newer app wrote is damaged.
 */
import Dexie from 'dexie';
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
  return db;
}

function watch(db: Dexie): void {
  // Another window (a newer app version) wants to upgrade: step aside and say so.
  db.on('versionchange', () => {
    db.close();
    setStoreStatus({ kind: 'closed-by-upgrade' });
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

/** Opens the database, falling back to read-only when a newer app version wrote it. */
export async function openStore(name = DATABASE_NAME): Promise<Store> {
  const db = createDatabase(name);
  watch(db);
  try {
    await db.open();
    // Dexie 4 opens a database whose version is above the declared one instead of failing;
    // that database came from a newer Ascent, so it is read-only here.
    const onDisk = installedVersion(db);
    if (onDisk > LATEST_SCHEMA_VERSION) {
      db.close();
      return openReadOnly(name, onDisk);
    }
    setStoreStatus({ kind: 'ready' });
    return { db, mode: 'read-write' };
  } catch (error) {
    if (!isVersionError(error)) throw error;
    db.close();
    return openReadOnly(name);
  }
}

/** Dexie keeps native versions at ten times its own (a Dexie quirk kept for compatibility). */
function installedVersion(db: Dexie): number {
  return db.backendDB().version / 10;
}

async function openReadOnly(name: string, knownVersion?: number): Promise<Store> {
  // Dynamic mode: no declared schema; every table on disk is visible as it is.
  const readOnly = new Dexie(name, DEXIE_OPTIONS);
  watch(readOnly);
  await readOnly.open();
  setStoreStatus({ kind: 'newer-version', version: knownVersion ?? installedVersion(readOnly) });
  return { db: readOnly, mode: 'read-only' };
}
