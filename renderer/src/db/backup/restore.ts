/**
 * Replaces everything in the database with a checked backup, in one transaction over every
 * table: each table is cleared and refilled, and if anything fails (a full disk, a closed
 * page) IndexedDB rolls the whole transaction back, so the old data stays exactly as it was.
 */
import type { Store } from '../database';
import { StorageError, toStorageError } from '../errors';
import { LEDGER_TABLE } from '../ledger';
import { nowIso, writeTransaction } from '../repositories/write';
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

/** The settings table and its one row's key (repositories/settings.ts). */
const SETTINGS_TABLE = 'settings';
const SETTINGS_ROW = 'app';

/**
 * Settings of this computer rather than of the data: a restore keeps the database's own. The
 * file's rotation would have main delete the automatic backups beyond its limits at the next
 * one; the file's last-run version would have the next start take a backup "before an update"
 * that never happened (and take the one kept slot for those).
 */
export const MACHINE_SETTINGS = ['rotation', 'lastRunVersion'] as const;

/**
 * The user's preferences in the settings row (AppSettings less the machine's fields and the
 * last export). A file without a settings row holds none: a restore of it keeps this
 * computer's, rather than putting every one back to its default with nothing said.
 */
export const PREFERENCE_SETTINGS = [
  'theme',
  'exportReminderDays',
  'reminderLeadDays',
  'weekStart',
  'clock',
] as const;

type Row = Record<string, unknown>;

/** Whether the file holds the user's settings: the settings row itself, not any settings row. */
export function holdsSettings(tables: TableRows): boolean {
  return (tables[SETTINGS_TABLE] ?? []).some((r) => r.id === SETTINGS_ROW);
}

/**
 * The file's settings rows with `fields` of the current row (present or absent, as there) in
 * place of the file's. Without a current row the file's values stay.
 */
function withKeptSettings(rows: Row[], current: Row | undefined, fields: readonly string[]): Row[] {
  if (!current || fields.length === 0) return rows;
  const keep = (row: Row): Row => {
    const out = { ...row };
    for (const f of fields) {
      if (f in current) out[f] = current[f];
      else delete out[f];
    }
    return out;
  };
  const app = rows.find((r) => r.id === SETTINGS_ROW);
  if (app) return rows.map((r) => (r === app ? keep(r) : r));
  if (!fields.some((f) => f in current)) return rows;
  return [...rows, keep({ id: SETTINGS_ROW, updatedAt: nowIso() })];
}

/**
 * `keepSettings`: fields of the settings row kept from the database as it is, read in the
 * same transaction that replaces it.
 */
export async function replaceAllData(
  store: Store,
  tables: TableRows,
  keepSettings: readonly string[] = [],
): Promise<void> {
  // The derived ledger first: clearing the credit log after it puts back a fresh token (the
  // ledger's middleware), so another window's figures read before this restore, or before an
  // earlier one, are refused (writeLedger). Cleared after, every restore ended with no token.
  const names = store.db.tables
    .map((t) => t.name)
    .sort((a, b) => Number(b === LEDGER_TABLE) - Number(a === LEDGER_TABLE));
  try {
    await writeTransaction(store, names, async () => {
      const current =
        keepSettings.length > 0 && names.includes(SETTINGS_TABLE)
          ? await store.db.table<Row, string>(SETTINGS_TABLE).get(SETTINGS_ROW)
          : undefined;
      for (const name of names) {
        const table = store.db.table(name);
        await table.clear();
        let rows = tables[name] ?? [];
        if (name === SETTINGS_TABLE) rows = withKeptSettings(rows, current, keepSettings);
        if (rows.length > 0) await table.bulkAdd(rows);
      }
    });
  } catch (error) {
    if (error instanceof StorageError && error.code === 'READ_ONLY') throw error;
    const cause = error instanceof StorageError ? (error.cause ?? error) : error;
    throw isQuota(cause) ? new StorageError('QUOTA', { cause }) : toStorageError(cause);
  }
}

export interface RestoreOptions {
  /**
   * Settings kept as they are besides MACHINE_SETTINGS (the last export, for example) and,
   * for a file without a settings row, PREFERENCE_SETTINGS.
   */
  keepSettings?: readonly string[];
}

export async function restoreBackup(
  store: Store,
  backup: ValidBackup,
  options: RestoreOptions = {},
): Promise<void> {
  // The backup may hold tables this database lacks only if checks were skipped: refuse.
  const known = new Set(store.db.tables.map((t) => t.name));
  if (Object.keys(backup.tables).some((t) => !known.has(t))) throw new StorageError('UNKNOWN');
  await replaceAllData(store, backup.tables, [
    ...MACHINE_SETTINGS,
    ...(holdsSettings(backup.tables) ? [] : PREFERENCE_SETTINGS),
    ...(options.keepSettings ?? []),
  ]);
}
