/**
 * Snapshot → backup file bytes. Pure apart from hashing: the export time and app version are
 * parameters, so the same data and the same parameters always give the same bytes.
 */
import { zipSync, type ZipOptions, type Zippable } from 'fflate';
import { computeChecksum } from './checksum';
import {
  FIXED_ZIP_TIME,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  fileEntry,
  tableEntry,
  type Manifest,
  type ManifestCore,
  type OnProgress,
  type Snapshot,
} from './format';
import { encodeTable } from './values';

export interface EncodeMeta {
  appVersion: string;
  /** ISO timestamp written into the manifest. */
  exportedAt: string;
}

export interface EncodedBackup {
  bytes: Uint8Array;
  manifest: Manifest;
}

function collectEntries(snapshot: Snapshot) {
  const entries = new Map<string, Uint8Array>();
  const tables: ManifestCore['tables'] = {};
  const encoder = new TextEncoder();
  for (const name of Object.keys(snapshot.tables).sort()) {
    const { json, files } = encodeTable(name, snapshot.tables[name]!);
    entries.set(tableEntry(name), encoder.encode(json));
    files.forEach((bytes, i) => entries.set(fileEntry(name, i + 1), bytes));
    tables[name] = { rows: snapshot.tables[name]!.length, files: files.length };
  }
  return { entries, tables };
}

// JSON compresses well; evidence (PDF, images) mostly does not, so it is stored as it is.
const levelFor = (name: string) => (name.endsWith('.json') ? 6 : 0);

export async function encodeBackup(
  snapshot: Snapshot,
  meta: EncodeMeta,
  onProgress?: OnProgress,
): Promise<EncodedBackup> {
  const { entries, tables } = collectEntries(snapshot);
  const core: ManifestCore = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: snapshot.schemaVersion,
    exportedAt: meta.exportedAt,
    tables,
  };
  const total = entries.size;
  let done = 0;
  const value = await computeChecksum(core, entries, (item) =>
    onProgress?.({ step: 'pack', done: ++done, total, item }),
  );
  const manifest: Manifest = { ...core, checksum: { algorithm: 'SHA-256', value } };
  const zippable: Zippable = {};
  const put = (name: string, data: Uint8Array) => {
    const options: ZipOptions = { level: levelFor(name), mtime: FIXED_ZIP_TIME };
    zippable[name] = [data, options];
  };
  put(MANIFEST_ENTRY, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  for (const name of [...entries.keys()].sort()) put(name, entries.get(name)!);
  return { bytes: zipSync(zippable, { mtime: FIXED_ZIP_TIME }), manifest };
}
