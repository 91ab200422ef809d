/**
 * Sample-data mode and the user's backups (walkthrough review A1, A2, B15): a backup is never
 * restored into the sample (leaving would take it away), the sample is never exported as if it
 * were a backup, leaving can say what the user added while exploring, and the browser's export
 * reminder waits for records of the user's own.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, hasOwnRecords, readBackupFile } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import { saveGoal } from '../../renderer/src/db/repositories/career';
import { saveContact } from '../../renderer/src/db/repositories/journal-network';
import { saveProfile } from '../../renderer/src/db/repositories/profile';
import { listActivities, saveActivity } from '../../renderer/src/db/repositories/activities';
import { claimNotifications } from '../../renderer/src/db/repositories/study-notified';
import { setTheme } from '../../renderer/src/db/repositories/settings';
import { sampleChanges } from '../../renderer/src/db/repositories/sample-loaded';
import { ExportController } from '../../renderer/src/features/backup/export-controller';
import { performRestore } from '../../renderer/src/features/backup/restore-flow';
import { changesText } from '../../renderer/src/features/sample/messages';
import {
  isSampleStore,
  SAMPLE_DATABASE_NAME,
} from '../../renderer/src/features/sample/sample-mode';
import { seedSample } from '../../renderer/src/features/sample/seed-sample';
import type { DueReminder } from '../../shared/domain/study';
import { fixtureRows, storeWith } from './backup-fixtures';
import { fakeBackups, fakePlatform } from './backup-fakes';
import { dumpTables, freshName } from './helpers';

const TODAY = '2026-11-22';
/** A reminder shown as a notification: the app's bookkeeping, not a record of the user's. */
const shown: DueReminder[] = [
  {
    deadline: { id: 'goal:g1', kind: 'goal', date: TODAY, title: 'A goal' },
    daysLeft: 0,
    overdue: false,
    met: false,
    key: `goal:g1@${TODAY}`,
  },
];
const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(async () => {
  for (const s of open.splice(0)) s.db.close();
  await Dexie.delete(SAMPLE_DATABASE_NAME);
});

async function sampleStore(): Promise<Store> {
  const store = track(await openStore(SAMPLE_DATABASE_NAME));
  await seedSample(store, TODAY);
  return store;
}

const goal = {
  title: 'My own real goal',
  why: '',
  kind: 'custom' as const,
  target: {
    type: 'number' as const,
    value: 3,
    unit: 'custom' as const,
    unitLabel: 'talks',
    measure: { source: 'manual' as const, current: 0 },
  },
  startDate: TODAY,
  targetDate: null,
  milestones: [],
  status: 'active' as const,
};

describe('in sample mode', () => {
  it('knows the sample database from the user’s own', async () => {
    expect(isSampleStore(await sampleStore())).toBe(true);
    expect(isSampleStore(track(await openStore(freshName('own'))))).toBe(false);
  });

  it('refuses to restore a backup into the sample, and changes nothing', async () => {
    const store = await sampleStore();
    const source = track(await storeWith('own-backup', fixtureRows()));
    const read = await readBackupFile((await exportBackup(source, { appVersion: '0.3.0' })).bytes);
    if (!read.ok) throw new Error('the backup was refused');
    const before = await dumpTables(store.db);
    const backups = fakeBackups();
    const outcome = await performRestore(store, fakePlatform(backups), read.value, {
      downloadCopy: true,
    });
    expect(outcome).toEqual({
      ok: false,
      message:
        'Nothing was restored: you are exploring sample data. Leave it first, then restore your backup into your own records.',
    });
    expect(await dumpTables(store.db)).toEqual(before);
    // Not even a safety copy of the sample went among the user's automatic backups.
    expect(backups.files).toEqual([]);
  });

  it('refuses to export the sample as a backup file, saying why', async () => {
    const store = await sampleStore();
    const platform = fakePlatform(null);
    const saved: string[] = [];
    platform.saveFile = async (req) => (
      saved.push(req.suggestedName),
      { saved: true, fileName: req.suggestedName }
    );
    const controller = new ExportController(store, platform);
    await controller.run();
    expect(controller.getState()).toEqual({
      kind: 'failed',
      message:
        'No backup was made: you are exploring sample data, and a file of it could be mistaken for a backup of yours. Leave the sample data first.',
    });
    expect(saved).toEqual([]);
  });

  it('the user’s own database still exports', async () => {
    const store = track(await storeWith('own-export', fixtureRows()));
    const platform = fakePlatform(null);
    const controller = new ExportController(store, platform);
    await controller.run();
    expect(controller.getState()).toMatchObject({ kind: 'saved' });
  });
});

describe('leaving the sample says what goes with it', () => {
  it('nothing added or changed right after the sample is loaded', async () => {
    const changes = await sampleChanges(await sampleStore());
    expect(changes).toEqual({ known: true, added: {}, changed: 0 });
    expect(changesText(changes)).toBe('You have not added or changed anything while exploring.');
  });

  it('counts what the user added, by kind, and the sample records they changed', async () => {
    const store = await sampleStore();
    expect((await saveGoal(store, goal, TODAY)).ok).toBe(true);
    const contact = {
      name: 'Priya Shah',
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'contact' as const,
      since: null,
      until: null,
      notes: '',
    };
    expect((await saveContact(store, contact, TODAY)).ok).toBe(true);
    let changes = await sampleChanges(store);
    expect(changes).toEqual({ known: true, added: { goals: 1, contacts: 1 }, changed: 0 });
    expect(changesText(changes)).toBe(
      'While exploring you added 2 records (Goals: 1, Contacts and mentors: 1). They are removed too.',
    );

    // A sample activity edited; the app's own bookkeeping (settings, reminders shown) is not counted.
    const [first] = await listActivities(store);
    await new Promise((r) => setTimeout(r, 5));
    expect((await saveActivity(store, { ...first!, title: 'Renamed' }, TODAY)).ok).toBe(true);
    await setTheme(store, 'dark');
    await claimNotifications(store, shown, TODAY);
    changes = await sampleChanges(store);
    expect(changes).toEqual({ known: true, added: { goals: 1, contacts: 1 }, changed: 1 });
    expect(changesText(changes)).toBe(
      'While exploring you added 2 records (Goals: 1, Contacts and mentors: 1) and changed 1 sample record. They are removed too.',
    );
  });

  it('one record is “it”; a sample loaded before this was kept gives no count', async () => {
    const store = await sampleStore();
    await saveGoal(store, goal, TODAY);
    expect(changesText(await sampleChanges(store))).toBe(
      'While exploring you added 1 record (Goals: 1). It is removed too.',
    );
    await store.db.table('settings').delete('sample-loaded');
    const unknown = await sampleChanges(store);
    expect(unknown).toEqual({ known: false });
    expect(changesText(unknown)).toBeNull();
  });
});

describe('the browser’s export reminder waits for records of the user’s own', () => {
  it('a profile, settings and reminders shown are not yet; a goal is', async () => {
    const store = track(await openStore(freshName('own-records')));
    const profile = await saveProfile(store, {
      name: 'Ada',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '', tue: '1', wed: '', thu: '', fri: '', sat: '', sun: '' },
    });
    expect(profile.ok).toBe(true);
    await setTheme(store, 'dark');
    await claimNotifications(store, shown, TODAY);
    expect(await store.db.table('notified').count()).toBe(1);
    expect(await hasOwnRecords(store.db)).toBe(false);
    expect((await saveGoal(store, goal, TODAY)).ok).toBe(true);
    expect(await hasOwnRecords(store.db)).toBe(true);
  });
});
