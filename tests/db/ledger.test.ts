/**
 * The cycle ledger (renderer/src/db/ledger.ts): a derived table whose rows are trusted only
 * while the activities they were judged from are unchanged. Every write to the credit log,
 * whichever path makes it, drops the rows whose counting window ends on or after the
 * earliest date the write touches; a backup never carries the ledger.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { storesAt } from '../../renderer/src/db/backup/tables';
import { openStore, openWithoutSchema, type Store } from '../../renderer/src/db/database';
import {
  LEDGER_TABLE,
  currentRow,
  ledgerGeneration,
  ledgerParts,
  ledgerRow,
  readLedger,
  readLedgerState,
  writeLedger,
  type LedgerRow,
} from '../../renderer/src/db/ledger';
import {
  deleteActivity,
  restoreActivity,
  saveActivity,
  type ActivityRow,
} from '../../renderer/src/db/repositories/activities';
import { importActivities } from '../../renderer/src/db/repositories/import';
import { writeTransaction } from '../../renderer/src/db/repositories/write';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import type { Activity, CycleEvaluation } from '../../shared/domain/credits';
import type { ClosedCycle } from '../../shared/domain/credits/ledger';
import { fixtureRows, storeWith } from './backup-fixtures';
import { freshName, writeAtVersion } from './helpers';

const asOf = '2026-11-22';
const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

/** A closed cycle as the summary works it out: met, with what it carried over. */
const cycle = (heldId: string, cycleIndex: number, countTo: string): ClosedCycle => ({
  heldId,
  cycleIndex,
  countTo,
  key: `1k-${heldId}-${cycleIndex}`,
  met: true,
  carryOut: [
    { activityId: `act-${countTo}`, date: countTo, bucket: 'waysOfWorking', quarters: 20 },
  ],
});

/** Two held credentials, three closed cycles each, interleaved in time. */
const CYCLES: ClosedCycle[] = [
  cycle('held-pmp', 0, '2024-03-13'),
  cycle('held-capm', 0, '2024-09-30'),
  cycle('held-pmp', 1, '2025-03-13'),
  cycle('held-capm', 1, '2025-09-30'),
  cycle('held-pmp', 2, '2026-03-13'),
  cycle('held-capm', 2, '2026-09-30'),
];

/** The seeded rows whose counting window ends strictly before `day`: what must survive. */
const endingBefore = (day: string): LedgerRow[] =>
  CYCLES.filter((c) => c.countTo < day).map(ledgerRow);

const course = (date: string): Omit<Activity, 'id'> => ({
  date,
  title: 'Agile estimation course',
  provider: 'Training Co',
  type: 'course-or-training',
  amount: 10,
  unit: 'hours',
  split: { waysOfWorking: 6, powerSkills: 2, businessAcumen: 2 },
  status: 'earned',
});

/** A row as the credit log stores it, for writes made straight through the table. */
const activityRow = (id: string, date: string): ActivityRow => {
  const now = new Date().toISOString();
  return { ...course(date), id, createdAt: now, updatedAt: now };
};

async function freshStore(label: string): Promise<Store> {
  return track(await openStore(freshName(`ledger-${label}`)));
}

/** Puts the seeded rows straight into the ledger (a write that touches no activity). */
async function seedLedger(store: Store): Promise<void> {
  await store.db.table<LedgerRow, string>(LEDGER_TABLE).bulkPut(CYCLES.map(ledgerRow));
  expect(await readLedger(store)).toHaveLength(CYCLES.length);
}

