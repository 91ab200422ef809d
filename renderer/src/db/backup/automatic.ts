/**
 * Automatic backups (desktop): the renderer makes the file, main writes and rotates it. A
 * database without records is never backed up automatically: an empty backup would rotate
 * good ones away and would be what the "database vanished" offer restores.
 */
import type { BackupFileInfo, BackupReason } from '../../../../shared/ipc/contract';
import type { AutomaticBackups, Platform } from '../../../../shared/platform';
import type { Store } from '../database';
import { getSettings } from '../repositories/settings';
import { exportBackup } from './export';
import { hasRecords } from './snapshot';

export type BackupBeforeResult =
  | { status: 'written'; file: BackupFileInfo }
  | { status: 'skipped'; why: 'browser' | 'no-records' }
  | { status: 'failed'; message: string };

/** Tells the desktop's marker that this database holds records (see startup checks). */
export async function markHasRecords(backups: AutomaticBackups, appVersion: string, now: Date) {
  await backups.writeMarker({ hasRecords: true, updatedAt: now.toISOString(), appVersion });
}

export async function writeAutomaticBackup(
  store: Store,
  backups: AutomaticBackups,
  reason: BackupReason,
  appVersion: string,
  now = new Date(),
): Promise<BackupFileInfo | null> {
  if (!(await hasRecords(store.db))) return null;
  const { rotation } = await getSettings(store);
  const { bytes } = await exportBackup(store, { appVersion, now });
  const file = await backups.write(reason, bytes, rotation);
  await markHasRecords(backups, appVersion, now);
  return file;
}

/**
 * For any feature about to change a lot at once (a restore, a bulk delete): a backup of the
 * data as it is now. Callers go ahead only on 'written' or 'skipped', and say why otherwise.
 */
export async function backupBefore(
  store: Store,
  platform: Platform,
  reason: Extract<BackupReason, 'before-restore' | 'before-bulk-delete' | 'manual'>,
): Promise<BackupBeforeResult> {
  if (!platform.backups) return { status: 'skipped', why: 'browser' };
  try {
    const { version } = await platform.appInfo();
    const file = await writeAutomaticBackup(store, platform.backups, reason, version);
    return file ? { status: 'written', file } : { status: 'skipped', why: 'no-records' };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
