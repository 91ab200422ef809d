/**
 * Everything that makes backup files passes the backup's own check: the app's export of the
 * sample career (written through the repositories), alone and with an edited ladder, every
 * schema version's fixture database packed as a backup of that version (older ones go through
 * the app's upgrades first), and the report tests' seed file. A check stricter than what the
 * app writes would lock users out of their own backups. (The benchmark's career:
 * bench-dataset.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../renderer/src/db/repositories/career';
import { DERIVED_TABLES, latestTables } from '../../renderer/src/db/schema';
import { seedSample } from '../../renderer/src/features/sample/seed-sample';
import {
  addRequirement,
  addRung,
  defaultLadderPlan,
  newUserRung,
} from '../../shared/catalog/ladder-requirements';
import { seededBackup } from '../e2e/report-seed';
import { schemaFixtures } from '../fixtures/db';
import { craftFile, craftedFrom } from './backup-fixtures';
import { dumpTables, freshName } from './helpers';

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function accepted(bytes: Uint8Array) {
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
  return read.value;
}

describe('backups the app and its tests produce are accepted', () => {
  it('the sample career, exported by the app, restores whole', async () => {
    const source = await openStore(freshName('producer-sample'));
    open.push(source);
    await seedSample(source, '2026-11-22');
    const backup = await accepted((await exportBackup(source, { appVersion: '0.4.0' })).bytes);
    expect(backup.tables.courses).toHaveLength(1);
    expect(backup.tables.interactions).toHaveLength(1);
    const target = await openStore(freshName('producer-sample-target'));
    open.push(target);
    await restoreBackup(target, backup);
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });

  it('an edited ladder, saved by the app, restores whole', async () => {
    const source = await openStore(freshName('producer-ladder'));
    open.push(source);
    await seedSample(source, '2026-11-22');
    const withRung = addRung(defaultLadderPlan(), newUserRung('own-rung', 'PMO Lead'), 2);
    if (!withRung.ok) throw new Error('the rung was refused');
    const edited = addRequirement(withRung.value, 'own-rung', {
      kind: 'custom',
      title: 'Run a PMO health check',
      done: false,
      id: 'own-req',
      priority: 'essential',
      basis: { source: 'user' },
      origin: 'user',
    });
    if (!edited.ok) throw new Error('the requirement was refused');
    expect((await saveLadderPlan(source, edited.value)).ok).toBe(true);
    const backup = await accepted((await exportBackup(source, { appVersion: '0.4.0' })).bytes);
    expect(backup.tables.ladderPlan).toHaveLength(1);
    const target = await openStore(freshName('producer-ladder-target'));
    open.push(target);
    await restoreBackup(target, backup);
    expect(await getLadderPlan(target)).toEqual(await getLadderPlan(source));
  });

  it.each(schemaFixtures.map((f) => [f.version, f] as const))(
    'the v%i fixture database, as a backup of its own version',
    async (version, fixture) => {
      const rows = {
        // A backup never holds derived tables (the cycle ledger).
        ...Object.fromEntries(
          Object.keys(fixture.stores)
            .filter((t) => !DERIVED_TABLES.has(t))
            .map((t) => [t, []]),
        ),
        ...structuredClone(fixture.rows),
      };
      const crafted = craftedFrom(rows);
      const file = await craftFile({
        ...crafted,
        manifest: { ...crafted.manifest, schemaVersion: version },
      });
      const backup = await accepted(file);
      expect(Object.keys(backup.tables).sort()).toEqual(latestTables());
      for (const [table, list] of Object.entries(fixture.rows))
        expect(backup.tables[table], table).toHaveLength(list.length);
    },
  );

  it('the report tests’ seed file', async () => {
    const backup = await accepted(new Uint8Array(await seededBackup()));
    expect(backup.tables.studyPlans).toHaveLength(1);
    expect(backup.tables.studySessions).toHaveLength(4);
    expect(backup.tables.courses).toHaveLength(1);
  });
});
