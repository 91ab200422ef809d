/**
 * The last spreadsheet import is remembered with its rows (same transaction) and can be taken
 * back later, after its summary is gone, by the summary's rule: only activities still exactly
 * as imported, without evidence, are removed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import { StorageError } from '../../renderer/src/db/errors';
import {
  deleteActivity,
  listActivities,
  saveActivity,
  type ActivityRow,
} from '../../renderer/src/db/repositories/activities';
import {
  importActivities,
  lastImportStatus,
  undoImport,
  undoLastImport,
} from '../../renderer/src/db/repositories/import';
import {
  fingerprint,
  LAST_IMPORT_ROW_ID,
  readLastImport,
} from '../../renderer/src/db/repositories/import-memory';
import type { Activity } from '../../shared/domain/credits';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;

/** Undo of the import remembered now, as the Import screen shows it (its run time). */
async function undoShown(target: Store) {
  return undoLastImport(target, (await readLastImport(target))?.at ?? 'none remembered');
}
const others: Store[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  store?.db.close();
  for (const s of others.splice(0)) s.db.close();
});

const course = (title: string): Omit<Activity, 'id'> => ({
  date: '2026-03-10',
  title,
  type: 'course-or-training',
  amount: 2,
  unit: 'hours',
  split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 0 },
  status: 'earned',
});
const batch = (name: string, n: number) =>
  Array.from({ length: n }, (_, i) => course(`${name} ${i}`));

async function fresh(label: string) {
  store = await openStore(freshName(label));
  const typed = await saveActivity(store, course('Typed by hand'), asOf);
  expect(typed.ok).toBe(true);
}

async function imported(inputs: Omit<Activity, 'id'>[], fileName: string | null = 'pdus.csv') {
  const result = await importActivities(store, inputs, asOf, { fileName });
  if (!result.ok) throw new Error('not imported');
  return result;
}

const titles = async () => (await listActivities(store)).map((r) => r.title).sort();
const settingsRow = () => store.db.table('settings').get(LAST_IMPORT_ROW_ID);

describe('remembering the last import', () => {
  it('is written in the import’s own transaction, with when, the file and every id', async () => {
    await fresh('last-remembered');
    const transaction = vi.spyOn(store.db, 'transaction');
    const result = await imported(batch('Talk', 3));
    expect(transaction).toHaveBeenCalledTimes(1);
    const last = await readLastImport(store);
    expect(last).toEqual({
      at: result.rows[0]!.createdAt,
      fileName: 'pdus.csv',
      ids: result.ids,
      fingerprints: result.rows.map(fingerprint),
    });
    expect(await lastImportStatus(store)).toEqual({
      at: result.rows[0]!.createdAt,
      key: result.ids[0],
      fileName: 'pdus.csv',
      count: 3,
      removable: 3,
      kept: 0,
      gone: 0,
    });
  });

  it('is left as it was when an import fails half-way or is stopped', async () => {
    await fresh('last-all-or-nothing');
    await imported(batch('First', 2), 'first.csv');
    const before = await dumpTables(store.db);
    let n = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      n += 1;
      return `00000000-0000-4000-8000-${String(n === 300 ? 1 : n).padStart(12, '0')}`;
    });
    await expect(importActivities(store, batch('Big', 400), asOf)).rejects.toBeInstanceOf(
      StorageError,
    );
    vi.restoreAllMocks();
    const stop = new AbortController();
    const stopped = await importActivities(store, batch('Stopped', 600), asOf, {
      signal: stop.signal,
      fileName: 'stopped.csv',
      onProgress: (p) => p.saved >= 250 && stop.abort(),
    });
    expect(stopped).toEqual({ ok: false, reason: 'cancelled' });
    expect(await dumpTables(store.db)).toEqual(before);
    expect((await readLastImport(store))?.fileName).toBe('first.csv');
  });

  it('is replaced by the next import: undoing then takes back only the newer one', async () => {
    await fresh('last-replaced');
    await imported(batch('March', 2), 'march.csv');
    await imported(batch('April', 3), null);
    expect(await lastImportStatus(store)).toMatchObject({ fileName: null, count: 3 });
    expect(await undoShown(store)).toEqual({ removed: 3, kept: 0, gone: 0 });
    expect(await titles()).toEqual(['March 0', 'March 1', 'Typed by hand']);
    // Forgotten once taken back: the March import before it is the last one again.
    expect(await lastImportStatus(store)).toMatchObject({ fileName: 'march.csv', count: 2 });
    expect(await undoShown(store)).toEqual({ removed: 2, kept: 0, gone: 0 });
    expect(await titles()).toEqual(['Typed by hand']);
    expect(await lastImportStatus(store)).toBeNull();
    expect(await undoShown(store)).toBeNull();
  });
});

