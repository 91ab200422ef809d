/**
 * Imports remembered before the last one: after importing A then B and taking B back, A could
 * no longer be taken back from the Import screen (only the last import was remembered, and its
 * undo forgot it). The imports before the last are now kept, a few, and offered in turn.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import {
  importActivities,
  lastImportStatus,
  undoImport,
  undoLastImport,
} from '../../renderer/src/db/repositories/import';
import {
  EARLIER_KEPT,
  LAST_IMPORT_ROW_ID,
  readLastImport,
} from '../../renderer/src/db/repositories/import-memory';
import type { Activity } from '../../shared/domain/credits';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.db.close();
});

async function open(label: string) {
  const s = await openStore(freshName(label));
  stores.push(s);
  return s;
}

const course = (title: string): Omit<Activity, 'id'> => ({
  date: '2026-03-10',
  title,
  type: 'course-or-training',
  amount: 2,
  unit: 'hours',
  split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 0 },
  status: 'earned',
});

async function imported(store: Store, name: string, n = 2) {
  const rows = Array.from({ length: n }, (_, i) => course(`${name} ${i}`));
  const result = await importActivities(store, rows, asOf, { fileName: `${name}.csv` });
  if (!result.ok) throw new Error('not imported');
  return result;
}

const titles = async (store: Store) => (await listActivities(store)).map((r) => r.title).sort();

/** Undo of the import the Import screen shows now (by its run time). */
async function undoShown(store: Store) {
  return undoLastImport(store, (await readLastImport(store))?.at ?? 'none remembered');
}

describe('imports before the last one', () => {
  it('are offered in turn, latest first, as each later one is taken back', async () => {
    const store = await open('earlier-in-turn');
    await imported(store, 'march');
    await imported(store, 'april', 3);
    await imported(store, 'may', 1);
    const offered: (string | null)[] = [];
    for (let k = 0; k < 3; k++) {
      offered.push((await lastImportStatus(store))?.fileName ?? null);
      await undoShown(store);
    }
    expect(offered).toEqual(['may.csv', 'april.csv', 'march.csv']);
    expect(await titles(store)).toEqual([]);
    expect(await lastImportStatus(store)).toBeNull();
  });

  it('are offered again when the last is taken back from its own summary', async () => {
    const store = await open('earlier-after-summary');
    await imported(store, 'march');
    const april = await imported(store, 'april');
    expect(await undoImport(store, april.rows)).toEqual({ removed: 2, kept: 0, gone: 0 });
    expect(await lastImportStatus(store)).toMatchObject({ fileName: 'march.csv', removable: 2 });
  });

  it('are forgotten when taken back themselves, the later ones kept', async () => {
    const store = await open('earlier-taken-back');
    const march = await imported(store, 'march');
    await imported(store, 'april');
    expect(await undoImport(store, march.rows)).toEqual({ removed: 2, kept: 0, gone: 0 });
    expect(await lastImportStatus(store)).toMatchObject({ fileName: 'april.csv' });
    await undoShown(store);
    expect(await lastImportStatus(store)).toBeNull();
    expect(await titles(store)).toEqual([]);
  });

  it(`are kept up to ${EARLIER_KEPT} before the last; older ones are forgotten`, async () => {
    const store = await open('earlier-limit');
    const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun'];
    for (const n of names) await imported(store, n, 1);
    const offered: string[] = [];
    for (let s = await lastImportStatus(store); s; s = await lastImportStatus(store)) {
      offered.push(s.fileName!);
      await undoShown(store);
    }
    expect(offered).toEqual(
      names
        .slice(-1 - EARLIER_KEPT)
        .map((n) => `${n}.csv`)
        .reverse(),
    );
    // The ones no longer remembered stay in the credit log.
    expect(await titles(store)).toEqual(['feb 0', 'jan 0']);
  });

  it('come back with a restored backup', async () => {
    const store = await open('earlier-backup');
    await imported(store, 'march');
    await imported(store, 'april');
    const { bytes } = await exportBackup(store, { appVersion: '0.6.0', now: new Date() });
    const target = await open('earlier-backup-target');
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error('backup not read');
    await restoreBackup(target, read.value);
    await undoShown(target);
    expect(await lastImportStatus(target)).toMatchObject({ fileName: 'march.csv', count: 2 });
  });

  it('a damaged earlier entry in a restored row is left out, the rest read', async () => {
    const store = await open('earlier-damaged');
    await imported(store, 'march');
    await imported(store, 'april');
    const table = store.db.table('settings');
    const row = (await table.get(LAST_IMPORT_ROW_ID)) as { earlier: unknown[] };
    await table.put({ ...row, earlier: [{ at: 'not a time', ids: [] }, ...row.earlier] });
    await undoShown(store);
    expect(await lastImportStatus(store)).toMatchObject({ fileName: 'march.csv' });
  });
});

describe('the import shown, taken back from the Import screen', () => {
  it('is told apart by its ids from another carrying the same time', async () => {
    const store = await open('earlier-same-time');
    const when = new Date('2026-11-22T10:00:00.000Z');
    const spy = vi.spyOn(Date.prototype, 'toISOString').mockReturnValue(when.toISOString());
    const march = await imported(store, 'march');
    const april = await imported(store, 'april');
    spy.mockRestore();
    expect(march.rows[0]!.createdAt).toBe(april.rows[0]!.createdAt);
    // The screen showed March (before April was imported elsewhere): nothing is taken back.
    expect(await undoLastImport(store, march.rows[0]!.createdAt, march.ids[0])).toBeNull();
    expect(await titles(store)).toEqual(['april 0', 'april 1', 'march 0', 'march 1']);
    expect(await undoLastImport(store, april.rows[0]!.createdAt, april.ids[0])).toEqual({
      removed: 2,
      kept: 0,
      gone: 0,
    });
  });
});
