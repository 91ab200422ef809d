/**
 * One export at a time per database, with its state kept outside React so the Settings
 * section, the reminder banner and the File menu all see the same running export.
 */
import { useSyncExternalStore } from 'react';
import type { Platform } from '../../../../shared/platform';
import {
  BACKUP_FILTERS,
  MIME_TYPE,
  exportBackup,
  hasRecords,
  markHasRecords,
  type BackupProgress,
} from '../../db/backup';
import type { Store } from '../../db/database';
import { StorageError } from '../../db/errors';
import { recordExport } from '../../db/repositories/settings';
import { fileWriteProblem, storageErrorText } from '../../components/storage-messages';
import { FileTooLargeError, fileTooLargeText } from '../../platform/send-size';
import { isSampleStore } from '../sample/sample-mode';
import { sampleBackupText } from './messages';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: BackupProgress | null }
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

type Listener = () => void;

export class ExportController {
  private state: ExportState = { kind: 'idle' };
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly store: Store,
    private readonly platform: Platform,
  ) {}

  readonly subscribe = (l: Listener) => (this.listeners.add(l), () => this.listeners.delete(l));
  readonly getState = () => this.state;

  private set(next: ExportState) {
    this.state = next;
    for (const l of this.listeners) l();
  }

  async run(): Promise<void> {
    if (this.state.kind === 'running') return;
    // A file of made-up records, named like a backup, could later be taken for the user's own.
    if (isSampleStore(this.store))
      return this.set({ kind: 'failed', message: sampleBackupText.exportRefused });
    this.set({ kind: 'running', progress: null });
    try {
      const { version } = await this.platform.appInfo();
      const exported = await exportBackup(this.store, {
        appVersion: version,
        onProgress: (progress) => this.set({ kind: 'running', progress }),
      });
      const outcome = await this.platform.saveFile({
        suggestedName: exported.fileName,
        mimeType: MIME_TYPE,
        filters: BACKUP_FILTERS,
        content: exported.bytes,
      });
      if (!outcome.saved) return this.set({ kind: 'cancelled' });
      await this.afterSave(version);
      this.set({ kind: 'saved', fileName: outcome.fileName });
    } catch (e) {
      const problem = fileWriteProblem(e);
      const text =
        e instanceof StorageError
          ? storageErrorText(e.code)
          : e instanceof FileTooLargeError
            ? `No backup was saved. ${fileTooLargeText(e.bytes, 'backup')}`
            : problem !== null
              ? `No backup was saved. ${problem}`
              : `The backup could not be made: ${e instanceof Error ? e.message : String(e)}`;
      this.set({ kind: 'failed', message: text });
    }
  }

  /** The file is saved: remember when (for the reminder) and refresh the desktop marker. */
  private async afterSave(version: string) {
    if (this.store.mode === 'read-write') await recordExport(this.store, new Date().toISOString());
    const backups = this.platform.backups;
    if (backups && (await hasRecords(this.store.db))) {
      await markHasRecords(backups, version, new Date()).catch(() => undefined);
    }
  }
}

const controllers = new WeakMap<Store, ExportController>();

export function exportControllerFor(store: Store, platform: Platform): ExportController {
  let c = controllers.get(store);
  if (!c) controllers.set(store, (c = new ExportController(store, platform)));
  return c;
}

export function useExportState(controller: ExportController): ExportState {
  return useSyncExternalStore(controller.subscribe, controller.getState);
}

/**
 * The File menu's "Export a backup…" (Shell): Settings starts the export when it shows, or at
 * once if it is already showing.
 */
let pendingRequest = false;
const requestListeners = new Set<Listener>();

export function requestExport(): void {
  pendingRequest = true;
  for (const l of requestListeners) l();
}

export function takeExportRequest(): boolean {
  const was = pendingRequest;
  pendingRequest = false;
  return was;
}

export function onExportRequest(l: Listener): () => void {
  requestListeners.add(l);
  return () => requestListeners.delete(l);
}
