/**
 * A generated career as an .ascent-backup file, built with the app's own encoder so the
 * manifest and checksum are exactly what an export would write (FORMAT.md).
 */
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import type { TableRows } from '../../renderer/src/db/backup/format';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema';

export async function careerBackup(tables: TableRows): Promise<Uint8Array> {
  const { bytes } = await encodeBackup(
    { schemaVersion: LATEST_SCHEMA_VERSION, tables },
    { appVersion: '0.4.0', exportedAt: '2026-11-22T10:00:00.000Z' },
  );
  return bytes;
}