describe('undoing the remembered import later', () => {
  it('removes what is unchanged, keeps what was changed or given evidence since', async () => {
    await fresh('last-undo');
    const result = await imported(batch('Talk', 5));
    const [renamed, evidenced] = result.rows as [ActivityRow, ActivityRow];
    await saveActivity(store, { ...renamed, title: 'Renamed since' }, asOf);
    await saveActivity(store, evidenced, asOf, {
      addEvidence: [{ name: 'cert.pdf', mimeType: 'application/pdf', data: new Uint8Array([1]) }],
    });
    expect(await lastImportStatus(store)).toMatchObject({ count: 5, removable: 3, kept: 2 });
    expect(await undoShown(store)).toEqual({ removed: 3, kept: 2, gone: 0 });
    expect(await titles()).toEqual(['Renamed since', 'Talk 1', 'Typed by hand']);
    expect(await settingsRow()).toBeUndefined();
  });

  it('counts activities no longer there as gone and removes the rest', async () => {
    await fresh('last-gone');
    const result = await imported(batch('Talk', 4));
    await deleteActivity(store, result.ids[0]!);
    await deleteActivity(store, result.ids[3]!);
    expect(await lastImportStatus(store)).toMatchObject({ removable: 2, kept: 0, gone: 2 });
    expect(await undoShown(store)).toEqual({ removed: 2, kept: 0, gone: 2 });
    expect(await titles()).toEqual(['Typed by hand']);
  });

  it('is forgotten by the summary’s own Undo, but not by the Undo of an older import', async () => {
    await fresh('last-summary');
    const older = await imported(batch('Older', 2));
    const newer = await imported(batch('Newer', 2));
    expect(await undoImport(store, older.rows)).toEqual({ removed: 2, kept: 0, gone: 0 });
    expect(await lastImportStatus(store)).toMatchObject({ count: 2, removable: 2 });
    expect(await undoImport(store, newer.rows)).toEqual({ removed: 2, kept: 0, gone: 0 });
    expect(await settingsRow()).toBeUndefined();
    expect(await titles()).toEqual(['Typed by hand']);
  });

  it('after a restore, follows the restored log: unchanged rows still go, missing ones are gone', async () => {
    await fresh('last-restore');
    const result = await imported(batch('Talk', 3));
    const { bytes } = await exportBackup(store, { appVersion: '0.6.0', now: new Date() });
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error('backup refused');
    // Restored elsewhere: the rows come back with their keys in another order.
    const target = await openStore(freshName('last-restore-target'));
    others.push(target);
    await restoreBackup(target, read.value);
    await deleteActivity(target, result.ids[1]!);
    expect(await lastImportStatus(target)).toMatchObject({ count: 3, removable: 2, gone: 1 });
    expect(await undoShown(target)).toEqual({ removed: 2, kept: 0, gone: 1 });
    expect((await listActivities(target)).map((r) => r.title)).toEqual(['Typed by hand']);
  });

  it('after restoring a backup made before the import, has nothing to undo', async () => {
    await fresh('last-restore-before');
    const { bytes } = await exportBackup(store, { appVersion: '0.6.0', now: new Date() });
    await imported(batch('Talk', 3));
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error('backup refused');
    await restoreBackup(store, read.value);
    expect(await lastImportStatus(store)).toBeNull();
    expect(await undoShown(store)).toBeNull();
    expect(await titles()).toEqual(['Typed by hand']);
  });

  it('a damaged or hand-edited memory removes nothing it does not match', async () => {
    await fresh('last-damaged');
    const result = await imported(batch('Talk', 2));
    const typed = (await listActivities(store)).find((r) => r.title === 'Typed by hand')!;
    const table = store.db.table('settings');
    await table.put({ id: LAST_IMPORT_ROW_ID, at: 'yesterday', ids: result.ids, fingerprints: [] });
    expect(await lastImportStatus(store)).toBeNull();
    expect(await undoShown(store)).toBeNull();
    // A typed activity named with a made-up fingerprint is kept.
    await table.put({
      id: LAST_IMPORT_ROW_ID,
      at: '2026-11-22T10:00:00.000Z',
      ids: [typed.id],
      fingerprints: ['0000000000000000'],
    });
    expect(await undoShown(store)).toEqual({ removed: 0, kept: 1, gone: 0 });
    expect(await titles()).toEqual(['Talk 0', 'Talk 1', 'Typed by hand']);
  });
});

describe('fingerprint', () => {
  const row: ActivityRow = {
    ...course('Talk'),
    id: 'a1',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
  };
  it('ignores key order and undefined fields, as a restore writes them', () => {
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as ActivityRow;
    expect(fingerprint({ ...reordered, provider: undefined })).toBe(fingerprint(row));
    expect(fingerprint(row)).toMatch(/^[0-9a-f]{16}$/);
  });
  it.each([
    ['the title', { title: 'Talk!' }],
    ['the amount', { amount: 2.25 }],
    ['a split', { split: { waysOfWorking: 0, powerSkills: 2, businessAcumen: 0 } }],
    ['the time of the last change', { updatedAt: '2026-11-22T10:00:00.001Z' }],
    ['a new field', { notes: '' }],
  ])('changes with %s', (_, change) => {
    expect(fingerprint({ ...row, ...change } as ActivityRow)).not.toBe(fingerprint(row));
  });
});

describe('the import the person was shown', () => {
  it('is the one taken back: another import remembered since is left alone', async () => {
    await fresh('last-shown');
    await imported(batch('March', 2), 'march.csv');
    const shown = (await readLastImport(store))!.at;
    // Another window imports a later file, which becomes the last import.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.parse(shown) + 60_000));
    await imported(batch('April', 3), 'april.csv');
    vi.useRealTimers();
    expect(await undoLastImport(store, shown)).toBeNull();
    expect(await titles()).toEqual([
      'April 0',
      'April 1',
      'April 2',
      'March 0',
      'March 1',
      'Typed by hand',
    ]);
    expect(await lastImportStatus(store)).toMatchObject({ fileName: 'april.csv', count: 3 });
  });
});
