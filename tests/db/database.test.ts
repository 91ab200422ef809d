import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openStore, type Store } from '../../renderer/src/db/database';
import { StorageError } from '../../renderer/src/db/errors';
import { getProfile, saveProfile } from '../../renderer/src/db/repositories/profile';
import { LATEST_SCHEMA_VERSION, latestTables, schemaVersions } from '../../renderer/src/db/schema';
import { getStoreStatus } from '../../renderer/src/db/status';
import { schemaFixtures } from '../fixtures/db';
import { dumpTables, freshName, writeAtVersion } from './helpers';

const open: Dexie[] = [];
const track = <T extends Store>(s: T) => (open.push(s.db), s);
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('the database', () => {
  it('asks for strict durability on every write transaction', () => {
    const db = createDatabase(freshName('durability'));
    expect(
      (db as unknown as { _options: { chromeTransactionDurability: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict');
  });

  it('lists the latest tables', () => {
    expect(latestTables()).toEqual([
      'activities',
      'attachments',
      'contactHours',
      'contacts',
      'courses',
      'credentials',
      'customCredentials',
      'degrees',
      'eventSessions',
      'events',
      'evidence',
      'goals',
      'interactions',
      'ladderPlan',
      'media',
      'memberships',
      'notified',
      'profile',
      'roles',
      'settings',
      'skillAssessments',
      'studyBlocks',
      'studyPlans',
      'studySessions',
      'timer',
    ]);
  });
});

describe('migrations: a fixture at every schema version opens at the latest, field by field', () => {
  it('has a fixture for every released schema version', () => {
    expect(schemaFixtures.map((f) => f.version)).toEqual(schemaVersions.map((v) => v.version));
  });

  it.each(schemaFixtures.map((f) => [f.version, f] as const))('from v%i', async (_v, fixture) => {
    const name = freshName(`migrate-v${fixture.version}`);
    await writeAtVersion(name, fixture.version, fixture.stores, fixture.rows);
    const store = track(await openStore(name));
    expect(store.mode).toBe('read-write');
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
    // Tables the fixture's version did not have open empty; every row it had is kept as it is.
    const empty = Object.fromEntries(latestTables().map((t) => [t, []]));
    expect(await dumpTables(store.db)).toEqual({ ...empty, ...fixture.expected() });
  });
});

describe('a database written by a newer Ascent', () => {
  it('opens read-only, shows what is there and refuses every write', async () => {
    const name = freshName('newer');
    const fixture = schemaFixtures[0]!;
    await writeAtVersion(
      name,
      LATEST_SCHEMA_VERSION + 1,
      { ...fixture.stores, futureThings: 'id' },
      fixture.rows,
    );

    const store = track(await openStore(name));
    expect(store.mode).toBe('read-only');
    // Nothing about the newer database was changed: same version, none of our tables added.
    expect(store.db.backendDB().version).toBe((LATEST_SCHEMA_VERSION + 1) * 10);
    expect(store.db.tables.map((t) => t.name).sort()).toEqual([
      'futureThings',
      'profile',
      'settings',
    ]);
    expect(getStoreStatus()).toEqual({ kind: 'newer-version', version: LATEST_SCHEMA_VERSION + 1 });
    expect((await getProfile(store))?.name).toBe('Dana Okafor');

    const before = await dumpTables(store.db);
    await expect(
      saveProfile(store, {
        name: 'Changed',
        currentRung: 'pmo-analyst',
        targetRung: 'pmo-analyst',
        education: 'bachelor',
        gacAccredited: false,
        weeklyAvailability: {
          mon: '0',
          tue: '0',
          wed: '0',
          thu: '0',
          fri: '0',
          sat: '0',
          sun: '0',
        },
      }),
    ).rejects.toMatchObject({ code: 'READ_ONLY' } satisfies Partial<StorageError>);
    expect(await dumpTables(store.db)).toEqual(before);
  });
});

describe('other windows', () => {
  it('steps aside when another window upgrades the database', async () => {
    const name = freshName('versionchange');
    const store = track(await openStore(name));
    const newer = new Dexie(name);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ profile: 'id', settings: 'id', more: 'id' });
    await newer.open();
    expect(getStoreStatus()).toEqual({ kind: 'closed-by-upgrade' });
    expect(store.db.isOpen()).toBe(false);
    newer.close();
  });

  it('says the data was removed, not updated, when another window deletes the database', async () => {
    // Leaving the sample in one window deletes the sample database under the others.
    const name = freshName('deleted-elsewhere');
    const store = track(await openStore(name));
    await Dexie.delete(name);
    expect(getStoreStatus()).toEqual({ kind: 'deleted-elsewhere' });
    expect(store.db.isOpen()).toBe(false);
  });

  it('says it is waiting when an old connection blocks the upgrade, then opens', async () => {
    const name = freshName('blocked');
    // An old connection that never closes on request (as a hung window would).
    const old: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const opening = openStore(name);
    await new Promise((r) => setTimeout(r, 50));
    expect(getStoreStatus()).toEqual({ kind: 'blocked' });
    old.close();
    const store = track(await opening);
    expect(store.mode).toBe('read-write');
    expect(getStoreStatus()).toEqual({ kind: 'ready' });
  });
});
