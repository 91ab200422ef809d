/**
 * What a restore brings back and what it leaves as it is. The file's data and the user's
 * preferences come back; this computer's automatic-backup rotation and the app version last
 * run here stay (the file's would delete backups and take a spurious "before an update" one);
 * "Last exported" stays the user's own last export when the file is an automatic backup; and
 * every restore ends with a fresh ledger token, so another window's figures read before it
 * are refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { ValidBackup } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import { ledgerGeneration, readLedgerState, writeLedger } from '../../renderer/src/db/ledger';
import {
  defaultSettings,
  getSettings,
  recordExport,
  setLastRunVersion,
  setRotation,
} from '../../renderer/src/db/repositories/settings';
import { performRestore } from '../../renderer/src/features/backup/restore-flow';
import { BackupRunner } from '../../renderer/src/features/backup/runner';
import type { ClosedCycle } from '../../shared/domain/credits/ledger';
import { fixtureRows, storeWith } from './backup-fixtures';
import { fakeBackups, fakePlatform } from './backup-fakes';
import { freshName } from './helpers';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

const FILE_ROTATION = { daily: 1, weekly: 0, monthly: 0 };
const OUR_ROTATION = { daily: 10, weekly: 6, monthly: 24 };
const EXPORTED_AT = new Date('2026-11-20T08:00:00.000Z');
const OUR_EXPORT = '2026-11-01T12:00:00.000Z';
const FILE_EXPORT = '2026-10-01T12:00:00.000Z';

/** A file made on another computer (or earlier): its own rotation, version and theme. */
async function otherFile(): Promise<ValidBackup> {
  const rows = fixtureRows();
  rows.profile![0]!.name = 'From the file';
  rows.settings = [
    {
      id: 'app',
      theme: 'light',
      rotation: FILE_ROTATION,
      lastRunVersion: '0.2.0',
      lastExportAt: FILE_EXPORT,
      updatedAt: '2026-10-01T12:00:00.000Z',
    },
  ];
  const source = track(await storeWith('computer-src', rows));
  const { bytes } = await exportBackup(source, { appVersion: '0.2.0', now: EXPORTED_AT });
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  return read.value;
}

/** This computer's database, with records and settings of its own. */
async function ours(): Promise<Store> {
  const store = track(await storeWith('computer-ours', fixtureRows()));
  await setRotation(store, OUR_ROTATION);
  await setLastRunVersion(store, '0.3.0');
  await recordExport(store, OUR_EXPORT);
  return store;
}

const profileName = async (store: Store) => (await store.db.table('profile').toArray())[0]?.name;

describe('a restore on the desktop', () => {
  it('keeps the version last run here: the next start takes no "before an update" backup', async () => {
    const store = await ours();
    const backups = fakeBackups();
    const outcome = await performRestore(store, fakePlatform(backups, '0.3.0'), await otherFile(), {
      downloadCopy: true,
    });
    expect(outcome.ok).toBe(true);
    expect(await profileName(store)).toBe('From the file');
    await new BackupRunner(store, fakePlatform(backups, '0.3.0')).start();
    expect(backups.files.map((f) => f.info.reason)).toEqual(['before-restore', 'start']);
  });

  it('keeps this computer’s rotation: the next automatic backup keeps as many as before', async () => {
    const store = await ours();
    const backups = fakeBackups();
    await performRestore(store, fakePlatform(backups, '0.3.0'), await otherFile(), {
      downloadCopy: true,
    });
    expect((await getSettings(store)).rotation).toEqual(OUR_ROTATION);
    await new BackupRunner(store, fakePlatform(backups, '0.3.0')).start();
    expect(backups.files.map((f) => f.keep)).toEqual([OUR_ROTATION, OUR_ROTATION]);
  });

  it('brings back the file’s own preferences (the theme) with its data', async () => {
    const store = await ours();
    await performRestore(store, fakePlatform(fakeBackups()), await otherFile(), {
      downloadCopy: true,
    });
    expect((await getSettings(store)).theme).toBe('light');
  });

  it('keeps the default rotation when this computer never changed it', async () => {
    const store = track(await storeWith('computer-default', fixtureRows()));
    await setLastRunVersion(store, '0.3.0');
    await restoreBackup(store, await otherFile());
    const settings = await getSettings(store);
    expect(settings.rotation).toEqual(defaultSettings.rotation);
    expect(settings.lastRunVersion).toBe('0.3.0');
  });

  it('into a database without settings (a first start), takes the file’s values', async () => {
    const store = track(await openStore(freshName('computer-empty')));
    await restoreBackup(store, await otherFile());
    const settings = await getSettings(store);
    expect(settings.rotation).toEqual(FILE_ROTATION);
    expect(settings.lastRunVersion).toBe('0.2.0');
  });

  it('keeps them even when the file has no settings row at all', async () => {
    const store = await ours();
    const file = await otherFile();
    await restoreBackup(store, { ...file, tables: { ...file.tables, settings: [] } });
    const settings = await getSettings(store);
    expect(settings.rotation).toEqual(OUR_ROTATION);
    expect(settings.lastRunVersion).toBe('0.3.0');
  });
});

describe('"Last exported" after a restore', () => {
  it('of an automatic backup stays the user’s own last export', async () => {
    const store = await ours();
    await performRestore(store, fakePlatform(fakeBackups()), await otherFile(), {
      downloadCopy: true,
      automatic: true,
    });
    expect(await profileName(store)).toBe('From the file');
    expect((await getSettings(store)).lastExportAt).toBe(OUR_EXPORT);
  });

  it('of a file the user exported is that file’s export time, as before', async () => {
    const store = await ours();
    await performRestore(store, fakePlatform(fakeBackups()), await otherFile(), {
      downloadCopy: true,
    });
    expect((await getSettings(store)).lastExportAt).toBe(EXPORTED_AT.toISOString());
  });
});

describe('the ledger token after a restore', () => {
  const CYCLE: ClosedCycle = {
    heldId: 'held-pmp',
    cycleIndex: 0,
    countTo: '2024-03-13',
    key: '1k-held-pmp-0',
    met: true,
    carryOut: [],
  };

  it('is fresh after every restore: figures another window read before one are refused', async () => {
    const store = await ours();
    const file = await otherFile();
    await restoreBackup(store, file);
    // A window reads the ledger after the first restore…
    const before = await readLedgerState(store);
    // …another window restores again (a second connection: counters of its own)…
    const other = await openStore(store.db.name);
    try {
      await restoreBackup(other, file);
    } finally {
      other.db.close();
    }
    // …and the first window's figures, judged from data since replaced, are not written.
    const generation = ledgerGeneration(store);
    expect(await writeLedger(store, [CYCLE], generation, undefined, [], before.token)).toBe(false);
    expect((await readLedgerState(store)).rows).toEqual([]);
    const after = await readLedgerState(store);
    expect([before.token, after.token]).not.toContain(null);
    expect(after.token).not.toBe(before.token);
  });

  it('is put back even when the file has no activities', async () => {
    const store = await ours();
    const file = await otherFile();
    await restoreBackup(store, { ...file, tables: { ...file.tables, activities: [] } });
    expect((await readLedgerState(store)).token).not.toBeNull();
  });
});
