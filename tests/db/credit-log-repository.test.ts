import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteActivity,
  EVIDENCE_MAX_BYTES,
  listActivities,
  listEvidence,
  restoreActivity,
  saveActivity,
} from '../../renderer/src/db/repositories/activities';
import {
  deleteHeld,
  listCustom,
  listHeld,
  recordRenewal,
  restoreHeld,
  ruleFor,
  saveCustom,
  saveHeld,
  undoRenewal,
} from '../../renderer/src/db/repositories/credentials';
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

describe('held credentials', () => {
  it('saves an earned PMP and reads it back with its rule', async () => {
    store = await openStore(freshName('held'));
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' },
      asOf,
    );
    expect(saved.ok).toBe(true);
    const rows = await listHeld(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2024-03-14',
    });
    expect(ruleFor(rows[0]!, [])?.total?.value).toBe(60);
  });

  it('refuses an earned date in the future, an unknown credential and bad overrides, writing nothing', async () => {
    store = await openStore(freshName('held-bad'));
    const future = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2027-01-01' },
      asOf,
    );
    expect(future).toEqual({
      ok: false,
      errors: [{ field: 'earnedDate', code: 'EARNED_IN_FUTURE' }],
    });
    const unknown = await saveHeld(store, { credentialId: 'astronaut', stage: 'target' }, asOf);
    expect(unknown.ok).toBe(false);
    const overrides = await saveHeld(
      store,
      {
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2024-03-14',
        overrides: { total: -5 } as never,
      },
      asOf,
    );
    expect(overrides.ok).toBe(false);
    expect(await listHeld(store)).toEqual([]);
  });

  it('refuses a total below the minimums (nothing written), and takes it once the minimums are lowered', async () => {
    store = await openStore(freshName('held-total-below'));
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' },
      asOf,
    );
    if (!saved.ok) throw new Error('fixture');
    const zero = await saveHeld(store, { ...saved.value, overrides: { total: 0 } }, asOf);
    expect(zero).toEqual({
      ok: false,
      errors: [{ field: 'overrides.total', code: 'TOTAL_BELOW_MINIMUMS', expected: 35, actual: 0 }],
    });
    expect((await listHeld(store))[0]?.overrides).toBeUndefined();
    // From a minimum's side: an Education minimum above a total of the person's own.
    const own = await saveHeld(store, { ...saved.value, overrides: { total: 50 } }, asOf);
    if (!own.ok) throw new Error('fixture');
    const above = await saveHeld(
      store,
      { ...own.value, overrides: { total: 50, educationMin: 55 } },
      asOf,
    );
    expect(above).toEqual({
      ok: false,
      errors: [
        { field: 'overrides.total', code: 'TOTAL_BELOW_MINIMUMS', expected: 55, actual: 50 },
      ],
    });
    expect((await listHeld(store))[0]?.overrides).toEqual({ total: 50 });
    const lowered = {
      educationMin: 12,
      areaMin: { waysOfWorking: 4, powerSkills: 4, businessAcumen: 4 },
      total: 20,
    };
    const fits = await saveHeld(store, { ...saved.value, overrides: lowered }, asOf);
    expect(fits.ok).toBe(true);
    expect(ruleFor((await listHeld(store))[0]!, [])?.total?.value).toBe(20);
  });

  it('refuses a total that the categories asked for do not fit in (CBAP: 2 of 6), nothing written', async () => {
    store = await openStore(freshName('held-total-below-categories'));
    const saved = await saveHeld(
      store,
      { credentialId: 'cbap', stage: 'earned', earnedDate: '2024-03-14' },
      asOf,
    );
    if (!saved.ok) throw new Error('fixture');
    // At least 2 categories: a quarter hour in each is the least a total can be.
    const zero = await saveHeld(store, { ...saved.value, overrides: { total: 0 } }, asOf);
    expect(zero).toEqual({
      ok: false,
      errors: [
        { field: 'overrides.total', code: 'TOTAL_BELOW_MINIMUMS', expected: 0.5, actual: 0 },
      ],
    });
    const six = await saveHeld(
      store,
      { ...saved.value, overrides: { total: 1, categoryMinDistinct: 6 } },
      asOf,
    );
    expect(six).toEqual({
      ok: false,
      errors: [
        { field: 'overrides.total', code: 'TOTAL_BELOW_MINIMUMS', expected: 1.5, actual: 1 },
      ],
    });
    expect((await listHeld(store))[0]?.overrides).toBeUndefined();
    const fits = await saveHeld(store, { ...saved.value, overrides: { total: 1.5 } }, asOf);
    expect(fits.ok).toBe(true);
  });

  it('applies the user override to the rule, naming it as the source', async () => {
    store = await openStore(freshName('held-override'));
    await saveHeld(
      store,
      {
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2024-03-14',
        overrides: { carryOverMax: 15 },
      },
      asOf,
    );
    const [row] = await listHeld(store);
    const rule = ruleFor(row!, []);
    expect(rule?.carryOverMax?.value).toBe(15);
    expect(rule?.carryOverMax?.source).toBe('user override');
  });

  it('records a renewal and keeps the rhythm of the cycles', async () => {
    store = await openStore(freshName('renewal'));
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2020-02-03' },
      asOf,
    );
    if (!saved.ok) throw new Error('fixture');
    const renewed = await recordRenewal(store, saved.value.id, { date: '2022-12-01' }, asOf);
    expect(renewed.ok).toBe(true);
    expect((await listHeld(store))[0]?.renewals).toEqual([{ date: '2022-12-01' }]);
  });

  it('an edit saved with ifStill is refused when the activity was changed or deleted since', async () => {
    store = await openStore(freshName('activity-if-still'));
    const first = await saveActivity(store, course, asOf);
    if (!first.ok) throw new Error('fixture');
    const opened = first.value;
    // Changed elsewhere (in the same millisecond, even: compared by content): the edit from the older version is refused, nothing written.
    const elsewhere = await saveActivity(store, { ...opened, title: 'Renamed elsewhere' }, asOf);
    if (!elsewhere.ok) throw new Error('fixture');
    const before = await dumpTables(store.db);
    const stale = await saveActivity(store, { ...opened, provider: 'Mine' }, asOf, {
      ifStill: opened,
    });
    expect(stale).toEqual({ ok: false, errors: [], conflict: 'CHANGED' });
    expect(await dumpTables(store.db)).toEqual(before);
    // From the current version it goes through.
    const fresh = await saveActivity(store, { ...elsewhere.value, provider: 'Mine' }, asOf, {
      ifStill: elsewhere.value,
    });
    expect(fresh.ok).toBe(true);
    // Deleted elsewhere: refused too, and nothing comes back unasked.
    await deleteActivity(store, opened.id);
    const gone = await saveActivity(store, { ...opened, provider: 'Mine' }, asOf, {
      ifStill: fresh.ok ? fresh.value : opened,
    });
    expect(gone).toEqual({ ok: false, errors: [], conflict: 'DELETED' });
    expect(await listActivities(store)).toEqual([]);
  });

  it('undoes a renewal exactly, unless the credential was changed since', async () => {
    store = await openStore(freshName('renewal-undo'));
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-15' },
      asOf,
    );
    if (!saved.ok) throw new Error('fixture');
    const before = await dumpTables(store.db);
    const renewed = await recordRenewal(store, saved.value.id, { date: '2026-11-20' }, asOf);
    if (!renewed.ok) throw new Error('not renewed');
    expect(await undoRenewal(store, saved.value, renewed.value)).toBe('undone');
    expect(await dumpTables(store.db)).toEqual(before);

    // Renewed again, then changed in another window: Undo keeps the later change.
    const again = await recordRenewal(store, saved.value.id, { date: '2026-11-20' }, asOf);
    if (!again.ok) throw new Error('not renewed');
    await new Promise((r) => setTimeout(r, 5));
    const edited = await saveHeld(store, { ...again.value, examDate: '2024-03-15' }, asOf);
    if (!edited.ok) throw new Error('not edited');
    expect(await undoRenewal(store, saved.value, again.value)).toBe('changed');
    expect((await listHeld(store))[0]).toMatchObject({
      examDate: '2024-03-15',
      renewals: [{ date: '2026-11-20' }],
    });
  });

  it('deletes and undoes exactly', async () => {
    store = await openStore(freshName('held-undo'));
    await saveHeld(store, { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' }, asOf);
    const before = await dumpTables(store.db);
    const [row] = await listHeld(store);
    const removed = await deleteHeld(store, row!.id);
    expect(await listHeld(store)).toEqual([]);
    await restoreHeld(store, removed!);
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('keeps a custom credential and judges it by its own rule', async () => {
    store = await openStore(freshName('custom'));
    const saved = await saveCustom(store, {
      acronym: 'ChPP',
      name: 'Chartered Project Professional',
      body: 'APM',
      unit: 'CPD',
      cycleMonths: 12,
      total: 35,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const held = await saveHeld(
      store,
      { credentialId: saved.value.id, stage: 'earned', earnedDate: '2026-01-01' },
      asOf,
    );
    expect(held.ok).toBe(true);
    const rule = ruleFor((await listHeld(store))[0]!, await listCustom(store));
    expect(rule?.total?.value).toBe(35);
    expect(rule?.bodyName).toBe('APM');
  });

  it('refuses a custom credential with a negative total', async () => {
    store = await openStore(freshName('custom-bad'));
    const saved = await saveCustom(store, {
      acronym: 'X',
      name: 'X',
      body: 'Y',
      unit: 'CPD',
      cycleMonths: 12,
      total: -1,
    });
    expect(saved).toMatchObject({ ok: false, errors: [{ field: 'total', code: 'NEGATIVE' }] });
    expect(await listCustom(store)).toEqual([]);
  });
});

describe('the credit log', () => {
  it('saves an activity with its evidence in one go', async () => {
    store = await openStore(freshName('activity'));
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    const saved = await saveActivity(store, course, asOf, {
      addEvidence: [{ name: 'certificate.pdf', mimeType: 'application/pdf', data: bytes }],
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    expect((await listActivities(store)).map((a) => a.title)).toEqual(['Agile estimation course']);
    const files = await listEvidence(store, saved.value.id);
    expect(files.map((f) => [f.name, f.size])).toEqual([['certificate.pdf', 5]]);
    expect([...files[0]!.data]).toEqual([1, 2, 3, 4, 5]);
  });

  it.each<[string, Partial<Activity>, string]>([
    ['hours not in quarter steps', { amount: 1.1, split: null }, 'HOURS_NOT_QUARTER'],
    [
      'a split that does not add up',
      { split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 1 } },
      'SPLIT_MISMATCH',
    ],
    ['negative hours', { amount: -2, split: null }, 'NEGATIVE'],
    ['an earned activity in the future', { date: '2027-01-01' }, 'EARNED_IN_FUTURE'],
    ['no title', { title: '  ' }, 'REQUIRED'],
  ])('refuses %s and writes nothing', async (_label, patch, code) => {
    store = await openStore(freshName('activity-bad'));
    const result = await saveActivity(store, { ...course, ...patch }, asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toContain(code);
    expect(await listActivities(store)).toEqual([]);
  });

  it('refuses an evidence file over the size limit, and the activity with it', async () => {
    store = await openStore(freshName('evidence-big'));
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    const result = await saveActivity(store, course, asOf, {
      addEvidence: [{ name: 'scan.tiff', mimeType: 'image/tiff', data: big }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'evidence', code: 'FILE_TOO_LARGE', name: 'scan.tiff' }],
    });
    expect(await listActivities(store)).toEqual([]);
    expect(await store.db.table('evidence').count()).toBe(0);
  });

  it('deletes an activity with its evidence, and Undo puts back exactly what was there', async () => {
    store = await openStore(freshName('activity-undo'));
    const saved = await saveActivity(store, course, asOf, {
      addEvidence: [{ name: 'a.txt', mimeType: 'text/plain', data: new Uint8Array([65]) }],
    });
    if (!saved.ok) throw new Error('fixture');
    const before = await dumpTables(store.db);
    const removed = await deleteActivity(store, saved.value.id);
    expect(await store.db.table('evidence').count()).toBe(0);
    await restoreActivity(store, removed!);
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('removes only the evidence the user took off when editing', async () => {
    store = await openStore(freshName('evidence-edit'));
    const saved = await saveActivity(store, course, asOf, {
      addEvidence: [
        { name: 'a.txt', mimeType: 'text/plain', data: new Uint8Array([65]) },
        { name: 'b.txt', mimeType: 'text/plain', data: new Uint8Array([66]) },
      ],
    });
    if (!saved.ok) throw new Error('fixture');
    const files = await listEvidence(store, saved.value.id);
    const a = files.find((f) => f.name === 'a.txt')!;
    const edited = await saveActivity(store, { ...saved.value, title: 'Renamed' }, asOf, {
      removeEvidenceIds: [a.id],
    });
    expect(edited.ok).toBe(true);
    expect((await listEvidence(store, saved.value.id)).map((f) => f.name)).toEqual(['b.txt']);
    expect((await listActivities(store))[0]?.createdAt).toBe(saved.value.createdAt);
  });
});
