/** The backup format, export, checks and restore (FORMAT.md). The UI imports from here. */
export {
  BACKUP_FILTERS,
  FILE_EXTENSION,
  FORMAT_VERSION,
  MIME_TYPE,
  type BackupProgress,
  type Manifest,
} from './format';
export type { Problem, ProblemCode } from './problems';
export { backupFileName, exportBackup, type ExportedBackup } from './export';
export { readBackupFile, type BackupPreview, type ValidBackup } from './read';
export { restoreBackup } from './restore';
export { hasOwnRecords, hasRecords, isRecordTable, recordCount } from './snapshot';
export { removeScratchDatabases } from './upgrade';
export {
  backupBefore,
  markHasRecords,
  writeAutomaticBackup,
  type BackupBeforeResult,
} from './automatic';
export {
  backupBeforeUpgrade,
  type UpgradeBackup,
  type UpgradeBackupFailure,
  type UpgradeCopy,
} from './before-upgrade';
export { useHasOwnRecords, useHasRecords } from './hooks';
