/**
 * How a PeopleCert certificate is renewed (renewalRoute, shared/domain/credentials/held.ts;
 * domain-facts §3) is part of a held credential's row: it survives export → restore, a backup
 * made before it existed restores as it is (CPD points, as before), and a file with a route
 * the app does not know is refused before anything is written, naming the field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { Store } from '../../renderer/src/db/database';
import { listHeld, saveHeld } from '../../renderer/src/db/repositories/credentials';
import { craftFile, craftedFrom, fixtureRows, storeWith, type Rows } from './backup-fixtures';
import { dumpTables } from './helpers';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function restoredFrom(bytes: Uint8Array, label: string) {
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  const target = track(await storeWith(label, {}));
  await restoreBackup(target, read.value);
  return target;
}

describe('the renewal route in a backup', () => {
  it('is saved on the credential and survives export and restore', async () => {
    const source = track(await storeWith('route-source', fixtureRows()));
    const saved = await saveHeld(
      source,
      {
        credentialId: 'prince2-practitioner',
        stage: 'earned',
        earnedDate: '2024-06-01',
        renewals: [],
        renewalRoute: 'exam',
      },
      '2026-11-21',
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    expect(saved.value.renewalRoute).toBe('exam');
    const { bytes } = await exportBackup(source, { appVersion: '0.3.0' });
    const target = await restoredFrom(bytes, 'route-target');
    const prince2 = (await listHeld(target)).find((h) => h.credentialId === 'prince2-practitioner');
    expect(prince2?.renewalRoute).toBe('exam');
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });

  it('an older backup without it restores, its credentials as they were', async () => {
    const rows = fixtureRows();
    const before = structuredClone(rows.credentials!);
    expect(before.some((r) => 'renewalRoute' in r)).toBe(false);
    const target = await restoredFrom(await craftFile(craftedFrom(rows)), 'route-old');
    expect(await listHeld(target)).toEqual(before);
  });

  it('refuses a route the app does not know, naming the field', async () => {
    const rows: Rows = fixtureRows();
    Object.assign(rows.credentials![0]!, { renewalRoute: 'membership' });
    const read = await readBackupFile(await craftFile(craftedFrom(rows)));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toContainEqual(
      expect.objectContaining({
        code: 'ROW_INVALID',
        table: 'credentials',
        row: 1,
        field: 'renewalRoute',
      }),
    );
  });

  it('refuses to save a route the app does not know', async () => {
    const store = track(await storeWith('route-refused', {}));
    const saved = await saveHeld(
      store,
      {
        credentialId: 'prince2-practitioner',
        stage: 'earned',
        earnedDate: '2024-06-01',
        renewalRoute: 'membership' as 'exam',
      },
      '2026-11-21',
    );
    expect(saved).toEqual({
      ok: false,
      errors: [{ field: 'renewalRoute', code: 'UNKNOWN_VALUE' }],
    });
    expect(await listHeld(store)).toEqual([]);
  });
});
