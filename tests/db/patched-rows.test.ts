/**
 * Issue 9: the credit log kept in memory and patched from each committed write
 * (renderer/src/db/patched-rows.ts), over a real (fake) IndexedDB, with the options the
 * credit hooks use (credit-hooks.ts). After every kind of write the list a user is shown
 * equals the list a fresh read gives, in the same order; a small write reads back only the
 * rows it wrote, and a write that names a range reads the table again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { newestFirst } from '../../renderer/src/db/credit-hooks';
import { openStore, type Store } from '../../renderer/src/db/database';
import { patchedRows } from '../../renderer/src/db/patched-rows';
import {
  deleteActivity,
  listActivities,
  restoreActivity,
  saveActivity,
  type ActivityRow,
} from '../../renderer/src/db/repositories/activities';
import { setTheme } from '../../renderer/src/db/repositories/settings';
import type { Activity } from '../../shared/domain/credits';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const WAIT_MS = 3_000;

const open: Store[] = [];
const subscriptions: { unsubscribe(): void }[] = [];
afterEach(() => {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  for (const s of open.splice(0)) s.db.close();
  vi.restoreAllMocks();
});

/** A valid credit entry (8 hours of training) on `date`. */
function entry(date: string, title: string, id?: string): Omit<Activity, 'id'> & { id?: string } {
  return {
    ...(id ? { id } : {}),
    date,
    title,
    type: 'course-or-training',
    amount: 8,
    unit: 'hours',
    split: { waysOfWorking: 2, powerSkills: 4, businessAcumen: 2 },
    status: 'earned',
  };
}

