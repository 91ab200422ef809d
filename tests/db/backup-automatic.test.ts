import { afterEach, describe, expect, it } from 'vitest';
import {
  backupBefore,
  exportBackup,
  readBackupFile,
  writeAutomaticBackup,
} from '../../renderer/src/db/backup';
import type { Store } from '../../renderer/src/db/database';
import {
  getSettings,
  setLastRunVersion,
  setRotation,
} from '../../renderer/src/db/repositories/settings';
import { BackupRunner } from '../../renderer/src/features/backup/runner';
import { performRestore } from '../../renderer/src/features/backup/restore-flow';
import { storageErrorText } from '../../renderer/src/components/storage-messages';
import { fixtureRecords, fixtureRows, storeWith } from './backup-fixtures';
import { fakeBackups, fakePlatform } from './backup-fakes';
import { dumpTables } from './helpers';

const T0 = new Date('2026-11-22T08:00:00.000Z');
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);
const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});
const withRecords = async () => track(await storeWith('auto', fixtureRows()));
const empty = async () => track(await storeWith('auto-empty', {}));
const reasons = (b: ReturnType<typeof fakeBackups>) => b.files.map((f) => f.info.reason);

describe('an automatic backup', () => {
  it('is a complete, valid backup file, kept with the user’s rotation, and marks the records', async () => {
    const store = await withRecords();
    await setRotation(store, { daily: 3, weekly: 2, monthly: 1 });
    const backups = fakeBackups();
    const file = await writeAutomaticBackup(store, backups, 'manual', '0.3.0', T0);
    expect(file?.reason).toBe('manual');
    expect(backups.files[0]!.keep).toEqual({ daily: 3, weekly: 2, monthly: 1 });
    const read = await readBackupFile(backups.files[0]!.content);
    expect(read.ok && read.value.preview.records).toBe(fixtureRecords());
    expect(backups.marker).toEqual({
      hasRecords: true,
      updatedAt: T0.toISOString(),
      appVersion: '0.3.0',
    });
  });

  it('is never made of an empty database (it would push good backups out)', async () => {
    const backups = fakeBackups();
    expect(await writeAutomaticBackup(await empty(), backups, 'daily', '0.3.0')).toBeNull();
    expect(backups.files).toEqual([]);
    expect(backups.marker).toBeNull();
  });
});

describe('backupBefore, for features about to change a lot at once', () => {
  it('writes a backup with the reason on the desktop', async () => {
    const backups = fakeBackups();
    const result = await backupBefore(
      await withRecords(),
      fakePlatform(backups),
      'before-bulk-delete',
    );
    expect(result).toMatchObject({ status: 'written', file: { reason: 'before-bulk-delete' } });
  });

  it('is skipped in the browser and for an empty database', async () => {
    expect(await backupBefore(await withRecords(), fakePlatform(null), 'before-restore')).toEqual({
      status: 'skipped',
      why: 'browser',
    });
    expect(
      await backupBefore(await empty(), fakePlatform(fakeBackups()), 'before-restore'),
    ).toEqual({ status: 'skipped', why: 'no-records' });
  });

  it('reports a failed write instead of throwing, so the caller can stop', async () => {
    const backups = fakeBackups();
    backups.failWrites = 'The disk is full.';
    expect(
      await backupBefore(await withRecords(), fakePlatform(backups), 'before-bulk-delete'),
    ).toEqual({ status: 'failed', message: 'The disk is full.' });
  });
});

describe('start-up', () => {
  it('backs up before a new app version is recorded, then once per start', async () => {
    const store = await withRecords();
    await setLastRunVersion(store, '0.2.0');
    const backups = fakeBackups();
    const first = new BackupRunner(store, fakePlatform(backups, '0.3.0'));
    expect(await first.start(T0)).toEqual({ kind: 'ok', backupError: null });
    expect(await first.start(T0)).toEqual({ kind: 'ok', backupError: null });
    expect(reasons(backups)).toEqual(['version-change']);
    expect((await getSettings(store)).lastRunVersion).toBe('0.3.0');
    await new BackupRunner(store, fakePlatform(backups, '0.3.0')).start(T0);
    expect(reasons(backups)).toEqual(['version-change', 'start']);
  });

  it('keeps the old version recorded when the version-change backup fails, to try again', async () => {
    const store = await withRecords();
    await setLastRunVersion(store, '0.2.0');
    const backups = fakeBackups();
    backups.failWrites = 'No space left on device';
    const result = await new BackupRunner(store, fakePlatform(backups, '0.3.0')).start(T0);
    expect(result).toEqual({ kind: 'ok', backupError: 'No space left on device' });
    expect((await getSettings(store)).lastRunVersion).toBe('0.2.0');
  });

  it('notices a database that vanished, offers the newest backup and writes nothing', async () => {
    const store = await empty();
    const older = {
      fileName: 'a.ascent-backup',
      reason: 'daily' as const,
      createdAt: '2026-11-20T08:00:00.000Z',
      size: 10,
    };
    const newer = { ...older, fileName: 'b.ascent-backup', createdAt: '2026-11-21T08:00:00.000Z' };
    const backups = fakeBackups([older, newer]);
    backups.marker = {
      hasRecords: true,
      updatedAt: '2026-11-21T08:00:00.000Z',
      appVersion: '0.3.0',
    };
    const runner = new BackupRunner(store, fakePlatform(backups));
    expect(await runner.start(T0)).toEqual({ kind: 'vanished', newest: newer });
    expect(await runner.tick(hours(30))).toBeNull();
    expect(backups.files).toHaveLength(2);
    expect(backups.marker.updatedAt).toBe('2026-11-21T08:00:00.000Z');
    expect(await dumpTables(store.db)).toMatchObject({ profile: [], settings: [] });
  });

  it('does nothing in the browser or in read-only mode', async () => {
    const store = await withRecords();
    expect(await new BackupRunner(store, fakePlatform(null)).start(T0)).toEqual({
      kind: 'ok',
      backupError: null,
    });
    const backups = fakeBackups();
    const readOnly: Store = { db: store.db, mode: 'read-only' };
    await new BackupRunner(readOnly, fakePlatform(backups)).start(T0);
    expect(backups.files).toEqual([]);
  });
});