async function saved(store: Store, input: Omit<Activity, 'id'> & { id?: string }) {
  const result = await saveActivity(store, input, asOf);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const ledgerIds = async (store: Store) => (await readLedger(store)).map((r) => r.id);

describe('saving an activity', () => {
  it.each([
    ['on the last day of a counting window', '2025-03-13'],
    ['between two windows', '2025-05-10'],
    ['before every window', '2023-12-01'],
    ['after every window', '2026-10-01'],
  ])('dated %s drops the rows ending on or after it and keeps the earlier ones', async (_, day) => {
    const store = await freshStore('save');
    await seedLedger(store);
    await saved(store, course(day));
    expect(await readLedger(store)).toEqual(endingBefore(day));
  });

  it('keeps exactly the two cycles that closed before a new activity on 13 Mar 2025', async () => {
    const store = await freshStore('save-ids');
    await seedLedger(store);
    await saved(store, course('2025-03-13'));
    expect(await ledgerIds(store)).toEqual(['2024-03-13|held-pmp|0', '2024-09-30|held-capm|0']);
  });

  it('imported from a spreadsheet drops from the earliest imported date', async () => {
    const store = await freshStore('import');
    await seedLedger(store);
    const result = await importActivities(
      store,
      [course('2026-01-20'), course('2025-04-02'), course('2026-06-01')],
      asOf,
    );
    expect(result.ok).toBe(true);
    expect(await readLedger(store)).toEqual(endingBefore('2025-04-02'));
  });

  it('that is refused as invalid drops nothing', async () => {
    const store = await freshStore('save-invalid');
    await seedLedger(store);
    const result = await saveActivity(store, { ...course('2024-01-05'), amount: -3 }, asOf);
    expect(result.ok).toBe(false);
    expect(await readLedger(store)).toEqual(CYCLES.map(ledgerRow));
  });
});

describe('editing an activity', () => {
  it('moving it later drops from its old date', async () => {
    const store = await freshStore('edit-later');
    const first = await saved(store, course('2024-10-15'));
    await seedLedger(store);
    await saved(store, { ...course('2025-10-15'), id: first.id });
    expect(await readLedger(store)).toEqual(endingBefore('2024-10-15'));
    expect(await ledgerIds(store)).toEqual(['2024-03-13|held-pmp|0', '2024-09-30|held-capm|0']);
  });

  it('moving it earlier drops from its new date', async () => {
    const store = await freshStore('edit-earlier');
    const first = await saved(store, course('2025-10-15'));
    await seedLedger(store);
    await saved(store, { ...course('2024-03-13'), id: first.id });
    expect(await readLedger(store)).toEqual(endingBefore('2024-03-13'));
    expect(await readLedger(store)).toEqual([]);
  });

  it('changing only its hours drops from its date', async () => {
    const store = await freshStore('edit-hours');
    const first = await saved(store, course('2025-09-30'));
    await seedLedger(store);
    await saved(store, { ...course('2025-09-30'), id: first.id, amount: 4, split: null });
    expect(await readLedger(store)).toEqual(endingBefore('2025-09-30'));
  });
});

describe('deleting an activity', () => {
  it('drops from its date, and undoing the delete drops again from that date', async () => {
    const store = await freshStore('delete');
    const first = await saved(store, course('2025-04-01'));
    await seedLedger(store);
    const removed = await deleteActivity(store, first.id);
    expect(removed?.activity.id).toBe(first.id);
    expect(await readLedger(store)).toEqual(endingBefore('2025-04-01'));

    await seedLedger(store);
    await restoreActivity(store, removed!);
    expect(await readLedger(store)).toEqual(endingBefore('2025-04-01'));
  });

  it('of an id that does not exist drops nothing', async () => {
    const store = await freshStore('delete-missing');
    await saved(store, course('2024-01-10'));
    await seedLedger(store);
    expect(await deleteActivity(store, 'no-such-activity')).toBeUndefined();
    // The same through the table itself, so the delete reaches the database.
    await writeTransaction(store, ['activities'], () =>
      store.db.table<ActivityRow, string>('activities').bulkDelete(['no-such-activity', 'gone']),
    );
    expect(await readLedger(store)).toEqual(CYCLES.map(ledgerRow));
  });

  it('clearing the whole credit log drops every row', async () => {
    const store = await freshStore('clear');
    await saved(store, course('2026-10-01'));
    await seedLedger(store);
    await writeTransaction(store, ['activities'], async () => {
      await store.db.table('activities').clear();
    });
    expect(await store.db.table('activities').count()).toBe(0);
    expect(await readLedger(store)).toEqual([]);
  });
});

describe('a write to the credit log from a plain (not async) function', () => {
  it('adding inside writeTransaction is written and drops from its date', async () => {
    const store = await freshStore('plain-add');
    await seedLedger(store);
    await writeTransaction(store, ['activities'], () =>
      store.db.table<ActivityRow, string>('activities').add(activityRow('plain-1', '2025-05-10')),
    );
    expect(await store.db.table('activities').count()).toBe(1);
    expect(await readLedger(store)).toEqual(endingBefore('2025-05-10'));
  });

  it('clearing inside writeTransaction empties the log and the ledger', async () => {
    const store = await freshStore('plain-clear');
    await saved(store, course('2026-10-01'));
    await seedLedger(store);
    await writeTransaction(store, ['activities'], () => store.db.table('activities').clear());
    expect(await store.db.table('activities').count()).toBe(0);
    expect(await readLedger(store)).toEqual([]);
  });
});

describe('backups', () => {
  it('restoring a backup leaves the ledger empty', async () => {
    const source = track(await storeWith('ledger-backup-source', fixtureRows()));
    const read = await readBackupFile((await exportBackup(source, { appVersion: '0.5.0' })).bytes);
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);

    const target = await freshStore('restore');
    await saved(target, course('2023-05-01'));
    await seedLedger(target);
    await restoreBackup(target, read.value);
    expect(await readLedger(target)).toEqual([]);
    expect(await target.db.table('activities').count()).toBe(fixtureRows().activities!.length);
  });

  it('replacing all data with no activities at all still leaves the ledger empty', async () => {
    const store = await freshStore('replace-empty');
    await seedLedger(store);
    await replaceAllData(store, { settings: fixtureRows().settings! });
    expect(await readLedger(store)).toEqual([]);
  });

  it('an exported backup has no ledger table even when the ledger holds rows', async () => {
    const store = track(await storeWith('ledger-export', fixtureRows()));
    await seedLedger(store);
    const exported = await exportBackup(store, { appVersion: '0.5.0' });
    const entries = Object.keys(unzipSync(exported.bytes));
    expect(entries).toContain('tables/activities.json');
    expect(entries.filter((e) => e.toLowerCase().includes('ledger'))).toEqual([]);
    expect(Object.keys(exported.manifest.tables)).not.toContain(LEDGER_TABLE);
    expect(strFromU8(unzipSync(exported.bytes)['manifest.json']!)).not.toContain(LEDGER_TABLE);

    const read = await readBackupFile(exported.bytes);
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    expect(Object.keys(read.value.tables)).not.toContain(LEDGER_TABLE);
    // Exporting read the ledger without touching it.
    expect(await readLedger(store)).toEqual(CYCLES.map(ledgerRow));
  });
});

