/**
 * Rows of an older schema version are brought to the latest by the app's own upgrade
 * functions: they are written into a scratch database declared at their version, which is
 * then opened with the current schema (running every upgrade) and read back. The user's
 * database is not touched; the scratch one is deleted afterwards. When no later version
 * changes a row or removes a table (only new tables and indexes, as so far), the rows are
 * already the latest version's and are taken as they are.
 */
import Dexie from 'dexie';
import { createDatabase } from '../database';
import { DERIVED_TABLES, LATEST_SCHEMA_VERSION, latestTables, schemaVersions } from '../schema';
import type { TableRows } from './format';

export const SCRATCH_PREFIX = 'ascent-restore-scratch-';

async function writeAtVersion(name: string, version: number, tables: TableRows): Promise<void> {
  const old = new Dexie(name);
  for (const v of schemaVersions) {
    if (v.version <= version) old.version(v.version).stores(v.stores);
  }
  await old.open();
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const t of old.tables) await t.bulkAdd(tables[t.name] ?? []);
    });
  } finally {
    old.close();
  }
}

async function readAll(db: Dexie): Promise<TableRows> {
  const out: TableRows = {};
  for (const t of db.tables) if (!DERIVED_TABLES.has(t.name)) out[t.name] = await t.toArray();
  return out;
}

/** Whether a version after `fromVersion` changes rows (an upgrade) or removes a table. */
export const changesRowsAfter = (fromVersion: number) =>
  schemaVersions.some(
    (v) =>
      v.version > fromVersion &&
      (v.upgrade !== undefined || Object.values(v.stores).some((spec) => spec === null)),
  );

export async function upgradeRows(tables: TableRows, fromVersion: number): Promise<TableRows> {
  if (fromVersion === LATEST_SCHEMA_VERSION) return tables;
  // Every table of the latest version, as opening the scratch database at it would give.
  if (!changesRowsAfter(fromVersion))
    return Object.fromEntries(latestTables().map((t) => [t, tables[t] ?? []]));
  const name = `${SCRATCH_PREFIX}${crypto.randomUUID()}`;
  try {
    await writeAtVersion(name, fromVersion, tables);
    const db = createDatabase(name);
    await db.open();
    try {
      return await readAll(db);
    } finally {
      db.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}

/** Scratch databases left by a restore that was interrupted: removed at start. */
export async function removeScratchDatabases(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  for (const name of names.filter((n) => n.startsWith(SCRATCH_PREFIX))) await Dexie.delete(name);
}