describe('while running', () => {
  it('makes the daily backup 24 hours after the last automatic one', async () => {
    const store = await withRecords();
    const backups = fakeBackups();
    const runner = new BackupRunner(store, fakePlatform(backups));
    await runner.start(T0);
    await runner.tick(hours(23.9));
    expect(reasons(backups)).toEqual(['version-change']);
    await runner.tick(hours(24));
    await runner.tick(hours(25));
    expect(reasons(backups)).toEqual(['version-change', 'daily']);
    await runner.tick(hours(48));
    expect(reasons(backups)).toEqual(['version-change', 'daily', 'daily']);
  });

  it('marks the records once they appear in a database that started empty', async () => {
    const store = await empty();
    const backups = fakeBackups();
    const runner = new BackupRunner(store, fakePlatform(backups));
    await runner.start(T0);
    expect(backups.marker).toBeNull();
    await store.db.table('profile').add(fixtureRows().profile![0]);
    await runner.tick(hours(1));
    expect(backups.marker?.hasRecords).toBe(true);
  });
});

describe('the restore after the user confirmed', () => {
  async function backupOf(name: string) {
    const rows = fixtureRows();
    rows.profile![0]!.name = name;
    const source = track(await storeWith('flow-src', rows));
    const read = await readBackupFile((await exportBackup(source, { appVersion: '0.3.0' })).bytes);
    if (!read.ok) throw new Error('refused');
    return read.value;
  }
  const profileName = async (store: Store) => (await store.db.table('profile').toArray())[0]?.name;

  it('replaces nothing on the desktop when the safety backup cannot be written', async () => {
    const store = await withRecords();
    const backups = fakeBackups();
    backups.failWrites = 'The disk is full.';
    const before = await dumpTables(store.db);
    const outcome = await performRestore(store, fakePlatform(backups), await backupOf('New'), {
      downloadCopy: true,
    });
    expect(outcome).toEqual({
      ok: false,
      message:
        'Nothing was restored: a copy of your current data could not be made first (The disk is full.).',
    });
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('in the browser, downloads a copy of the current data first unless the user declined', async () => {
    const store = await withRecords();
    const platform = fakePlatform(null);
    const saves: Uint8Array[] = [];
    platform.saveFile = async (req) => (
      saves.push(req.content as Uint8Array),
      { saved: true, fileName: req.suggestedName }
    );
    const outcome = await performRestore(store, platform, await backupOf('New'), {
      downloadCopy: true,
    });
    expect(outcome).toMatchObject({
      ok: true,
      safety: {
        kind: 'downloaded',
        fileName: expect.stringMatching(/^ascent-before-restore-.*\.ascent-backup$/),
      },
    });
    const copy = await readBackupFile(saves[0]!);
    expect(copy.ok && copy.value.preview.profileName).toBe('Dana Okafor');
    expect(await profileName(store)).toBe('New');
    await performRestore(store, platform, await backupOf('Newer'), { downloadCopy: false });
    expect(saves).toHaveLength(1);
    expect(await profileName(store)).toBe('Newer');
  });

  it('refuses in read-only mode with the read-only message', async () => {
    const store = await withRecords();
    const readOnly: Store = { db: store.db, mode: 'read-only' };
    const outcome = await performRestore(
      readOnly,
      fakePlatform(fakeBackups()),
      await backupOf('New'),
      { downloadCopy: true },
    );
    expect(outcome).toEqual({ ok: false, message: storageErrorText('READ_ONLY') });
    expect(await profileName(store)).toBe('Dana Okafor');
  });
});
