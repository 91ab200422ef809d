/** Shared by the rotation tests: a backup as the folder listing describes it, and policies. */
import type { BackupReason, RotationPolicy } from '../../../shared/ipc/contract';
import { formatBackupName } from '../../../electron/main/backups/naming';
import type { RotationFile } from '../../../electron/main/backups/rotation';

/** A backup as the folder listing would describe it. */
export function file(iso: string, reason: BackupReason = 'daily', sequence = 1): RotationFile {
  const date = new Date(iso);
  return {
    fileName: formatBackupName(date, reason, sequence),
    createdAt: date.toISOString(),
    reason,
  };
}

export const only = (daily: number, weekly = 0, monthly = 0): RotationPolicy => ({
  daily,
  weekly,
  monthly,
});
