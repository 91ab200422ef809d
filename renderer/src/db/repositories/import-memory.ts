/**
 * The last spreadsheet import, remembered so it can still be taken back once its summary is
 * gone: a file imported with the wrong unit is often noticed later, and a backup is then the
 * only other way back.
 *
 * Kept as one row of the settings table, like the study planner's dropped blocks
 * (study-dropped.ts): no schema version for one small record. Written in the import's own
 * transaction; the next import keeps it as an earlier one (up to EARLIER_KEPT), so that after
 * the next is taken back this one is offered again; removed by its undo. Like the settings it is not
 * one of the user's records (not counted as data to lose) and is written to backups; the
 * backup's settings check accepts any row with an id.
 *
 * It holds each written activity's id and a fingerprint of the row as written, not the rows:
 * backups carry the settings table, and a copy of every imported row would double a large
 * backup. Whatever a restored or edited row says, an undo only ever removes an activity that is
 * still exactly as that import wrote it and has no evidence file (the summary's Undo's rule).
 */
import type { Store } from '../database';
import type { ActivityRow } from './activities';
import { nowIso } from './write';

export const LAST_IMPORT_ROW_ID = 'lastImport';

export interface LastImport {
  /** When the import ran (ISO): also its activities' `createdAt`. */
  at: string;
  /** The file's base name, when the platform told it. */
  fileName: string | null;
  /** The activities it wrote, and the fingerprint of each as written (same order). */
  ids: string[];
  fingerprints: string[];
}

interface LastImportRow extends LastImport {
  id: typeof LAST_IMPORT_ROW_ID;
  updatedAt: string;
  /** The imports before it, latest first (at most EARLIER_KEPT). */
  earlier?: LastImport[];
}

/**
 * How many imports before the last are remembered: enough to take back a few files imported
 * one after another, few enough that the row (ids and fingerprints) stays small in a backup.
 */
export const EARLIER_KEPT = 3;

const rows = (store: Store) => store.db.table<Partial<LastImportRow>, string>('settings');

const isTextList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

/** The row as the repository writes it, or null (absent, or damaged in a backup). */
function fromRow(row: Partial<LastImport> | undefined): LastImport | null {
  if (!row || typeof row.at !== 'string' || Number.isNaN(Date.parse(row.at))) return null;
  const { ids, fingerprints } = row;
  if (!isTextList(ids) || !isTextList(fingerprints) || ids.length !== fingerprints.length)
    return null;
  const fileName = typeof row.fileName === 'string' && row.fileName ? row.fileName : null;
  return { at: row.at, fileName, ids, fingerprints };
}

/** Values in a fixed order, undefined fields left out: a row reads the same after a restore. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * A 64-bit fingerprint of an activity row (two multiplicative hash lanes over its canonical
 * text). Any change to any field, `updatedAt` included, gives another fingerprint; a restore,
 * which writes keys in another order and drops undefined fields, gives the same one.
 */
export function fingerprint(row: ActivityRow): string {
  const text = canonical(row);
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x9e3779b1);
    b = Math.imul(b ^ c, 0x85ebca77);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return hex(a) + hex(b);
}

/** What is remembered of an import that wrote `written` at `at`. */
export function memoryOf(
  written: readonly ActivityRow[],
  at: string,
  fileName: string | null,
): LastImport {
  return {
    at,
    fileName: fileName || null,
    ids: written.map((r) => r.id),
    fingerprints: written.map(fingerprint),
  };
}

/** The remembered imports, latest first (those damaged in a backup left out). */
export async function readImports(store: Store): Promise<LastImport[]> {
  return importsOf(await rows(store).get(LAST_IMPORT_ROW_ID));
}

/** The imports the row remembers, latest first (those damaged in a backup left out). */
function importsOf(row: Partial<LastImportRow> | undefined): LastImport[] {
  const last = fromRow(row);
  if (!last) return [];
  const earlier = Array.isArray(row?.earlier) ? row.earlier : [];
  const kept = earlier.map((e) => fromRow(e as Partial<LastImport>));
  return [last, ...kept.filter((e): e is LastImport => e !== null)];
}

/** Writes `imports` (latest first) as the remembered ones, or forgets all when none. */
async function writeImports(store: Store, imports: readonly LastImport[], now: string) {
  const [last, ...earlier] = imports;
  if (!last) return rows(store).delete(LAST_IMPORT_ROW_ID);
  await rows(store).put({
    ...last,
    id: LAST_IMPORT_ROW_ID,
    updatedAt: now,
    earlier: earlier.slice(0, EARLIER_KEPT),
  });
}

/**
 * Remembers `memory` as the last import, the one before it as an earlier one (up to
 * EARLIER_KEPT); call inside its transaction.
 */
export async function rememberImport(store: Store, memory: LastImport, now: string) {
  await writeImports(store, [memory, ...(await readImports(store))], now);
}

export async function readLastImport(store: Store): Promise<LastImport | null> {
  return fromRow(await rows(store).get(LAST_IMPORT_ROW_ID));
}

const sameIds = (a: Pick<LastImport, 'ids'>, b: Pick<LastImport, 'ids'>) =>
  a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);

/**
 * Forgets the import that wrote `written`, one of `imports` (readImports, read in the same
 * transaction), remembered last or earlier: the one before it is then the last. Call inside the
 * transaction that took it back.
 */
export async function forgetImport(
  store: Store,
  imports: readonly LastImport[],
  written: Pick<LastImport, 'ids'>,
): Promise<void> {
  const left = imports.filter((m) => !sameIds(m, written));
  if (left.length !== imports.length) await writeImports(store, left, nowIso());
}

/** What an undo of an import would do now. */
export interface TakeBack {
  /** Still exactly as imported, without evidence: removed by an undo. */
  remove: string[];
  /** Changed or given an evidence file since: kept. */
  kept: number;
  /** No longer in the credit log (deleted, or not in a restored backup): nothing to do. */
  gone: number;
}

/**
 * Sorts an import's activities by what an undo does with each: `current` holds the rows now
 * stored under `memory.ids` (same order, undefined where gone), `withFiles` the activities
 * that have evidence. Only a row whose fingerprint is the one written is removed.
 */
export function judgeTakeBack(
  memory: Pick<LastImport, 'ids' | 'fingerprints'>,
  current: readonly (ActivityRow | undefined)[],
  withFiles: ReadonlySet<string>,
): TakeBack {
  const remove: string[] = [];
  let kept = 0;
  let gone = 0;
  memory.ids.forEach((id, i) => {
    const row = current[i];
    if (!row) gone += 1;
    else if (withFiles.has(id) || fingerprint(row) !== memory.fingerprints[i]) kept += 1;
    else remove.push(id);
  });
  return { remove, kept, gone };
}
