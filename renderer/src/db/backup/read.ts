/**
 * The whole check of a backup file, before anything is written: structure and checksum
 * (decode.ts), keys, the upgrade of an older schema (upgrade.ts), row shapes (rows.ts). What
 * comes out is safe to write and carries a preview for the confirmation.
 */
import type { Manifest, OnProgress, TableRows } from './format';
import { decodeBackup, type DecodeOptions } from './decode';
import { ProblemList, refuse, refused, type Checked } from './problems';
import { checkKeys, checkRows } from './rows';
import { countRecords } from './snapshot';
import { upgradeRows } from './upgrade';
import { isBytes } from './values';

export interface BackupPreview {
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  tables: { name: string; rows: number }[];
  /** Rows in every table but settings. */
  records: number;
  /** Binary values (evidence files) and their total size. */
  files: number;
  fileBytes: number;
  activityDates: { first: string; last: string } | null;
  profileName: string | null;
}

export interface ValidBackup {
  manifest: Manifest;
  /** Rows at the latest schema version, ready to write. */
  tables: TableRows;
  preview: BackupPreview;
}

export async function readBackupFile(
  bytes: Uint8Array,
  options: DecodeOptions & { onProgress?: OnProgress } = {},
): Promise<Checked<ValidBackup>> {
  const decoded = await decodeBackup(bytes, options);
  if (!decoded.ok) return decoded;
  const { manifest, snapshot } = decoded.value;
  const list = new ProblemList();
  checkKeys(snapshot.tables, snapshot.schemaVersion, list);
  if (!list.empty) return refused(list);
  let tables: TableRows;
  try {
    tables = await upgradeRows(snapshot.tables, snapshot.schemaVersion);
  } catch (error) {
    return refuse({ code: 'UPGRADE_FAILED', detail: error instanceof Error ? error.message : '' });
  }
  checkRows(tables, list);
  if (!list.empty) return refused(list);
  return { ok: true, value: { manifest, tables, preview: previewOf(manifest, tables) } };
}

function binarySize(value: unknown, acc: { files: number; bytes: number }): void {
  if (isBytes(value)) {
    acc.files += 1;
    acc.bytes += value.byteLength;
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) binarySize(v, acc);
  }
}

export function previewOf(manifest: Manifest, tables: TableRows): BackupPreview {
  const dates = (tables.activities ?? [])
    .map((a) => a.date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const acc = { files: 0, bytes: 0 };
  binarySize(tables, acc);
  const name = tables.profile?.[0]?.name;
  return {
    exportedAt: manifest.exportedAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    tables: Object.keys(tables)
      .sort()
      .map((t) => ({ name: t, rows: tables[t]!.length })),
    records: countRecords(tables),
    files: acc.files,
    fileBytes: acc.bytes,
    activityDates: dates.length ? { first: dates[0]!, last: dates[dates.length - 1]! } : null,
    profileName: typeof name === 'string' && name ? name : null,
  };
}