describe('a write to the credit log outside writeTransaction', () => {
  it('empties the whole ledger once it has completed', async () => {
    const store = await freshStore('direct');
    await seedLedger(store);
    // Dated after every window: only the "drop everything" rule can remove the rows.
    await store.db
      .table<ActivityRow, string>('activities')
      .put(activityRow('direct-1', '2026-10-05'));
    await vi.waitFor(
      async () => {
        expect(await readLedger(store)).toEqual([]);
      },
      { timeout: 2000, interval: 20 },
    );
    expect(await store.db.table('activities').count()).toBe(1);
  });

  it('in a transaction of its own that does not hold the ledger, empties it too', async () => {
    const store = await freshStore('direct-tx');
    const first = await saved(store, course('2026-10-05'));
    await seedLedger(store);
    await store.db.transaction('rw', 'activities', async () => {
      await store.db.table('activities').delete(first.id);
    });
    await vi.waitFor(
      async () => {
        expect(await readLedger(store)).toEqual([]);
      },
      { timeout: 2000, interval: 20 },
    );
  });

  it('adding a new activity is written, then empties the ledger', async () => {
    const store = await freshStore('direct-add');
    await seedLedger(store);
    await store.db
      .table<ActivityRow, string>('activities')
      .add(activityRow('direct-3', '2026-10-05'));
    expect(await store.db.table('activities').count()).toBe(1);
    await vi.waitFor(
      async () => {
        expect(await readLedger(store)).toEqual([]);
      },
      { timeout: 2000, interval: 20 },
    );
  });
});

