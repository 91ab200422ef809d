/**
 * A sample whose filling stopped part-way (the window closed mid-fill) was never filled again:
 * start-up took "has a profile" for "filled", and the profile is the first record written. Now
 * only a sample filled to its end (its loaded row, written last) is kept; a sample filled
 * before that row was kept is told by its goal, the old seeder's last write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import { saveGoal, listGoals } from '../../renderer/src/db/repositories/career';
import { listHeld } from '../../renderer/src/db/repositories/credentials';
import { getProfile } from '../../renderer/src/db/repositories/profile';
import {
  SAMPLE_LOADED_ROW_ID,
  sampleChanges,
} from '../../renderer/src/db/repositories/sample-loaded';
import { fillSample } from '../../renderer/src/features/sample/fill-sample';
import { SAMPLE_NAME, seedSample } from '../../renderer/src/features/sample/seed-sample';
import { dumpTables, freshName } from './helpers';

const today = '2026-11-25';
let store: Store | null = null;
afterEach(async () => {
  store?.db.close();
  store = null;
});

const ownGoal = {
  title: 'Try the goal form',
  kind: 'custom' as const,
  target: {
    type: 'number' as const,
    value: 1,
    unit: 'custom' as const,
    unitLabel: 'talks',
    measure: { source: 'manual' as const, current: 0 },
  },
  startDate: today,
  targetDate: null,
  milestones: [],
  status: 'active' as const,
};

/** Filling started and the window closed once the credit log was being written. */
async function halfFilled(name: string): Promise<Store> {
  const filling = await openStore(name);
  const seeding = seedSample(filling, today);
  while ((await filling.db.table('activities').count()) < 3)
    await new Promise((r) => setTimeout(r, 0));
  filling.db.close();
  await expect(seeding).rejects.toThrow();
  return openStore(name);
}

async function freshSampleDump(): Promise<Record<string, number>> {
  const fresh = await openStore(freshName('sample-whole'));
  await seedSample(fresh, today);
  const dump = await dumpTables(fresh.db);
  fresh.db.close();
  return Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, rows.length]));
}

describe('opening the sample', () => {
  it('fills again, from empty, a sample whose filling stopped part-way', async () => {
    store = await halfFilled(freshName('sample-half'));
    // As the window left it: the profile and part of the credit log, nothing after.
    expect((await getProfile(store))?.name).toBe(SAMPLE_NAME);
    expect(await listGoals(store)).toEqual([]);
    expect(await store.db.table('settings').get(SAMPLE_LOADED_ROW_ID)).toBeUndefined();

    await fillSample(store, today, false);

    // The whole sample, once: nothing written twice, nothing missing.
    const counts = Object.fromEntries(
      Object.entries(await dumpTables(store.db)).map(([t, rows]) => [t, rows.length]),
    );
    expect(counts).toEqual(await freshSampleDump());
    expect((await listHeld(store)).map((h) => h.credentialId).sort()).toEqual(['pmi-pmocp', 'pmp']);
    expect((await listGoals(store)).map((g) => g.title)).toEqual(['Earn the PMI-PMOCP']);
    expect(await sampleChanges(store)).toEqual({ known: true, added: {}, changed: 0 });
  });

  it('keeps a whole sample as the user left it, additions included', async () => {
    store = await openStore(freshName('sample-kept'));
    await seedSample(store, today);
    expect((await saveGoal(store, ownGoal, today)).ok).toBe(true);
    const before = await dumpTables(store.db);

    await fillSample(store, today, false);

    expect(await dumpTables(store.db)).toEqual(before);
    expect(await sampleChanges(store)).toEqual({ known: true, added: { goals: 1 }, changed: 0 });
  });

  it('keeps a whole sample filled before the loaded row was kept (it ends with the goal)', async () => {
    store = await openStore(freshName('sample-older'));
    await seedSample(store, today);
    await store.db.table('settings').delete(SAMPLE_LOADED_ROW_ID);
    const activities = await listActivities(store);
    expect((await saveGoal(store, ownGoal, today)).ok).toBe(true);
    const before = await dumpTables(store.db);

    await fillSample(store, today, false);

    expect(await dumpTables(store.db)).toEqual(before);
    expect(await listActivities(store)).toEqual(activities);
    expect(await sampleChanges(store)).toEqual({ known: false });
  });

  it('fills afresh a sample the user left but that could not be removed then', async () => {
    store = await openStore(freshName('sample-left'));
    await seedSample(store, today);
    expect((await saveGoal(store, ownGoal, today)).ok).toBe(true);

    await fillSample(store, today, true);

    expect((await listGoals(store)).map((g) => g.title)).toEqual(['Earn the PMI-PMOCP']);
    expect(await sampleChanges(store)).toEqual({ known: true, added: {}, changed: 0 });
  });
});
