/**
 * Backup file bytes → manifest and rows, with every structural check of FORMAT.md: a zip, a
 * manifest of this format, not newer than this app, the checksum, every table's entry, every
 * referenced file, the counts. Row contents are checked afterwards (rows.ts).
 */
import { strFromU8 } from 'fflate';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { computeChecksum } from './checksum';
import { openContainer } from './container';
import {
  manifestSchema,
  tableEntry,
  type Manifest,
  type OnProgress,
  type Snapshot,
} from './format';
import { formatMigrations, toCurrentFormat, type FormatMigration } from './migrate';
import { ProblemList, refuse, refused, type Checked, type Problem } from './problems';
import { storesAt } from './tables';
import { BadValueError, decodeValue } from './values';

export interface DecodedBackup {
  manifest: Manifest;
  snapshot: Snapshot;
}

export interface DecodeOptions {
  migrations?: Readonly<Record<number, FormatMigration>>;
  onProgress?: OnProgress;
}

function parseManifest(value: unknown): Checked<Manifest> {
  const parsed = manifestSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const list = new ProblemList();
  for (const issue of parsed.error.issues) {
    list.add({ code: 'MANIFEST_INVALID', field: issue.path.join('.'), detail: issue.message });
  }
  return refused(list);
}

/** "2.4.0", "1.0.0-beta.2": the manifest's appVersion when it reads as a version, else null. */
function makerOf(manifest: unknown): string | null {
  const v = (manifest as { appVersion?: unknown } | null)?.appVersion;
  return typeof v === 'string' && /^\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]{1,24})?$/.test(v) ? v : null;
}

/**
 * A file of a newer format is refused before its manifest is checked (migrate.ts): the
 * version of Ascent it names is taken from the raw manifest, for the refusal to quote.
 */
function withMaker<T>(refusal: Checked<T>, manifest: unknown): Checked<T> {
  const made = makerOf(manifest);
  if (refusal.ok || !made) return refusal;
  const problems = refusal.problems.map((p): Problem =>
    p.code === 'NEWER_FORMAT' ? { ...p, appVersion: made } : p,
  );
  return { ...refusal, problems };
}

export async function decodeBackup(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): Promise<Checked<DecodedBackup>> {
  const opened = await openContainer(bytes, options.onProgress);
  if (!opened.ok) return opened;
  const current = await toCurrentFormat(opened.value, options.migrations ?? formatMigrations);
  if (!current.ok) return withMaker(current, opened.value.manifest);
  const { entries } = current.value;
  const parsed = parseManifest(current.value.manifest);
  if (!parsed.ok) return parsed;
  const manifest = parsed.value;
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    const made = makerOf(manifest);
    return refuse({
      code: 'NEWER_SCHEMA',
      detail: String(manifest.schemaVersion),
      ...(made ? { appVersion: made } : {}),
    });
  }
  const { checksum, ...core } = manifest;
  let done = 0;
  const actual = await computeChecksum(core, entries, (item) =>
    options.onProgress?.({ step: 'check', done: ++done, total: entries.size, item }),
  );
  if (actual !== checksum.value) return refuse({ code: 'CHECKSUM_MISMATCH' });
  return readTables(manifest, entries);
}

function readTables(manifest: Manifest, entries: Map<string, Uint8Array>): Checked<DecodedBackup> {
  const list = new ProblemList();
  const known = storesAt(manifest.schemaVersion);
  const used = new Set<string>();
  const tables: Snapshot['tables'] = {};
  for (const table of known.keys()) {
    if (!Object.hasOwn(manifest.tables, table)) list.add({ code: 'MISSING_ENTRY', table });
  }
  for (const [table, expected] of Object.entries(manifest.tables)) {
    if (!known.has(table)) {
      list.add({ code: 'UNKNOWN_TABLE', table });
      continue;
    }
    const rows = readTable(table, entries, used, list);
    if (!rows) continue;
    tables[table] = rows.rows;
    if (rows.rows.length !== expected.rows || rows.files !== expected.files) {
      list.add({ code: 'COUNT_MISMATCH', table, detail: `${rows.rows.length}/${expected.rows}` });
    }
  }
  for (const name of entries.keys()) {
    if (!used.has(name)) list.add({ code: 'UNEXPECTED_ENTRY', detail: name });
  }
  if (!list.empty) return refused(list);
  return {
    ok: true,
    value: { manifest, snapshot: { schemaVersion: manifest.schemaVersion, tables } },
  };
}

type ReadTable = { rows: Record<string, unknown>[]; files: number } | null;

function readTable(
  table: string,
  entries: Map<string, Uint8Array>,
  used: Set<string>,
  list: ProblemList,
): ReadTable {
  const name = tableEntry(table);
  const bytes = entries.get(name);
  if (!bytes) return (list.add({ code: 'MISSING_ENTRY', table, detail: name }), null);
  used.add(name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(bytes));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) return (list.add({ code: 'TABLE_INVALID', table }), null);
  let files = 0;
  const lookup = (entry: string) => {
    const file = entry.startsWith(`files/${table}/`) ? entries.get(entry) : undefined;
    if (file && !used.has(entry)) {
      used.add(entry);
      files += 1;
    }
    return file;
  };
  const rows: Record<string, unknown>[] = [];
  parsed.forEach((raw, i) => {
    const row = decodeRow(raw, lookup);
    if (row.ok) rows.push(row.value);
    else list.add({ code: row.code, table, row: i + 1, field: row.field, detail: row.detail });
  });
  return { rows, files };
}

type DecodedRow =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; code: 'ROW_INVALID'; field?: string; detail?: string };

function decodeRow(raw: unknown, lookup: (entry: string) => Uint8Array | undefined): DecodedRow {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'ROW_INVALID', detail: 'not an object' };
  }
  try {
    return { ok: true, value: decodeValue(raw, lookup) as Record<string, unknown> };
  } catch (error) {
    if (!(error instanceof BadValueError)) throw error;
    return { ok: false, code: 'ROW_INVALID', field: error.path, detail: error.detail };
  }
}
