/**
 * The restore after the user confirmed: first a copy of the current data (desktop: an
 * automatic backup; browser: a downloaded file, unless the user declined), then the one
 * all-or-nothing transaction. If the copy cannot be made, nothing is replaced.
 */
import type { BackupFileInfo } from '../../../../shared/ipc/contract';
import type { Platform } from '../../../../shared/platform';
import {
  BACKUP_FILTERS,
  MIME_TYPE,
  backupBefore,
  backupFileName,
  exportBackup,
  recordCount,
  restoreBackup,
  type ValidBackup,
} from '../../db/backup';
import { PREFERENCE_SETTINGS, holdsSettings } from '../../db/backup/restore';
import type { Store } from '../../db/database';
import { StorageError } from '../../db/errors';
import { asSentence } from '../../components/format';
import { endUndoOffers } from '../../components/undo';
import { storageErrorText } from '../../components/storage-messages';
import { isSampleStore } from '../sample/sample-mode';
import { exportTimeAfterRestore } from './due';
import { sampleBackupText } from './messages';

export type SafetyCopy =
  /** `file`: the automatic backup holding the data as it was, named in the end message. */
  | { kind: 'automatic'; fileName: string; file: BackupFileInfo }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'none' };

export type RestoreOutcome = { ok: true; safety: SafetyCopy } | { ok: false; message: string };

export type RestoreStep = 'safety-copy' | 'replacing';

async function browserCopy(store: Store, platform: Platform): Promise<SafetyCopy> {
  const { version } = await platform.appInfo();
  const now = new Date();
  const { bytes } = await exportBackup(store, { appVersion: version, now });
  const suggestedName = backupFileName(now).replace(/^ascent-/, 'ascent-before-restore-');
  const saved = await platform.saveFile({
    suggestedName,
    mimeType: MIME_TYPE,
    filters: BACKUP_FILTERS,
    content: bytes,
  });
  if (!saved.saved) throw new Error('The copy of your current data was not saved.');
  return { kind: 'downloaded', fileName: saved.fileName };
}

async function safetyCopy(
  store: Store,
  platform: Platform,
  downloadCopy: boolean,
): Promise<SafetyCopy> {
  if ((await recordCount(store.db)) === 0) return { kind: 'none' };
  if (!platform.backups) return downloadCopy ? browserCopy(store, platform) : { kind: 'none' };
  const result = await backupBefore(store, platform, 'before-restore');
  if (result.status === 'failed') throw new Error(result.message);
  return result.status === 'written'
    ? { kind: 'automatic', fileName: result.file.fileName, file: result.file }
    : { kind: 'none' };
}

/**
 * The restored data is exactly what the file holds, so that file counts as the last export:
 * the browser's reminder does not ask for a backup the user has just restored from. Only for
 * a file the user chose: an automatic backup is no export of theirs (performRestore). The
 * time is never later than now (exportTimeAfterRestore).
 */
export function withExportTime(backup: ValidBackup, now = new Date()): ValidBackup {
  const at = backup.manifest.exportedAt;
  const rows = backup.tables.settings ?? [];
  const app = rows.find((r) => r.id === 'app');
  const lastExportAt = exportTimeAfterRestore(at, app?.lastExportAt, now);
  const settings = app
    ? rows.map((r) => (r === app ? { ...r, lastExportAt } : r))
    : [...rows, { id: 'app', lastExportAt, updatedAt: lastExportAt }];
  return { ...backup, tables: { ...backup.tables, settings } };
}

export async function performRestore(
  store: Store,
  platform: Platform,
  backup: ValidBackup,
  options: {
    downloadCopy: boolean;
    /** The file is one of the desktop's automatic backups, not one the user exported. */
    automatic?: boolean;
    onStep?: (step: RestoreStep) => void;
  },
): Promise<RestoreOutcome> {
  if (store.mode === 'read-only') return { ok: false, message: storageErrorText('READ_ONLY') };
  // Restored into the sample, the user's data would go when they leave it.
  if (isSampleStore(store)) return { ok: false, message: sampleBackupText.restoreRefused };
  options.onStep?.('safety-copy');
  let safety: SafetyCopy;
  try {
    safety = await safetyCopy(store, platform, options.downloadCopy);
  } catch (e) {
    // Said as the other "could not be made first" messages are: the reason as its own
    // sentence, as a reason that says what to do (a backup too large for one file) reads.
    const why = asSentence(e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      message: `Nothing was restored: a copy of your current data could not be made first.${why}`,
    };
  }
  options.onStep?.('replacing');
  try {
    // "Last exported" stays the user's own last export: restoring an automatic backup keeps
    // this database's (Settings would say "Last exported" at the time the app backed up).
    // A file without the settings row holds no preferences: this computer's stay (told so in
    // the preview). Judged before withExportTime adds a row for the export time.
    const own = holdsSettings(backup.tables) ? [] : PREFERENCE_SETTINGS;
    if (options.automatic)
      await restoreBackup(store, backup, { keepSettings: ['lastExportAt', ...own] });
    else await restoreBackup(store, withExportTime(backup), { keepSettings: own });
    // An Undo on offer would put a record of the replaced data into the restored data.
    endUndoOffers();
    return { ok: true, safety };
  } catch (e) {
    const code = e instanceof StorageError ? e.code : 'UNKNOWN';
    return { ok: false, message: `${storageErrorText(code)} Your data is exactly as it was.` };
  }
}
