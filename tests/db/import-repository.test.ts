import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { StorageError } from '../../renderer/src/db/errors';
import { listActivities, saveActivity } from '../../renderer/src/db/repositories/activities';
import { importActivities, undoImport } from '../../renderer/src/db/repositories/import';
import { readCsvFile } from '../../renderer/src/features/import/csv-file';
import type { Activity } from '../../shared/domain/credits';
import { activitiesToImport, analyzeImport, setUpImport } from '../../shared/domain/import';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(() => {
  vi.restoreAllMocks();
  store?.db.close();
});

const course = (i: number): Omit<Activity, 'id'> => ({
  date: '2026-03-10',
  title: `Course ${i}`,
  type: 'course-or-training',
  amount: 2,
  unit: 'hours',
  split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 0 },
  status: 'earned',
});
const many = (n: number) => Array.from({ length: n }, (_, i) => course(i));

/** A store with one activity logged by hand, and a snapshot of every table. */
async function seeded(label: string) {
  store = await openStore(freshName(label));
  const saved = await saveActivity(store, { ...course(-1), title: 'Typed by hand' }, asOf);
  expect(saved.ok).toBe(true);
  return dumpTables(store.db);
}

describe('importActivities', () => {
  it('writes the valid rows of a messy file, stamped like a typed activity', async () => {
    await seeded('import-file');
    const table = readCsvFile(readFileSync('tests/fixtures/csv/tracker-semicolon.csv'));
    if ('refused' in table) throw new Error('refused');
    const setup = setUpImport(table.rows);
    const options = { ...setup, dateOrder: 'dmy' as const, defaultType: null, asOf };
    const outcomes = analyzeImport(table.rows, setup, options, await listActivities(store));
    const result = await importActivities(store, activitiesToImport(outcomes, new Set()), asOf);
    expect(result.ok && result.ids).toHaveLength(6);
    const rows = await listActivities(store);
    expect(rows).toHaveLength(7);
    const scrum = rows.find((r) => r.title === 'Scrum for PMs')!;
    expect(scrum).toMatchObject({ provider: 'Café Agile; Porto', amount: 7.5, status: 'earned' });
    expect(scrum.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(scrum.createdAt).toBe(scrum.updatedAt);
    expect(Date.parse(scrum.createdAt)).not.toBeNaN();
    expect(rows.map((r) => r.title)).not.toContain('Misc reading');
  });

  it('refuses the whole batch when one row is invalid, writing nothing', async () => {
    const before = await seeded('import-invalid');
    const bad = { ...course(1), amount: 1.1, split: null };
    const result = await importActivities(store, [course(0), bad, course(2)], asOf);
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ index: 1, errors: [{ field: 'amount', code: 'HOURS_NOT_QUARTER' }] }],
    });
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('writes thousands of rows in one transaction, reporting progress', async () => {
    await seeded('import-many');
    const transaction = vi.spyOn(store.db, 'transaction');
    const progress: number[] = [];
    const result = await importActivities(store, many(2600), asOf, {
      onProgress: (p) => progress.push(p.saved),
    });
    expect(result.ok).toBe(true);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(progress).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2250, 2500, 2600]);
    expect(await store.db.table('activities').count()).toBe(2601);
  });

  it('writes nothing when the database fails half-way (an id collides in the second step)', async () => {
    const before = await seeded('import-fail');
    let n = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      n += 1;
      // The 300th id repeats the first: the second bulk add fails after the first succeeded.
      return `00000000-0000-4000-8000-${String(n === 300 ? 1 : n).padStart(12, '0')}`;
    });
    const progress: number[] = [];
    await expect(
      importActivities(store, many(400), asOf, { onProgress: (p) => progress.push(p.saved) }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(progress).toEqual([250]);
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('writes nothing when the user stops the import half-way', async () => {
    const before = await seeded('import-stop');
    const stop = new AbortController();
    const result = await importActivities(store, many(1000), asOf, {
      signal: stop.signal,
      onProgress: (p) => p.saved >= 500 && stop.abort(),
    });
    expect(result).toEqual({ ok: false, reason: 'cancelled' });
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('writes nothing in a database opened read-only', async () => {
    store = await openStore(freshName('import-ro'));
    const readOnly: Store = { db: store.db, mode: 'read-only' };
    await expect(importActivities(readOnly, [course(0)], asOf)).rejects.toMatchObject({
      code: 'READ_ONLY',
    });
    expect(await store.db.table('activities').count()).toBe(0);
  });
});

describe('undoImport', () => {
  it('takes the import back, keeping the activities changed or given evidence since', async () => {
    await seeded('import-undo');
    const result = await importActivities(store, many(5), asOf);
    if (!result.ok) throw new Error('not imported');
    // Since the import: one renamed, one given an evidence file; three untouched.
    const [renamed, evidenced] = result.rows;
    await saveActivity(store, { ...renamed!, title: 'Renamed after the import' }, asOf);
    await saveActivity(store, evidenced!, asOf, {
      addEvidence: [{ name: 'cert.pdf', mimeType: 'application/pdf', data: new Uint8Array([1]) }],
    });
    expect(await undoImport(store, result.rows)).toEqual({ removed: 3, kept: 2, gone: 0 });
    const titles = (await listActivities(store)).map((r) => r.title).sort();
    expect(titles).toEqual(['Course 1', 'Renamed after the import', 'Typed by hand']);
    // Nothing imported left untouched: undone twice, nothing more goes (three already gone).
    expect(await undoImport(store, result.rows)).toEqual({ removed: 0, kept: 2, gone: 3 });
    // With nothing changed since, the log is exactly as it was before the import.
    const log = await listActivities(store);
    const again = await importActivities(store, many(3), asOf);
    if (!again.ok) throw new Error('not imported');
    expect(await undoImport(store, again.rows)).toEqual({ removed: 3, kept: 0, gone: 0 });
    expect(await listActivities(store)).toEqual(log);
  });
});