/** A stored row, as a restore or an import would write it. */
function row(id: string, date: string): ActivityRow {
  return {
    ...entry(date, `Entry ${id}`),
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** Twelve entries over a few dates, some sharing a date (ties ordered by id). */
const seedRows = (): ActivityRow[] =>
  ['2025-03-01', '2024-07-15', '2025-03-01', '2023-01-20', '2026-02-02', '2024-07-15'].flatMap(
    (date, i) => [row(`seed-${i}-a`, date), row(`seed-${i}-b`, date)],
  );

async function seededStore(label: string): Promise<Store> {
  const store = await openStore(freshName(`patched-${label}`));
  open.push(store);
  await store.db.table('activities').bulkPut(seedRows());
  return store;
}

async function save(store: Store, input: ReturnType<typeof entry>): Promise<ActivityRow> {
  const saved = await saveActivity(store, input, asOf);
  if (!saved.ok) throw new Error(`entry not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value;
}

const ids = (rows: readonly ActivityRow[]) => rows.map((r) => r.id);

interface Watch {
  /** Every list emitted so far, oldest first. */
  emissions: ActivityRow[][];
  errors: unknown[];
  /** How many times the whole table was read. */
  reads(): number;
  /** The first list emitted from index `from` on that passes `test`; fails after a timeout. */
  emission(
    what: string,
    test?: (rows: ActivityRow[]) => boolean,
    from?: number,
  ): Promise<ActivityRow[]>;
  unsubscribe(): void;
}

/** Subscribes to the activities as creditSource does, counting whole-table reads. */
function watch(store: Store, readAll = () => listActivities(store)): Watch {
  const emissions: ActivityRow[][] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  let reads = 0;
  const sub = patchedRows<ActivityRow>({
    db: store.db,
    table: 'activities',
    readAll: () => {
      reads += 1;
      return readAll();
    },
    keyOf: (a) => a.id,
    listed: (a) => typeof a.date === 'string',
    order: newestFirst,
  }).subscribe({
    next: (rows) => {
      emissions.push(rows);
      waiters.forEach((w) => w());
    },
    error: (e) => {
      errors.push(e);
      waiters.forEach((w) => w());
    },
  });
  subscriptions.push(sub);
  return {
    emissions,
    errors,
    reads: () => reads,
    unsubscribe: () => sub.unsubscribe(),
    emission(what, test = () => true, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (errors.length > 0) return done(() => reject(errors[0] as Error));
          const found = emissions.slice(from).find(test);
          if (found) done(() => resolve(found));
        };
        const timer = setTimeout(
          () =>
            done(() =>
              reject(
                new Error(
                  `No list ${what} within ${WAIT_MS} ms (${emissions.length} emitted, ` +
                    `${emissions.length - from} since the write).`,
                ),
              ),
            ),
          WAIT_MS,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Runs `write`, then returns the next list emitted after it. */
async function after(w: Watch, what: string, write: () => Promise<unknown>) {
  const from = w.emissions.length;
  await write();
  return w.emission(`after ${what}`, () => true, from);
}

/** Lets pending IndexedDB work and timers run (a few rounds of the event loop). */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the credit log patched from each write', () => {
  it('first shows exactly what a read of the table gives', async () => {
    const store = await seededStore('first');
    const w = watch(store);
    const first = await w.emission('at all');
    const fresh = await listActivities(store);
    expect(fresh).toHaveLength(12);
    expect(ids(first)).toEqual(ids(fresh));
    expect(first).toEqual(fresh);
    expect(w.reads()).toBe(1);
  });

  it('equals a fresh read after a save, an edit, ties, a delete and its undo', async () => {
    const store = await seededStore('writes');
    const w = watch(store);
    await w.emission('at all');
    const fresh = () => listActivities(store);

    // A new entry between existing dates.
    const added = await save(store, entry('2024-12-24', 'Risk workshop'));
    let shown = await w.emission('with the new entry', (r) => ids(r).includes(added.id));
    expect(shown).toEqual(await fresh());
    expect(shown.findIndex((r) => r.id === added.id)).toBeGreaterThan(0);

    // An edit that moves the entry to the top (newest date).
    shown = await after(w, 'an edit of the date', () =>
      save(store, { ...entry('2026-05-05', 'Risk workshop'), id: added.id }),
    );
    expect(shown).toEqual(await fresh());
    expect(shown[0]?.id).toBe(added.id);
    expect(shown.filter((r) => r.id === added.id)).toHaveLength(1);

    // And back down to the oldest date.
    shown = await after(w, 'a second edit of the date', () =>
      save(store, { ...entry('2020-01-01', 'Risk workshop'), id: added.id }),
    );
    expect(shown).toEqual(await fresh());
    expect(shown.at(-1)?.id).toBe(added.id);

    // Two entries on a date already used: equal dates by id, highest first.
    shown = await after(w, 'the first entry of a tie', () =>
      save(store, entry('2025-03-01', 'Tie low', 'seed-0-aa')),
    );
    expect(shown).toEqual(await fresh());
    shown = await after(w, 'the second entry of a tie', () =>
      save(store, entry('2025-03-01', 'Tie high', 'seed-2-c')),
    );
    expect(shown).toEqual(await fresh());
    expect(ids(shown.filter((r) => r.date === '2025-03-01'))).toEqual([
      'seed-2-c',
      'seed-2-b',
      'seed-2-a',
      'seed-0-b',
      'seed-0-aa',
      'seed-0-a',
    ]);

    // A delete takes the row away; Undo puts it back in its place.
    const before = await fresh();
    let removed: Awaited<ReturnType<typeof deleteActivity>>;
    shown = await after(w, 'a delete', async () => {
      removed = await deleteActivity(store, 'seed-2-b');
    });
    expect(shown).toEqual(await fresh());
    expect(ids(shown)).not.toContain('seed-2-b');
    expect(shown).toHaveLength(before.length - 1);
    shown = await after(w, 'undo of the delete', () => restoreActivity(store, removed!));
    expect(shown).toEqual(await fresh());
    expect(shown).toEqual(before);

    // Every one of these was patched: the table was read once only.
    expect(w.reads()).toBe(1);
    expect(w.errors).toEqual([]);
  });

  it('puts entries written together on one date in order', async () => {
    const store = await seededStore('together');
    const w = watch(store);
    await w.emission('at all');
    const table = store.db.table<ActivityRow, string>('activities');
    const shown = await after(w, 'two entries in one transaction', () =>
      store.db.transaction('rw', table, async () => {
        await table.put(row('tie-a', '2024-07-15'));
        await table.put(row('tie-z', '2024-07-15'));
        await table.delete('seed-1-a');
      }),
    );
    expect(shown).toEqual(await listActivities(store));
    expect(ids(shown.filter((r) => r.date === '2024-07-15'))).toEqual([
      'tie-z',
      'tie-a',
      'seed-5-b',
      'seed-5-a',
      'seed-1-b',
    ]);
    expect(w.reads()).toBe(1);
  });

  it('reads back only the entry a save wrote', async () => {
    const store = await seededStore('only-written');
    const bulkGet = vi.spyOn(store.db.table('activities'), 'bulkGet');
    const w = watch(store);
    await w.emission('at all');
    expect(w.reads()).toBe(1);
    const added = await save(store, entry('2025-06-30', 'Agile coaching'));
    const shown = await w.emission('with the new entry', (r) => ids(r).includes(added.id));
    expect(shown).toEqual(await listActivities(store));
    expect(w.reads()).toBe(1);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]?.[0]).toEqual([added.id]);
  });

  it('reads the table again after a bulk write of 60 entries in one transaction', async () => {
    const store = await seededStore('bulk');
    const w = watch(store);
    await w.emission('at all');
    const many = Array.from({ length: 60 }, (_, i) =>
      row(`bulk-${String(i).padStart(2, '0')}`, `2022-0${(i % 9) + 1}-1${i % 10}`),
    );
    const shown = await after(w, 'a bulk write', () =>
      store.db.transaction('rw', 'activities', () => store.db.table('activities').bulkPut(many)),
    );
    const fresh = await listActivities(store);
    expect(fresh).toHaveLength(72);
    expect(shown).toEqual(fresh);
    // Dexie names a range for 50 rows or more: the module read the whole table again.
    expect(w.reads()).toBe(2);
  });

  it('reads the table again after a restore replaced every entry', async () => {
    const store = await seededStore('restore');
    const w = watch(store);
    await w.emission('at all');
    const restored = [row('r-1', '2021-04-04'), row('r-3', '2021-04-04'), row('r-2', '2026-01-01')];
    const shown = await after(w, 'a restore', () =>
      replaceAllData(store, { activities: restored.map((r) => ({ ...r })) }),
    );
    expect(shown).toEqual(await listActivities(store));
    expect(ids(shown)).toEqual(['r-2', 'r-3', 'r-1']);
    expect(w.reads()).toBe(2);
  });

  it('reads the table again after a delete by a range of keys', async () => {
    const store = await seededStore('key-range');
    const w = watch(store);
    await w.emission('at all');
    const shown = await after(w, 'a delete by key range', () =>
      store.db.table('activities').where(':id').between('seed-1', 'seed-3').delete(),
    );
    const fresh = await listActivities(store);
    expect(fresh).toHaveLength(8);
    expect(shown).toEqual(fresh);
    expect(ids(shown).filter((id) => /^seed-[12]-/.test(id))).toEqual([]);
    expect(w.reads()).toBe(2);
  });

  it('shows nothing new after a write to another table', async () => {
    const store = await seededStore('unrelated');
    const w = watch(store);
    const first = await w.emission('at all');
    await setTheme(store, 'dark');
    await settle();
    // The settings write names no activity: no list is emitted and nothing is read.
    expect(w.emissions).toHaveLength(1);
    expect(w.reads()).toBe(1);
    // The next list emitted is the one of the next credit write.
    let added!: ActivityRow;
    const shown = await after(w, 'a save after the theme', async () => {
      added = await save(store, entry('2025-01-01', 'After the theme'));
    });
    expect(w.emissions).toHaveLength(2);
    expect(ids(shown)).toEqual(ids(await listActivities(store)));
    expect(ids(shown).filter((id) => id !== added.id)).toEqual(ids(first));
  });

  it('ends with the written entry when a save commits during the first read', async () => {
    const store = await seededStore('during-read');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let readDone!: () => void;
    const readTaken = new Promise<void>((r) => (readDone = r));
    // The first read takes its rows, then is held until the save has committed.
    const w = watch(store, async () => {
      const rows = await listActivities(store);
      readDone();
      await gate;
      return rows;
    });
    await readTaken;
    const added = await save(store, entry('2026-03-03', 'Saved while reading'));
    release();
    const shown = await w.emission('with the entry saved during the first read', (r) =>
      ids(r).includes(added.id),
    );
    expect(shown).toEqual(await listActivities(store));
    // The read that missed the save was never shown.
    expect(w.emissions).toHaveLength(1);
    expect(w.reads()).toBe(1);
  });

  it('ends with the written entry when subscribe and save start together', async () => {
    const store = await seededStore('together-start');
    const w = watch(store);
    const saving = save(store, entry('2026-04-04', 'Saved at once'));
    const added = await saving;
    const shown = await w.emission('with the entry saved at once', (r) =>
      ids(r).includes(added.id),
    );
    expect(shown).toEqual(await listActivities(store));
    expect(w.emissions.at(-1)).toEqual(shown);
  });

  it('emits and reads nothing after unsubscribe', async () => {
    const store = await seededStore('unsubscribe');
    const bulkGet = vi.spyOn(store.db.table('activities'), 'bulkGet');
    const w = watch(store);
    await w.emission('at all');
    w.unsubscribe();
    await save(store, entry('2025-09-09', 'Unwatched'));
    await store.db
      .table('activities')
      .bulkPut(Array.from({ length: 55 }, (_, i) => row(`late-${i}`, '2021-02-02')));
    await settle();
    expect(w.emissions).toHaveLength(1);
    expect(w.reads()).toBe(1);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('emits nothing once unsubscribed while the first read is under way', async () => {
    const store = await seededStore('unsubscribe-reading');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const w = watch(store, async () => {
      const rows = await listActivities(store);
      await gate;
      return rows;
    });
    w.unsubscribe();
    release();
    await settle();
    expect(w.emissions).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
