import { afterEach, describe, expect, it } from 'vitest';
import { deleteStore, openStore, type Store } from '../../renderer/src/db/database';
import { DATABASE_NAME } from '../../renderer/src/db/schema';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import { listHeld, withRules } from '../../renderer/src/db/repositories/credentials';
import { listGoals, listRoles } from '../../renderer/src/db/repositories/career';
import { getProfile } from '../../renderer/src/db/repositories/profile';
import { SAMPLE_NAME, seedSample } from '../../renderer/src/features/sample/seed-sample';
import { evaluateCurrentCycle } from '../../shared/domain/credits';
import { freshName } from './helpers';

let store: Store | null = null;
afterEach(() => store?.db.close());

describe('the sample career', () => {
  it.each(['2026-11-22', '2028-02-29', '2027-01-01'])(
    'is written whole through the repositories on %s, with nothing in the future',
    async (today) => {
      store = await openStore(freshName('sample'));
      await seedSample(store, today);
      expect((await getProfile(store))?.name).toBe(SAMPLE_NAME);
      const held = await listHeld(store);
      expect(held.map((h) => h.credentialId).sort()).toEqual(['pmi-pmocp', 'pmp']);
      const activities = await listActivities(store);
      expect(activities.length).toBeGreaterThanOrEqual(10);
      expect(activities.every((a) => a.date <= today)).toBe(true);
      expect((await listRoles(store)).filter((r) => r.end === null)).toHaveLength(1);
      expect(await listGoals(store)).toHaveLength(1);
      expect(await store.db.table('courses').count()).toBe(1);
      expect(await store.db.table('eventSessions').count()).toBe(2);
      const [interaction] = await store.db.table('interactions').toArray();
      expect(interaction.followUp > today).toBe(true);
      expect(await store.db.table('memberships').count()).toBe(1);

      // The PMP's current cycle has earned credit to show.
      const pmp = withRules(held, []).find((h) => h.credential.credentialId === 'pmp')!;
      const cycle = evaluateCurrentCycle(pmp.rule, pmp.credential, activities, today);
      expect(cycle?.counted.total ?? 0).toBeGreaterThan(20);
    },
  );

  it('refuses to delete the user’s own database', async () => {
    await expect(deleteStore(DATABASE_NAME)).rejects.toThrow(/never deleted/);
  });
});
