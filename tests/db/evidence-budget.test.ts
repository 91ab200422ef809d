// All evidence and course certificates together are kept under a budget, so that one backup
// file (at most 512 MiB through the desktop's IPC) always holds everything. A new file past it
// is refused inside the transaction that would write it, and nothing is written. The budget is
// injected here: the real one is 400 MiB, which no test should allocate.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  budgetBytesUsed,
  listActivities,
  listEvidence,
  saveActivity,
  type EvidenceInput,
} from '../../renderer/src/db/repositories/activities';
import { readCertificate, saveCourse } from '../../renderer/src/db/repositories/journal';
import type { Activity } from '../../shared/domain/credits';
import type { Course } from '../../shared/domain/journal';
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
    expect(await budgetBytesUsed(store)).toBe(60);
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
    expect(await budgetBytesUsed(store)).toBe(99);
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
    expect(await budgetBytesUsed(store)).toBe(100);
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
        {
          field: 'evidence',
          code: 'TOTAL_TOO_LARGE',
          name: 'big.pdf',
          actual: 60,
          expected: 100,
          adding: 0,
          freed: 0,
        },
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
    if (!result.ok)
      expect(result.errors).toMatchObject([{ code: 'TOTAL_TOO_LARGE', actual: 50, freed: 20 }]);
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
    expect(await budgetBytesUsed(store)).toBe(100);
  });

  it('names the first of several new files that does not fit: the bytes stored, and the new files before it apart', async () => {
    await storeHolding(60);
    const result = await saveActivity(
      store,
      course,
      asOf,
      { addEvidence: [file('a.pdf', 30), file('b.pdf', 11)] },
      budget,
    );
    // a.pdf was never stored: what is kept is what Settings › Storage shows (60).
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'evidence',
          code: 'TOTAL_TOO_LARGE',
          name: 'b.pdf',
          actual: 60,
          expected: 100,
          adding: 30,
          freed: 0,
        },
      ],
    });
    expect(await budgetBytesUsed(store)).toBe(60);
  });

  it('uses the real budget when none is given: a small file is kept', async () => {
    await storeHolding(60);
    const result = await saveActivity(store, course, asOf, { addEvidence: [file('a.pdf', 41)] });
    expect(result.ok).toBe(true);
    expect(await budgetBytesUsed(store)).toBe(101);
  });

  it('counts the courses’ certificates with the evidence', async () => {
    await storeHolding(60);
    const saved = await saveCourse(store, aCourse, { asOf, certificate: file('cert.pdf', 25) });
    expect(saved.ok).toBe(true);
    expect(await budgetBytesUsed(store)).toBe(85);
    // 85 kept: 16 more evidence is one byte too many.
    const result = await saveActivity(
      store,
      course,
      asOf,
      { addEvidence: [file('scan.pdf', 16)] },
      budget,
    );
    expect(result).toMatchObject({ ok: false, errors: [{ name: 'scan.pdf', actual: 85 }] });
  });
});

const aCourse: Omit<Course, 'id'> = {
  title: 'Scrum course',
  provider: '',
  format: 'virtual',
  status: 'planned',
  start: '2026-12-01',
  end: null,
  contactHours: 7,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
};

describe('a course’s certificate and the budget', () => {
  const limit = { asOf, budgetBytes: 100 };

  it('keeps a certificate that brings the files kept exactly to the budget', async () => {
    await storeHolding(60);
    const saved = await saveCourse(store, aCourse, { ...limit, certificate: file('c.pdf', 40) });
    expect(saved.ok).toBe(true);
    expect(await budgetBytesUsed(store)).toBe(100);
  });

  it('refuses a new course whose certificate is past the budget, writing nothing', async () => {
    await storeHolding(60);
    const before = await dumpTables(store.db);
    const saved = await saveCourse(store, aCourse, { ...limit, certificate: file('c.pdf', 41) });
    expect(saved).toEqual({
      ok: false,
      errors: [{ field: 'certificate', code: 'TOTAL_TOO_LARGE', actual: 60, expected: 100 }],
    });
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('refuses an edit whose new certificate is past the budget, keeping the course and its old certificate', async () => {
    await storeHolding(60);
    const first = await saveCourse(store, aCourse, { ...limit, certificate: file('old.pdf', 10) });
    if (!first.ok) throw new Error('fixture');
    const before = await dumpTables(store.db);
    // Replacing the 10 bytes leaves 60 kept: 41 is one byte too many, 40 fits.
    const refused = await saveCourse(
      store,
      { ...first.value, title: 'Renamed' },
      { ...limit, certificate: file('new.pdf', 41) },
    );
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'TOTAL_TOO_LARGE', actual: 60 }] });
    expect(await dumpTables(store.db)).toEqual(before);
    expect((await readCertificate(store, first.value.id))?.name).toBe('old.pdf');
    const kept = await saveCourse(store, first.value, {
      ...limit,
      certificate: file('new.pdf', 40),
    });
    expect(kept.ok).toBe(true);
    expect((await readCertificate(store, first.value.id))?.name).toBe('new.pdf');
  });

  it('uses the real budget when none is given: a small certificate is kept', async () => {
    await storeHolding(60);
    const saved = await saveCourse(store, aCourse, { asOf, certificate: file('c.pdf', 41) });
    expect(saved.ok).toBe(true);
    expect(await budgetBytesUsed(store)).toBe(101);
  });
});
