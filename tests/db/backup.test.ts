import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportBackup,
  readBackupFile,
  restoreBackup,
  type BackupProgress,
} from '../../renderer/src/db/backup';
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { UnsupportedValueError } from '../../renderer/src/db/backup/values';
import { openStore, type Store } from '../../renderer/src/db/database';
import { StorageError } from '../../renderer/src/db/errors';
import { LATEST_SCHEMA_VERSION, latestTables, schemaVersions } from '../../renderer/src/db/schema';
import { changesRowsAfter } from '../../renderer/src/db/backup/upgrade';
import { primaryKeyPaths, storesAt } from '../../renderer/src/db/backup/tables';
import {
  getSettings,
  setExportReminderDays,
  setRotation,
} from '../../renderer/src/db/repositories/settings';
import {
  craftFile,
  craftedFrom,
  fixtureRecords,
  fixtureRows,
  storeWith,
  type Rows,
} from './backup-fixtures';
import { dumpTables, freshName } from './helpers';

const NOW = new Date('2026-11-22T10:05:00.000Z');
const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function exported(store: Store) {
  return exportBackup(store, { appVersion: '0.3.0', now: NOW });
}

async function readOk(bytes: Uint8Array) {
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  return read.value;
}

describe('the backup file', () => {
  it('is a zip with a manifest, one JSON file per table and evidence as separate entries', async () => {
    const store = track(await storeWith('format', fixtureRows()));
    const { bytes, manifest, fileName } = await exported(store);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual([
      'manifest.json',
      'files/evidence/000001.bin',
      ...latestTables().map((t) => `tables/${t}.json`),
    ]);
    expect(JSON.parse(strFromU8(entries['manifest.json']!))).toEqual(manifest);
    expect(manifest).toMatchObject({
      format: 'ascent-backup',
      formatVersion: 1,
      appVersion: '0.3.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      tables: { activities: { rows: 2, files: 0 }, evidence: { rows: 1, files: 1 } },
    });
    expect(manifest.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    expect(entries['files/evidence/000001.bin']).toEqual(new Uint8Array([37, 80, 68, 70]));
    const evidence = JSON.parse(strFromU8(entries['tables/evidence.json']!));
    expect(evidence[0].data).toEqual({ $binary: 'files/evidence/000001.bin' });
    expect(fileName).toMatch(/^ascent-2026-11-22-\d{4}\.ascent-backup$/);
  });

  it('gives the same bytes for the same data, and again after export → import → export', async () => {
    const source = track(await storeWith('same-bytes', fixtureRows()));
    const first = await exported(source);
    expect((await exported(source)).bytes).toEqual(first.bytes);
    const target = track(await openStore(freshName('same-bytes-target')));
    await restoreBackup(target, await readOk(first.bytes));
    expect((await exported(target)).bytes).toEqual(first.bytes);
  });

  it('includes any table the database has, with its binary values, without being told', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { bytes: file, manifest } = await encodeBackup(
      { schemaVersion: 9, tables: { futureThings: [{ id: 'a', nested: { list: [bytes] } }] } },
      { appVersion: '9.0.0', exportedAt: NOW.toISOString() },
    );
    expect(manifest.tables).toEqual({ futureThings: { rows: 1, files: 1 } });
    const entries = unzipSync(file);
    expect(strFromU8(entries['tables/futureThings.json']!)).toBe(
      '[\n{"id":"a","nested":{"list":[{"$binary":"files/futureThings/000001.bin"}]}}\n]\n',
    );
    expect(entries['files/futureThings/000001.bin']).toEqual(bytes);
  });

  it('refuses to export a value it could not restore exactly, naming where it is', async () => {
    const encode = encodeBackup(
      { schemaVersion: 2, tables: { activities: [{ id: 'a', when: new Date(0) }] } },
      { appVersion: '1', exportedAt: NOW.toISOString() },
    );
    await expect(encode).rejects.toThrow(UnsupportedValueError);
    await expect(encode).rejects.toThrow('activities.[0].when');
  });

  it('keeps keys that start with "$" apart from file references', async () => {
    const rows = fixtureRows();
    rows.activities![0]!.categories = { $binary: 'files/evidence/000001.bin', $$x: 'y' };
    const store = track(await storeWith('dollar', rows));
    const target = track(await openStore(freshName('dollar-target')));
    await restoreBackup(target, await readOk((await exported(store)).bytes));
    expect(await dumpTables(target.db)).toEqual(await dumpTables(store.db));
  });

  it('reports progress per table while reading and per entry while packing', async () => {
    const store = track(await storeWith('progress', fixtureRows()));
    const seen: BackupProgress[] = [];
    await exportBackup(store, { appVersion: '1', now: NOW, onProgress: (p) => seen.push(p) });
    const reads = seen.filter((p) => p.step === 'read');
    expect(reads.map((p) => p.item).filter(Boolean)).toEqual(latestTables());
    const packs = seen.filter((p) => p.step === 'pack');
    // One JSON entry per table and the one evidence file.
    const entries = latestTables().length + 1;
    expect(packs.at(-1)).toMatchObject({ done: entries, total: entries });
  });
});

