// All evidence together is kept under a budget, so that one backup file (at most 512 MiB
// through the desktop's IPC) always holds everything. A new file past it is refused inside the
// transaction that would write it, and nothing is written. The budget is injected here: the
// real one is 400 MiB, which no test should allocate.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  evidenceBytesUsed,
  listActivities,
  listEvidence,
  saveActivity,
  type EvidenceInput,
} from '../../renderer/src/db/repositories/activities';
import type { Activity } from '../../shared/domain/credits';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(() => store?.db.close());

const course: Omit<Activity, 'id'> = {
  date: '2026-03-10',
  title: 'Agile estimation course',
  provider: 'Training Co',
  type: 'course-or-training',
  amount: 10,
  unit: 'hours',
  split: { waysOfWorking: 6, powerSkills: 2, businessAcumen: 2 },
  status: 'earned',
};

const file = (name: string, bytes: number): EvidenceInput => ({
  name,
  mimeType: 'application/pdf',
  data: new Uint8Array(bytes).fill(7),
});

/** A store whose evidence already holds `bytes` (one file, on an activity of its own). */
async function storeHolding(bytes: number): Promise<Store> {
  store = await openStore(freshName('evidence-budget'));
  const saved = await saveActivity(store, { ...course, title: 'Earlier' }, asOf, {
    addEvidence: [file('earlier.pdf', bytes)],
  });
  if (!saved.ok) throw new Error('fixture');
  return store;
}

const budget = { evidenceBudgetBytes: 100 };

describe('the evidence budget', () => {
  it('sums the evidence kept from the rows’ sizes', async () => {
    await storeHolding(60);
    expect(await evidenceBytesUsed(store)).toBe(60);
  });

  it('adds a file that stays under the budget', async () => {
    await storeHolding(60);
    const result = await saveActivity(
      store,
      course,
      asOf,
      { addEvidence: [file('a.pdf', 39)] },
      budget,
    );
    expect(result.ok).toBe(true);
    expect(await evidenceBytesUsed(store)).toBe(99);
  });

  it('adds a file that brings the evidence exactly to the budget', async () => {
    await storeHolding(60);
    const result = await saveActivity(
      store,
      course,
      asOf,
      { addEvidence: [file('a.pdf', 40)] },
      budget,
    );
    expect(result.ok).toBe(true);
    expect(await evidenceBytesUsed(store)).toBe(100);
  });

  it('refuses a file one byte past the budget, saying how much is kept, and writes nothing', async () => {
    await storeHolding(60);
    const before = await dumpTables(store.db);
    const result = await saveActivity(
      store,
      course,
      asOf,
      { addEvidence: [file('big.pdf', 41)] },
      budget,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'evidence', code: 'TOTAL_TOO_LARGE', name: 'big.pdf', actual: 60, expected: 100 },
      ],
    });
    expect(await dumpTables(store.db)).toEqual(before);
    expect((await listActivities(store)).map((a) => a.title)).toEqual(['Earlier']);
  });

  it('refuses an edit that adds too much without changing the activity or removing anything', async () => {
    await storeHolding(50);
    const saved = await saveActivity(store, course, asOf, { addEvidence: [file('mine.pdf', 20)] });
    if (!saved.ok) throw new Error('fixture');
    const [mine] = await listEvidence(store, saved.value.id);
    const before = await dumpTables(store.db);
    // Taking off 20 bytes leaves 50 kept: 51 more is one byte too many.
    const result = await saveActivity(
      store,
      { ...saved.value, title: 'Renamed' },
      asOf,
      { addEvidence: [file('scan.pdf', 51)], removeEvidenceIds: [mine!.id] },
      budget,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject([{ code: 'TOTAL_TOO_LARGE', actual: 50 }]);
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('counts the files taken off in the same save as freed', async () => {
    await storeHolding(50);
    const saved = await saveActivity(store, course, asOf, { addEvidence: [file('mine.pdf', 20)] });
    if (!saved.ok) throw new Error('fixture');
    const [mine] = await listEvidence(store, saved.value.id);
    const result = await saveActivity(
      store,
      saved.value,
      asOf,
      { addEvidence: [file('scan.pdf', 50)], removeEvidenceIds: [mine!.id] },
      budget,
    );
    expect(result.ok).toBe(true);
    expect(await evidenceBytesUsed(store)).toBe(100);
  });

  it('names the first of several new files that does not fit, counting the ones before it', async () => {
    await storeHolding(60);
    const result = await saveActivity(
      store,
      course,
      asOf,
      { addEvidence: [file('a.pdf', 30), file('b.pdf', 11)] },
      budget,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'evidence', code: 'TOTAL_TOO_LARGE', name: 'b.pdf', actual: 90, expected: 100 },
      ],
    });
    expect(await evidenceBytesUsed(store)).toBe(60);
  });

  it('uses the real budget when none is given: a small file is kept', async () => {
    await storeHolding(60);
    const result = await saveActivity(store, course, asOf, { addEvidence: [file('a.pdf', 41)] });
    expect(result.ok).toBe(true);
    expect(await evidenceBytesUsed(store)).toBe(101);
  });
});
