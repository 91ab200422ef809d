/**
 * Reads everything in the database, table by table, for a backup. Generic: whatever tables
 * the open database has are read, so a table added by a later schema version is included
 * without any change here — except derived tables (schema.ts), which are worked out again.
 */
import type Dexie from 'dexie';
import { DERIVED_TABLES } from '../schema';
import type { OnProgress, Snapshot, TableRows } from './format';

/** The settings row alone is not a record: a fresh app may write it before onboarding. */
const NOT_RECORDS = new Set(['settings', ...DERIVED_TABLES]);

/**
 * Whether a table's rows are records: every count the user is shown (a backup's table of
 * contents, the records now in Ascent, the records restored) counts by this one rule.
 */
export const isRecordTable = (table: string): boolean => !NOT_RECORDS.has(table);

/** The user has something to lose: any row in any table but settings. */
export async function hasRecords(db: Dexie): Promise<boolean> {
  for (const table of db.tables) {
    if (!NOT_RECORDS.has(table.name) && (await table.count()) > 0) return true;
  }
  return false;
}

/**
 * Rows that are not yet the user's own work: the onboarding's few answers (the profile) and
 * what the app keeps for itself (reminders already shown, the focus timer).
 */
const NOT_OWN_RECORDS = new Set([...NOT_RECORDS, 'profile', 'notified', 'timer']);

/**
 * The user has made something beyond the onboarding answers (a credential, an activity, a
 * goal…): the browser's export reminder waits for this, so it never asks for a backup of an
 * empty start.
 */
export async function hasOwnRecords(db: Dexie): Promise<boolean> {
  for (const table of db.tables) {
    if (!NOT_OWN_RECORDS.has(table.name) && (await table.count()) > 0) return true;
  }
  return false;
}

export function countRecords(tables: TableRows): number {
  return Object.entries(tables)
    .filter(([name]) => isRecordTable(name))
    .reduce((n, [, rows]) => n + rows.length, 0);
}

/** Gives the page a moment to paint progress between long steps. */
export const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every row of every table in primary-key order, read in one read transaction so the backup
 * is one consistent moment even if the user keeps working while it is made.
 */
export async function readSnapshot(db: Dexie, onProgress?: OnProgress): Promise<Snapshot> {
  const tables = db.tables
    .filter((t) => !DERIVED_TABLES.has(t.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const t of tables) {
    // A table keyed outside its rows would need its keys stored separately; none is yet.
    if (t.schema.primKey.keyPath == null) throw new Error(`Table ${t.name} has outbound keys.`);
  }
  const out: TableRows = {};
  await db.transaction('r', tables, async () => {
    for (const [i, t] of tables.entries()) {
      onProgress?.({ step: 'read', done: i, total: tables.length, item: t.name });
      out[t.name] = await t.toArray();
    }
  });
  onProgress?.({ step: 'read', done: tables.length, total: tables.length });
  return { schemaVersion: db.verno, tables: out };
}

/** How many records (rows outside settings) the database holds now. */
export async function recordCount(db: Dexie): Promise<number> {
  let n = 0;
  for (const table of db.tables) if (!NOT_RECORDS.has(table.name)) n += await table.count();
  return n;
}
