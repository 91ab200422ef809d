// Recording a renewal a second time in a cycle already renewed is refused with nothing written
// (validateRenewals: it renews nothing, domain-facts §1), so the next cycle is not shown
// renewed with nothing logged. Reviewer's case: PMP earned 3 Feb 2017, renewed late on 1 Jun
// 2020 in its suspension year, which overlaps cycle 2 (3 Feb 2020 – 2 Feb 2023).
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../shared/catalog/credentials';
import { cyclesFor } from '../../shared/domain/credentials';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  listHeld,
  recordRenewal,
  saveHeld,
  type HeldRow,
} from '../../renderer/src/db/repositories/credentials';
import { held as heldTable } from '../../renderer/src/db/repositories/credential-rows';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

const pmp = findCredentialRule('pmp')!;
const asOf = '2020-09-01';
const outside = (i: number) => ({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });

async function earnedPmp(): Promise<HeldRow> {
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2017-02-03' },
    asOf,
  );
  if (!saved.ok) throw new Error('fixture');
  return saved.value;
}

describe('a second renewal in a renewed PMP cycle', () => {
  it.each([
    ['the same day again', '2020-06-01'],
    ['another day of the same suspension year', '2020-08-15'],
  ])('%s: refused, nothing written, cycle 2 not renewed', async (_name, again) => {
    store = await openStore(freshName('second-renewal'));
    const row = await earnedPmp();
    const first = await recordRenewal(
      store,
      row.id,
      { date: '2020-06-01', method: 'credits' },
      asOf,
    );
    expect(first.ok).toBe(true);
    const stored = await listHeld(store);
    const second = await recordRenewal(store, row.id, { date: again, method: 'credits' }, asOf);
    expect(second).toEqual({ ok: false, errors: [outside(1)] });
    expect(await listHeld(store)).toEqual(stored);
    expect(cyclesFor(stored[0]!, pmp, asOf)[1]?.renewedOn).toBeNull();
  });

  it('a copy stored before this check does not let a third one in', async () => {
    store = await openStore(freshName('second-renewal-stored'));
    const row = await earnedPmp();
    const twice = [
      { date: '2020-06-01', method: 'credits' as const },
      { date: '2020-06-01', method: 'credits' as const },
    ];
    await heldTable(store).put({ ...row, renewals: twice });
    // Saving something else still works: the stored copy renewed nothing already.
    const other = await saveHeld(store, { ...row, renewals: twice, examAttemptsUsed: 1 }, asOf);
    expect(other.ok).toBe(true);
    const third = await recordRenewal(
      store,
      row.id,
      { date: '2020-06-01', method: 'credits' },
      asOf,
    );
    expect(third).toEqual({ ok: false, errors: [outside(2)] });
  });
});
