// Deleting a recorded renewal (deleteRenewal) takes out the renewal the holder recorded, the
// one editRenewal would change (withRenewalRemoved), never a renewal Ascent assumed on the same
// day: that one is put right in the cycle history. Undo puts the row back as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteRenewal,
  editRenewal,
  listHeld,
  saveHeld,
  undoRenewal,
  type HeldRow,
} from '../../renderer/src/db/repositories/credentials';
import { held as heldTable } from '../../renderer/src/db/repositories/credential-rows';
import type { Renewal } from '../../shared/domain/credentials';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

const asOf = '2024-06-01';

// PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020 (§1). Its renewal assumed on that last day,
// and one recorded the same day: stored before a second renewal of a day was refused (or
// imported), so written straight to the table.
async function pmp(label: string, renewals: Renewal[]): Promise<HeldRow> {
  store = await openStore(freshName(label));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2017-02-03' },
    asOf,
  );
  if (!saved.ok) throw new Error('fixture');
  const row: HeldRow = { ...saved.value, renewals };
  await heldTable(store).put(row);
  return row;
}

describe('deleting a recorded renewal on the day of an assumed one', () => {
  it.each<[string, Renewal[]]>([
    [
      'the assumed one stored first',
      [{ date: '2020-02-02', assumed: true }, { date: '2020-02-02' }],
    ],
    [
      'the assumed one stored last',
      [{ date: '2020-02-02' }, { date: '2020-02-02', assumed: true }],
    ],
  ])('%s: the recorded one goes, the assumed one stays', async (_, renewals) => {
    const row = await pmp('renewal-delete-assumed', renewals);
    const result = await deleteRenewal(store, row, '2020-02-02', asOf);
    if (!result.ok) throw new Error('not deleted');
    expect(result.value.renewals).toEqual([{ date: '2020-02-02', assumed: true }]);
    expect(await listHeld(store)).toEqual([result.value]);
    expect(await undoRenewal(store, row, result.value)).toBe('undone');
    expect(await listHeld(store)).toEqual([row]);
  });

  it('takes out the renewal Edit changes', async () => {
    const renewals: Renewal[] = [{ date: '2020-02-02', assumed: true }, { date: '2020-02-02' }];
    const row = await pmp('renewal-delete-as-edit', renewals);
    const edited = await editRenewal(store, row, '2020-02-02', { date: '2020-01-05' }, asOf);
    if (!edited.ok) throw new Error('not edited');
    await heldTable(store).put(row);
    const deleted = await deleteRenewal(store, row, '2020-02-02', asOf);
    if (!deleted.ok) throw new Error('not deleted');
    // What is left of the day is the same either way: the assumed renewal.
    const ofDay = (r: HeldRow) => r.renewals!.filter((x) => x.date === '2020-02-02');
    expect(ofDay(deleted.value)).toEqual(ofDay(edited.value));
  });

  it('is refused, nothing written, when only an assumed renewal is on that day', async () => {
    const row = await pmp('renewal-delete-only-assumed', [{ date: '2020-02-02', assumed: true }]);
    const result = await deleteRenewal(store, row, '2020-02-02', asOf);
    expect(result).toEqual({ ok: false, errors: [{ field: 'renewals', code: 'NOT_FOUND' }] });
    expect(await listHeld(store)).toEqual([row]);
  });
});
