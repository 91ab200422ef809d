// Editing a recorded renewal (editRenewal): saved in one write and judged as recording one is
// (not in the future, after the earned date, renewing a cycle, leaving every other renewal
// renewing one), so a refused edit writes nothing. What the summary shows follows the edit, as
// it follows a renewal recorded or deleted: the kept cycle ledger is not leaned on once the
// credential changed.
import { afterEach, describe, expect, it } from 'vitest';
import { readSummary, type Read } from '../../renderer/src/db/credit-summary';
import { openStore, type Store } from '../../renderer/src/db/database';
import { LEDGER_TABLE, writeLedger } from '../../renderer/src/db/ledger';
import { saveActivity } from '../../renderer/src/db/repositories/activities';
import {
  editRenewal,
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../renderer/src/db/repositories/credentials';
import type { Renewal } from '../../shared/domain/credentials';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

// PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020, its suspension year to 2 Feb 2021 (§1).
async function pmp(label: string, renewals: Renewal[], asOf: string): Promise<HeldRow> {
  store = await openStore(freshName(label));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2017-02-03', renewals },
    asOf,
  );
  if (!saved.ok) throw new Error('fixture');
  return saved.value;
}

const outside = (i: number) => ({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });

describe('editing a recorded renewal', () => {
  const asOf = '2024-06-01';

  it('saves the new day in its place, in one write', async () => {
    const row = await pmp('renewal-edit', [{ date: '2020-01-10' }], asOf);
    const result = await editRenewal(store, row, '2020-01-10', { date: '2020-01-20' }, asOf);
    if (!result.ok) throw new Error('not saved');
    expect(result.value.renewals).toEqual([{ date: '2020-01-20' }]);
    expect(await listHeld(store)).toEqual([result.value]);
  });

  it.each<[string, Renewal[], string, string, object[]]>([
    ['after the PMP expired', [{ date: '2020-01-10' }], '2020-01-10', '2021-03-01', [outside(0)]],
    [
      'into a cycle another renewal renewed (that one would renew nothing)',
      [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      '2022-12-01',
      '2019-12-01',
      [outside(1)],
    ],
    [
      'in the future',
      [{ date: '2020-01-10' }],
      '2020-01-10',
      '2024-06-02',
      [{ field: 'renewals.0.date', code: 'RENEWAL_IN_FUTURE' }],
    ],
    [
      'before the earned date',
      [{ date: '2020-01-10' }],
      '2020-01-10',
      '2016-12-01',
      [{ field: 'renewals.0.date', code: 'RENEWAL_BEFORE_EARNED' }],
    ],
    [
      'of a day with no recorded renewal',
      [{ date: '2020-01-10' }],
      '2020-01-11',
      '2020-01-20',
      [{ field: 'renewals', code: 'NOT_FOUND' }],
    ],
  ])('%s: refused, nothing written', async (_, renewals, from, date, errors) => {
    const row = await pmp('renewal-edit-refused', renewals, asOf);
    const result = await editRenewal(store, row, from, { date }, asOf);
    expect(result).toEqual({ ok: false, errors });
    expect(await listHeld(store)).toEqual([row]);
  });

  it('is refused when the credential changed since it was shown', async () => {
    const row = await pmp('renewal-edit-changed', [{ date: '2020-01-10' }], asOf);
    const edited = await saveHeld(store, { ...row, examDate: '2017-02-03' }, asOf);
    if (!edited.ok) throw new Error('fixture edit');
    const result = await editRenewal(store, row, '2020-01-10', { date: '2020-01-20' }, asOf);
    expect(result).toMatchObject({ ok: false, conflict: 'CHANGED' });
    expect(await listHeld(store)).toEqual([edited.value]);
  });
});

describe('the summary after a renewal is edited', () => {
  it('equals a read with nothing kept, the suspension year counted for the cycle renewed in it', async () => {
    const asOf = '2021-06-01';
    const row = await pmp('renewal-edit-summary', [{ date: '2020-01-10' }], asOf);
    // A course in the suspension year: for cycle 2 while cycle 1 was renewed before it began,
    // for cycle 1 once its renewal is put in that year (§1).
    const course = await saveActivity(
      store,
      {
        date: '2020-03-01',
        title: 'Risk workshop',
        type: 'course-or-training',
        amount: 10,
        unit: 'hours',
        split: { waysOfWorking: 4, powerSkills: 3, businessAcumen: 3 },
        status: 'earned',
      },
      asOf,
    );
    if (!course.ok) throw new Error('fixture course');
    const counted = (r: Read) => r.summary.evaluations.get(row.id)?.counted.total;
    const before = await readSummary(store, asOf);
    expect(
      await writeLedger(store, before.closed, before.generation, before.leadership, before.current),
    ).toBe(true);
    expect(counted(before)).toBe(10);

    const result = await editRenewal(store, row, '2020-01-10', { date: '2020-06-01' }, asOf);
    if (!result.ok) throw new Error('not saved');
    const after = await readSummary(store, asOf);
    await store.db.table(LEDGER_TABLE).clear();
    const scratch = await readSummary(store, asOf);
    expect(counted(after)).toBe(0);
    expect([...after.summary.evaluations]).toEqual([...scratch.summary.evaluations]);
  });
});