describe('restoring', () => {
  it('brings back every table, field and evidence byte', async () => {
    const source = track(await storeWith('round-trip', fixtureRows()));
    const target = track(await storeWith('round-trip-target', {}));
    await restoreBackup(target, await readOk((await exported(source)).bytes));
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });

  it('replaces everything: rows that are not in the backup are gone', async () => {
    const backupRows = fixtureRows();
    const source = track(await storeWith('replace', backupRows));
    const other = fixtureRows();
    other.activities!.push({ ...other.activities![0]!, id: 'only-here' });
    other.profile![0]!.name = 'Someone else';
    const target = track(await storeWith('replace-target', other));
    await restoreBackup(target, await readOk((await exported(source)).bytes));
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });

  it('shows a preview: counts, activity dates, files, export time, app version', async () => {
    const store = track(await storeWith('preview', fixtureRows()));
    const { preview } = await readOk((await exported(store)).bytes);
    expect(preview).toEqual({
      exportedAt: NOW.toISOString(),
      appVersion: '0.3.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
      tables: latestTables().map((name) => ({ name, rows: fixtureRows()[name]?.length ?? 0 })),
      records: fixtureRecords(),
      files: 1,
      fileBytes: 4,
      activityDates: { first: '2025-05-10', last: '2025-09-01' },
      profileName: 'Dana Okafor',
    });
  });

  it('takes the rows of an older backup as they are while no later version changes rows', () => {
    // Every release so far only added tables and indexes (or dropped one, v6): an older
    // backup's rows are the latest's, and no scratch database is needed to upgrade them.
    for (const v of schemaVersions.slice(0, -1)) expect(changesRowsAfter(v.version)).toBe(false);
  });

  it('upgrades a backup of an older schema version with the app’s own upgrades', async () => {
    const v1 = { profile: fixtureRows().profile!, settings: fixtureRows().settings! };
    const file = await craftFile({
      ...craftedFrom(v1),
      manifest: { ...craftedFrom(v1).manifest, schemaVersion: 1 },
    });
    const backup = await readOk(file);
    expect(Object.keys(backup.tables).sort()).toEqual(latestTables());
    const target = track(await storeWith('older-schema', fixtureRows()));
    await restoreBackup(target, backup);
    const after = await dumpTables(target.db);
    expect(after.profile).toEqual(v1.profile);
    expect(after.activities).toEqual([]);
  });
});

describe('a restore that cannot finish leaves the old data exactly as it was', () => {
  async function expectUnchanged(target: Store, attempt: () => Promise<unknown>, code: string) {
    const before = await dumpTables(target.db);
    const error = await attempt().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe(code);
    expect(await dumpTables(target.db)).toEqual(before);
  }

  it('when a write fails after other tables were already cleared and refilled', async () => {
    const target = track(await storeWith('interrupted', fixtureRows()));
    const rows: Rows = fixtureRows();
    rows.profile![0]!.name = 'New name';
    // Tables are written in the database's order; evidence comes last and holds a value
    // IndexedDB cannot store, so every other table has been cleared and refilled by then.
    rows.evidence![0]!.broken = () => 1;
    await expectUnchanged(target, () => replaceAllData(target, rows), 'UNKNOWN');
  });

  it('when the disk is full, with the QUOTA code for the message', async () => {
    const target = track(await storeWith('quota', fixtureRows()));
    const other = fixtureRows();
    other.profile![0]!.name = 'New name';
    const backup = await readOk((await exported(track(await storeWith('quota-src', other)))).bytes);
    const proto = IDBObjectStore.prototype;
    const add = proto.add;
    proto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'evidence')
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      return add.apply(this, args);
    };
    try {
      await expectUnchanged(target, () => restoreBackup(target, backup), 'QUOTA');
    } finally {
      proto.add = add;
    }
  });

  it('in read-only mode (a newer app wrote the database): refused before anything', async () => {
    const other = fixtureRows();
    other.profile![0]!.name = 'New name';
    const source = track(await storeWith('ro-src', other));
    const backup = await readOk((await exported(source)).bytes);
    const target = track(await storeWith('ro', fixtureRows()));
    const readOnly: Store = { db: target.db, mode: 'read-only' };
    await expectUnchanged(target, () => restoreBackup(readOnly, backup), 'READ_ONLY');
  });
});

describe('what the backup relies on from the schema and settings', () => {
  it('finds every table’s primary key inside its rows (a backup could not hold outside keys)', () => {
    const stores = storesAt(LATEST_SCHEMA_VERSION);
    expect([...stores.keys()].sort()).toEqual(latestTables());
    for (const spec of stores.values()) expect(primaryKeyPaths(spec).length).toBeGreaterThan(0);
    expect(primaryKeyPaths('++id, date')).toEqual(['id']);
    expect(primaryKeyPaths('[a+b], c')).toEqual(['a', 'b']);
    expect(primaryKeyPaths('')).toEqual([]);
  });

  it('reads an older settings row with the new fields at their defaults', async () => {
    const store = track(
      await storeWith('settings', { settings: [{ id: 'app', theme: 'dark', updatedAt: 'x' }] }),
    );
    expect(await getSettings(store)).toEqual({
      theme: 'dark',
      lastExportAt: null,
      exportReminderDays: 14,
      rotation: { daily: 7, weekly: 4, monthly: 12 },
      lastRunVersion: null,
      reminderLeadDays: 14,
      weekStart: 'monday',
      clock: '24h',
    });
    await expect(setRotation(store, { daily: 0, weekly: 1, monthly: 1 })).rejects.toThrow();
    await expect(setExportReminderDays(store, 400)).rejects.toThrow(RangeError);
    await setExportReminderDays(store, 30);
    expect((await getSettings(store)).exportReminderDays).toBe(30);
  });
});