describe('writeLedger', () => {
  it('writes the rows and says so when the credit log is unchanged since the read', async () => {
    const store = await freshStore('write-ok');
    await saved(store, course('2024-01-10'));
    const generation = ledgerGeneration(store);
    expect(await writeLedger(store, CYCLES, generation)).toBe(true);
    expect(await readLedger(store)).toEqual(CYCLES.map(ledgerRow));
  });

  it('refuses and writes nothing when an activity was saved after the read', async () => {
    const store = await freshStore('write-stale-save');
    const generation = ledgerGeneration(store);
    await saved(store, course('2025-05-10'));
    expect(await writeLedger(store, CYCLES, generation)).toBe(false);
    expect(await readLedger(store)).toEqual([]);
  });

  it('refuses rows read before a save made by another window (the stored token moved on)', async () => {
    const store = await freshStore('write-other-window');
    await saved(store, course('2024-01-10'));
    const before = await readLedgerState(store);
    expect(before.token).not.toBeNull();
    // Another window's save: a second connection, with its own counters in memory.
    const other = await openStore(store.db.name);
    try {
      await saved(other, course('2025-05-10'));
    } finally {
      other.db.close();
    }
    const after = await readLedgerState(store);
    expect(after.token).not.toBe(before.token);
    // This window's counter did not move; the token says the rows are stale.
    const generation = ledgerGeneration(store);
    expect(await writeLedger(store, CYCLES, generation, undefined, [], before.token)).toBe(false);
    expect(await readLedger(store)).toEqual([]);
    expect(await writeLedger(store, CYCLES, generation, undefined, [], after.token)).toBe(true);
    expect(await readLedger(store)).toEqual(CYCLES.map(ledgerRow));
  });

  it('refuses when an edit was already under way as the rows were judged (it drops them after)', async () => {
    const store = await freshStore('write-race');
    const first = await saved(store, course('2025-01-10'));
    const generation = ledgerGeneration(store);
    // The edit starts (it reads the old row first) and is not awaited: the ledger write is
    // made while it waits, and must not put back what the edit is about to make stale.
    const edit = saveActivity(
      store,
      { ...course('2025-01-10'), id: first.id, title: 'Agile estimation, day two' },
      asOf,
    );
    const written = writeLedger(store, CYCLES, generation);
    expect((await edit).ok).toBe(true);
    expect(await written).toBe(false);
    expect(await readLedger(store)).toEqual([]);
  });

  it('keeps one figure per current cycle and never puts an earlier day’s over a later one', async () => {
    const store = await freshStore('write-current');
    const evaluation = { counted: { total: 12 } } as unknown as CycleEvaluation;
    const row = (day: string) =>
      currentRow({ heldId: 'held-pmp', countTo: '2027-03-13', key: 'k', asOf: day, evaluation });
    expect(
      await writeLedger(store, [], ledgerGeneration(store), undefined, [row('2026-11-22')]),
    ).toBe(true);
    expect(
      await writeLedger(store, [], ledgerGeneration(store), undefined, [row('2026-11-21')]),
    ).toBe(true);
    const kept = ledgerParts(await readLedger(store)).current;
    expect(kept.map((r) => r.asOf)).toEqual(['2026-11-22']);
    expect(
      await writeLedger(store, [], ledgerGeneration(store), undefined, [row('2026-11-23')]),
    ).toBe(true);
    expect(ledgerParts(await readLedger(store)).current.map((r) => r.asOf)).toEqual(['2026-11-23']);
  });

  it('refuses and writes nothing when an activity was deleted after the read', async () => {
    const store = await freshStore('write-stale-delete');
    const first = await saved(store, course('2025-05-10'));
    const generation = ledgerGeneration(store);
    await deleteActivity(store, first.id);
    expect(await writeLedger(store, CYCLES, generation)).toBe(false);
    expect(await readLedger(store)).toEqual([]);
  });

  it('refuses and writes nothing when the credit log was written directly after the read', async () => {
    const store = await freshStore('write-stale-direct');
    const generation = ledgerGeneration(store);
    await store.db
      .table<ActivityRow, string>('activities')
      .put(activityRow('direct-2', '2025-05-10'));
    expect(await writeLedger(store, CYCLES, generation)).toBe(false);
    // Give the after-completion clearing its turn, then check nothing was written.
    await vi.waitFor(async () => expect(await readLedger(store)).toEqual([]), {
      timeout: 2000,
      interval: 20,
    });
  });

  it('in read-only mode (a newer Ascent wrote the database) writes nothing', async () => {
    const name = freshName('ledger-newer');
    const kept = [cycle('held-pmp', 0, '2024-03-13')].map(ledgerRow);
    await writeAtVersion(
      name,
      LATEST_SCHEMA_VERSION + 1,
      { ...Object.fromEntries(storesAt(LATEST_SCHEMA_VERSION)), [LEDGER_TABLE]: 'id', later: 'id' },
      { [LEDGER_TABLE]: kept.map((r) => ({ ...r })) },
    );
    const store = track(await openStore(name));
    expect(store.mode).toBe('read-only');

    expect(await writeLedger(store, CYCLES, ledgerGeneration(store))).toBe(false);
    expect(await readLedger(store)).toEqual(kept);
    const again = await openWithoutSchema(name);
    try {
      expect(await again.table(LEDGER_TABLE).toArray()).toEqual(kept);
    } finally {
      again.close();
    }
  });

  it('in read-only mode over our own schema writes nothing either', async () => {
    const store = await freshStore('read-only');
    const readOnly: Store = { db: store.db, mode: 'read-only' };
    expect(await writeLedger(readOnly, CYCLES, ledgerGeneration(readOnly))).toBe(false);
    expect(await readLedger(store)).toEqual([]);
  });
});
