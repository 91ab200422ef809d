/** A complete backup of the open database, as the bytes of one .ascent-backup file. */
import type { Store } from '../database';
import { encodeBackup } from './encode';
import { FILE_EXTENSION, type Manifest, type OnProgress } from './format';
import { readSnapshot, yieldToUi } from './snapshot';

export interface ExportOptions {
  appVersion: string;
  now?: Date;
  onProgress?: OnProgress;
}

export interface ExportedBackup {
  bytes: Uint8Array;
  manifest: Manifest;
  fileName: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "ascent-2026-11-22-1005.ascent-backup": local date and time, sorts by name, no colons. */
export function backupFileName(now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `ascent-${day}-${pad(now.getHours())}${pad(now.getMinutes())}.${FILE_EXTENSION}`;
}

export async function exportBackup(store: Store, options: ExportOptions): Promise<ExportedBackup> {
  const now = options.now ?? new Date();
  const snapshot = await readSnapshot(store.db, options.onProgress);
  if (options.onProgress) await yieldToUi();
  const { bytes, manifest } = await encodeBackup(
    snapshot,
    { appVersion: options.appVersion, exportedAt: now.toISOString() },
    options.onProgress,
  );
  return { bytes, manifest, fileName: backupFileName(now) };
}
