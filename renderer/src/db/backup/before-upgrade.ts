/**
 * The automatic backup "before every change of app version" when that version also changes
 * the schema (issue 4 part 4). It must be a copy of the data as the previous version left it,
 * so it is taken before the app opens the database with its schema (which runs the upgrade):
 * the database is opened without a schema, read as it is and written at its own schema
 * version. Restoring such a file runs the same upgrades as opening the database (upgrade.ts).
 */
import type Dexie from 'dexie';
import type { BackupFileInfo } from '../../../../shared/ipc/contract';
import type { AutomaticBackups } from '../../../../shared/platform';
import { openWithoutSchema, schemaVersionOnDisk } from '../database';
import { getSettings } from '../repositories/settings';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { markHasRecords } from './automatic';
import { encodeBackup } from './encode';
import { backupFileName } from './export';
import { hasRecords, readSnapshot } from './snapshot';

/** The backup file made before it could not be written: the user may save it elsewhere. */
export interface UpgradeCopy {
  bytes: Uint8Array;
  fileName: string;
}

export type UpgradeBackup =
  /** Nothing will be upgraded: no database yet, already the latest, or a newer one. */
  | { status: 'not-needed' }
  /** An upgrade is coming but there is nothing to lose (no records), as for every automatic backup. */
  | { status: 'skipped'; fromVersion: number }
  | { status: 'written'; fromVersion: number; file: BackupFileInfo }
  | { status: 'failed'; fromVersion: number; message: string; copy: UpgradeCopy | null };

export type UpgradeBackupFailure = Extract<UpgradeBackup, { status: 'failed' }>;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Backs up the database called `name` as it is on disk when its schema is older than this
 * app's. Never upgrades or otherwise writes to it; never throws (a failure is a result).
 */
export async function backupBeforeUpgrade(
  name: string,
  backups: AutomaticBackups,
  appVersion: string,
  now = new Date(),
): Promise<UpgradeBackup> {
  let fromVersion = 0;
  let db: Dexie | null = null;
  let copy: UpgradeCopy | null = null;
  try {
    fromVersion = await schemaVersionOnDisk(name);
    if (fromVersion < 1 || fromVersion >= LATEST_SCHEMA_VERSION) return { status: 'not-needed' };
    db = await openWithoutSchema(name);
    if (!(await hasRecords(db))) return { status: 'skipped', fromVersion };
    const snapshot = await readSnapshot(db);
    const { rotation } = await getSettings({ db, mode: 'read-only' });
    db.close();
    db = null;
    // The on-disk version, whole: what restore needs to know to run the upgrades after it.
    const { bytes } = await encodeBackup(
      { ...snapshot, schemaVersion: fromVersion },
      { appVersion, exportedAt: now.toISOString() },
    );
    copy = { bytes, fileName: backupFileName(now) };
    const file = await backups.write('version-change', bytes, rotation);
    // The backup is on disk; a marker that cannot be refreshed now is refreshed later.
    await markHasRecords(backups, appVersion, now).catch(() => undefined);
    return { status: 'written', fromVersion, file };
  } catch (error) {
    return { status: 'failed', fromVersion, message: messageOf(error), copy };
  } finally {
    db?.close();
  }
}
