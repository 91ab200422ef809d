import { useCallback } from 'react';
import { backupBefore, type BackupBeforeResult } from '../../db/backup';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';

type Reason = Parameters<typeof backupBefore>[2];

/**
 * For a feature about to change many records at once (a bulk delete):
 *
 *   const backupFirst = useBackupBefore();
 *   const result = await backupFirst('before-bulk-delete');
 *   if (result.status === 'failed') return show(`…${result.message}`); // and do not delete
 *
 * On the desktop it writes an automatic backup; in the browser it is skipped ('browser').
 */
export function useBackupBefore(): (reason: Reason) => Promise<BackupBeforeResult> {
  const store = useStore();
  const platform = usePlatform();
  return useCallback((reason: Reason) => backupBefore(store, platform, reason), [store, platform]);
}
