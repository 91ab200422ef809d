// A renewal that renews no cycle (outside every renewal window, validateRenewals) is refused by
// the repository with nothing written: recorded on its own, or stranded by an earned-date edit
// or by deleting the renewal it followed. Renewals that fit stay accepted, and a renewal that
// already renewed nothing as stored does not block saving something else.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteRenewal,
  listHeld,
  recordRenewal,
  saveHeld,
  undoRenewal,
  type HeldRow,
} from '../../renderer/src/db/repositories/credentials';
import { held as heldTable } from '../../renderer/src/db/repositories/credential-rows';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

async function earned(credentialId: string, earnedDate: string, asOf: string, renewals = []) {
  const saved = await saveHeld(
    store,
    { credentialId, stage: 'earned', earnedDate, renewals },
    asOf,
  );
  if (!saved.ok) throw new Error(`fixture ${credentialId}`);
  return saved.value;
}

const outside = (i: number) => ({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });

describe('recording a renewal outside every window', () => {
  it.each([
    ['pmp', '2017-02-03', '2021-03-01', '2021-06-01'],
    ['cisa', '2019-05-15', '2023-01-10', '2023-06-01'],
    ['csm', '2021-05-15', '2023-05-20', '2023-06-01'],
  ])('%s earned %s, renewed %s: refused, nothing written', async (id, on, renewed, asOf) => {
    store = await openStore(freshName(`renewal-outside-${id}`));
    const row = await earned(id, on, asOf);
    const result = await recordRenewal(store, row.id, { date: renewed }, asOf);
    expect(result).toEqual({ ok: false, errors: [outside(0)] });
    expect(await listHeld(store)).toEqual([row]);
  });

  it('a PMP renewal in the suspension year is still recorded', async () => {
    store = await openStore(freshName('renewal-inside'));
    const row = await earned('pmp', '2017-02-03', '2021-06-01');
    const result = await recordRenewal(store, row.id, { date: '2020-06-01' }, '2021-06-01');
    expect(result.ok).toBe(true);
    expect((await listHeld(store))[0]!.renewals).toEqual([{ date: '2020-06-01' }]);
  });

  it('a PRINCE2 CPD renewal in the window a suite exam gave is still recorded', async () => {
    store = await openStore(freshName('renewal-suite'));
    const asOf = '2025-02-01';
    const practitioner = await earned('prince2-practitioner', '2023-03-01', asOf);
    await earned('prince2-agile', '2024-06-01', asOf);
    const result = await recordRenewal(
      store,
      practitioner.id,
      { date: '2025-01-10', method: 'credits' },
      asOf,
    );
    expect(result.ok).toBe(true);
  });
});

describe('an earned-date edit that strands a recorded renewal', () => {
  it('is refused, naming the renewal, and nothing is written', async () => {
    store = await openStore(freshName('renewal-stranded'));
    const asOf = '2021-06-01';
    const row = await earned('pmp', '2017-02-03', asOf);
    const renewed = await recordRenewal(store, row.id, { date: '2020-01-10' }, asOf);
    if (!renewed.ok) throw new Error('fixture renewal');
    const result = await saveHeld(
      store,
      { ...renewed.value, earnedDate: '2016-01-05' },
      asOf,
      renewed.value,
    );
    expect(result).toEqual({ ok: false, errors: [outside(0)] });
    expect(await listHeld(store)).toEqual([renewed.value]);
  });

  it('a renewal already outside every window as stored does not block other saves', async () => {
    store = await openStore(freshName('renewal-stored-outside'));
    const asOf = '2021-06-01';
    const row = await earned('pmp', '2017-02-03', asOf);
    // Stored before the check existed (or imported): written straight to the table.
    const old: HeldRow = { ...row, renewals: [{ date: '2021-03-01' }] };
    await heldTable(store).put(old);
    const result = await saveHeld(store, { ...old, examDate: '2017-02-03' }, asOf, old);
    expect(result.ok).toBe(true);
  });
});

describe('deleting a recorded renewal', () => {
  it('removes it, and Undo puts it back', async () => {
    store = await openStore(freshName('renewal-delete'));
    const asOf = '2024-06-01';
    const row = await earned('pmp', '2017-02-03', asOf);
    const renewed = await recordRenewal(store, row.id, { date: '2020-01-10' }, asOf);
    if (!renewed.ok) throw new Error('fixture renewal');
    const removed = await deleteRenewal(store, renewed.value, '2020-01-10', asOf);
    if (!removed.ok) throw new Error('not removed');
    expect((await listHeld(store))[0]!.renewals).toEqual([]);
    expect(await undoRenewal(store, renewed.value, removed.value)).toBe('undone');
    expect(await listHeld(store)).toEqual([renewed.value]);
  });

  it('is refused when a later renewal would then renew no cycle', async () => {
    store = await openStore(freshName('renewal-delete-strands'));
    const asOf = '2024-06-01';
    const row = await earned('pmp', '2017-02-03', asOf);
    const first = await recordRenewal(store, row.id, { date: '2020-01-10' }, asOf);
    if (!first.ok) throw new Error('fixture renewal');
    const second = await recordRenewal(store, row.id, { date: '2022-12-01' }, asOf);
    if (!second.ok) throw new Error('fixture second renewal');
    const result = await deleteRenewal(store, second.value, '2020-01-10', asOf);
    expect(result).toEqual({ ok: false, errors: [outside(0)] });
    expect(await listHeld(store)).toEqual([second.value]);
  });

  it('is refused when the credential changed since it was shown', async () => {
    store = await openStore(freshName('renewal-delete-changed'));
    const asOf = '2024-06-01';
    const row = await earned('pmp', '2017-02-03', asOf);
    const renewed = await recordRenewal(store, row.id, { date: '2020-01-10' }, asOf);
    if (!renewed.ok) throw new Error('fixture renewal');
    const edited = await saveHeld(store, { ...renewed.value, examDate: '2017-02-03' }, asOf);
    if (!edited.ok) throw new Error('fixture edit');
    const result = await deleteRenewal(store, renewed.value, '2020-01-10', asOf);
    expect(result).toMatchObject({ ok: false, conflict: 'CHANGED' });
    expect(await listHeld(store)).toEqual([edited.value]);
  });
});
