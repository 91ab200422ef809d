/**
 * Opening the user's database at start-up. On the desktop, a database whose schema is older
 * than this app's is first backed up as it is (reason "version-change"), and only then opened
 * with the current schema, which upgrades it: the backup holds the data from before the
 * upgrade, so a faulty upgrade can be undone by restoring it.
 *
 * If that backup cannot be written, nothing is upgraded until the user has decided (README,
 * "Decisions"): try again, save the copy elsewhere, or update without a copy.
 */
import type { Platform } from '../../../../shared/platform';
import { backupBeforeUpgrade, type UpgradeBackupFailure } from '../../db/backup';
import { openStore, type Store } from '../../db/database';
import { runnerFor } from './runner';

/** What the user chose after the backup before the update failed. */
export type UpgradeChoice = 'retry' | 'continue';
export type AskAfterFailure = (failure: UpgradeBackupFailure) => Promise<UpgradeChoice>;

export async function openStoreWithBackup(
  name: string,
  platform: Platform,
  ask: AskAfterFailure,
  clock: () => Date = () => new Date(),
): Promise<Store> {
  let takenAt: Date | null = null;
  const backups = platform.backups;
  if (backups) {
    const { version } = await platform.appInfo();
    for (;;) {
      const now = clock();
      const result = await backupBeforeUpgrade(name, backups, version, now);
      if (result.status === 'written') takenAt = now;
      if (result.status !== 'failed' || (await ask(result)) === 'continue') break;
    }
  }
  const store = await openStore(name);
  // This start's automatic backup is the one just written: the runner makes no second one.
  if (takenAt) runnerFor(store, platform).backedUpBeforeUpgrade(takenAt);
  return store;
}
