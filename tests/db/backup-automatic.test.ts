import { afterEach, describe, expect, it } from 'vitest';
import {
  backupBefore,
  exportBackup,
  readBackupFile,
  writeAutomaticBackup,
} from '../../renderer/src/db/backup';
import { decodeBackup } from '../../renderer/src/db/backup/decode';
import { restoreBackup } from '../../renderer/src/db/backup/restore';
import { storesAt } from '../../renderer/src/db/backup/tables';
import { openStore, schemaVersionOnDisk, type Store } from '../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';
import {
  getSettings,
  setLastRunVersion,
  setRotation,
} from '../../renderer/src/db/repositories/settings';
import { BackupRunner, runnerFor } from '../../renderer/src/features/backup/runner';
import {
  openStoreWithBackup,
  type AskAfterFailure,
} from '../../renderer/src/features/backup/open-with-backup';
import { performRestore } from '../../renderer/src/features/backup/restore-flow';
import { storageErrorText } from '../../renderer/src/components/storage-messages';
import { fixtureRecords, fixtureRows, storeWith } from './backup-fixtures';
import { fakeBackups, fakePlatform } from './backup-fakes';
import { dumpTables, freshName, writeAtVersion } from './helpers';
import { schemaFixtures } from '../fixtures/db';

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
        'Nothing was restored: a copy of your current data could not be made first. The disk is full.',
    });
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it.each([
    ['no full stop', 'the disk is full', ' the disk is full.'],
    ['no words at all', '  ', ''],
  ])('says a safety backup’s failure with %s as a sentence', async (_case, failure, said) => {
    const store = await withRecords();
    const backups = fakeBackups();
    backups.failWrites = failure;
    const outcome = await performRestore(store, fakePlatform(backups), await backupOf('New'), {
      downloadCopy: true,
    });
    expect(outcome).toEqual({
      ok: false,
      message: `Nothing was restored: a copy of your current data could not be made first.${said}`,
    });
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

describe('start-up with a database of an older schema (desktop)', () => {
  const v3 = schemaFixtures.find((f) => f.version === 3)!;
  const v3Tables = [...storesAt(3).keys()].sort();
  /** The v3 fixture's rows with every v3 table present, as a v3 database holds them. */
  const v3Rows = () => ({ ...Object.fromEntries(v3Tables.map((t) => [t, []])), ...v3.rows });
  const latestEmpty = () => Object.fromEntries(latestTables().map((t) => [t, []]));
  const neverAsked: AskAfterFailure = async () => {
    throw new Error('The user was asked although the backup was written.');
  };

  /** Ascent 0.3.0's database on disk: the v3 fixture. */
  async function v3OnDisk(): Promise<string> {
    const name = freshName('before-upgrade');
    await writeAtVersion(name, 3, v3.stores, v3.rows);
    return name;
  }

  /** Fake backups that note the schema version on disk at the moment each file is written. */
  function watchedBackups(name: string) {
    const backups = fakeBackups();
    const versionsAtWrite: number[] = [];
    const write = backups.write.bind(backups);
    backups.write = async (...args) => {
      versionsAtWrite.push(await schemaVersionOnDisk(name));
      return write(...args);
    };
    return { backups, versionsAtWrite };
  }

  it('backs the v3 data up as it is, at schema 3, before the database is upgraded', async () => {
    const name = await v3OnDisk();
    const { backups, versionsAtWrite } = watchedBackups(name);
    const store = track(
      await openStoreWithBackup(name, fakePlatform(backups, '0.4.0'), neverAsked),
    );

    expect(reasons(backups)).toEqual(['version-change']);
    expect(versionsAtWrite).toEqual([3]);
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
    const decoded = await decodeBackup(backups.files[0]!.content);
    if (!decoded.ok) throw new Error('The backup before the upgrade was refused.');
    expect(decoded.value.manifest.schemaVersion).toBe(3);
    // Only the tables v3 had: none of those the upgrade adds (the journal, the study planner).
    expect(Object.keys(decoded.value.manifest.tables).sort()).toEqual(v3Tables);
    expect(v3Tables).not.toContain('courses');
    expect(decoded.value.snapshot.tables).toEqual(v3Rows());
    expect(backups.marker).toMatchObject({ hasRecords: true, appVersion: '0.4.0' });
  });

  it('gives, once restored into a new database, exactly the data the upgrade gave', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    const store = track(
      await openStoreWithBackup(name, fakePlatform(backups, '0.4.0'), neverAsked),
    );
    const migrated = await dumpTables(store.db);
    expect(migrated).toEqual({ ...latestEmpty(), ...v3.expected(), settings: expect.any(Array) });

    const read = await readBackupFile(backups.files[0]!.content);
    if (!read.ok) throw new Error('The backup before the upgrade was refused.');
    expect(read.value.preview).toMatchObject({ schemaVersion: 3, profileName: 'Dana Okafor' });
    const fresh = track(await openStore(freshName('restored-v3')));
    await restoreBackup(fresh, read.value);
    expect(await dumpTables(fresh.db)).toEqual(migrated);
  });

  it('counts that backup as the start’s: no second copy, the new version recorded', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    const platform = fakePlatform(backups, '0.4.0');
    const store = track(await openStoreWithBackup(name, platform, neverAsked, () => T0));
    expect(await runnerFor(store, platform).start(T0)).toEqual({ kind: 'ok', backupError: null });
    expect(reasons(backups)).toEqual(['version-change']);
    expect((await getSettings(store)).lastRunVersion).toBe('0.4.0');
    // The daily backup counts from that one.
    await runnerFor(store, platform).tick(hours(23.9));
    expect(reasons(backups)).toEqual(['version-change']);
    await runnerFor(store, platform).tick(hours(24));
    expect(reasons(backups)).toEqual(['version-change', 'daily']);

    // The next start has nothing to upgrade and makes its usual one backup.
    store.db.close();
    const again = track(await openStoreWithBackup(name, platform, neverAsked));
    await runnerFor(again, platform).start(T0);
    expect(reasons(backups)).toEqual(['version-change', 'daily', 'start']);
  });

  it('still backs up once when only the app version changed, not the schema', async () => {
    const store = await withRecords();
    await setLastRunVersion(store, '0.4.0');
    const name = store.db.name;
    store.db.close();
    const backups = fakeBackups();
    const platform = fakePlatform(backups, '0.4.1');
    const reopened = track(await openStoreWithBackup(name, platform, neverAsked));
    await runnerFor(reopened, platform).start(T0);
    expect(reasons(backups)).toEqual(['version-change']);
    const read = await readBackupFile(backups.files[0]!.content);
    expect(read.ok && read.value.manifest.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('takes nothing in the browser and upgrades as before', async () => {
    const name = await v3OnDisk();
    const store = track(await openStoreWithBackup(name, fakePlatform(null, '0.4.0'), neverAsked));
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
  });

  it('makes no backup of an old database without records', async () => {
    const name = freshName('before-upgrade-empty');
    await writeAtVersion(name, 3, v3.stores, { settings: v3.rows.settings! });
    const backups = fakeBackups();
    const store = track(
      await openStoreWithBackup(name, fakePlatform(backups, '0.4.0'), neverAsked),
    );
    expect(backups.files).toEqual([]);
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
  });

  it('when the backup cannot be written, upgrades nothing until the user has chosen', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    backups.failWrites = 'No space left on device';
    const asked: { message: string; fromVersion: number; onDisk: number }[] = [];
    let savedCopy: Uint8Array | null = null;
    const ask: AskAfterFailure = async (failure) => {
      asked.push({
        message: failure.message,
        fromVersion: failure.fromVersion,
        onDisk: await schemaVersionOnDisk(name),
      });
      savedCopy = failure.copy?.bytes ?? null;
      if (asked.length === 1) return 'retry';
      backups.failWrites = null; // the user made room
      return 'retry';
    };
    const store = track(await openStoreWithBackup(name, fakePlatform(backups, '0.4.0'), ask));
    expect(asked).toEqual([
      { message: 'No space left on device', fromVersion: 3, onDisk: 3 },
      { message: 'No space left on device', fromVersion: 3, onDisk: 3 },
    ]);
    expect(reasons(backups)).toEqual(['version-change']);
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
    // The copy offered for saving elsewhere is that same pre-upgrade backup.
    const read = await readBackupFile(savedCopy!);
    expect(read.ok && read.value.preview.schemaVersion).toBe(3);
  });

  it('upgrades without a copy only when the user says so, and the runner then reports the failure', async () => {
    const name = await v3OnDisk();
    const backups = fakeBackups();
    backups.failWrites = 'No space left on device';
    const platform = fakePlatform(backups, '0.4.0');
    let asks = 0;
    const store = track(
      await openStoreWithBackup(name, platform, async () => (asks++, 'continue')),
    );
    expect(asks).toBe(1);
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await runnerFor(store, platform).start(T0)).toEqual({
      kind: 'ok',
      backupError: 'No space left on device',
    });
    expect((await getSettings(store)).lastRunVersion).toBeNull();
  });
});
