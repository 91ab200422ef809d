// Two windows on one database: an edit saved from the version its form was opened on
// (`ifStill`) is refused, with nothing written, when that record was changed or deleted in
// the meantime. Compared by content, not by timestamp: the clock is frozen here, so the change
// made elsewhere carries the very same updatedAt as the version the form was opened on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../shared/domain/goals';
import { openStore, type Store } from '../../renderer/src/db/database';
import { deleteGoal, listGoals, saveGoal } from '../../renderer/src/db/repositories/career';
import { deleteHeld, listHeld, saveHeld } from '../../renderer/src/db/repositories/credentials';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  store?.db.close();
});

const goal: Omit<Goal, 'id'> = {
  title: 'Earn the PMP',
  kind: 'credential',
  target: {
    type: 'number',
    value: 1,
    unit: 'count',
    measure: { source: 'credentials', anyOf: ['pmp'] },
  },
  startDate: '2026-01-05',
  targetDate: '2026-12-31',
  milestones: [],
  status: 'active',
};

describe('a held credential edited in two windows', () => {
  it('is refused from a version changed since, saved from the current one', async () => {
    store = await openStore(freshName('held-if-still'));
    const first = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-15' },
      asOf,
    );
    if (!first.ok) throw new Error('fixture');
    const opened = first.value;
    const elsewhere = await saveHeld(store, { ...opened, examDate: '2024-03-01' }, asOf);
    if (!elsewhere.ok) throw new Error('fixture');
    expect(elsewhere.value.updatedAt).toBe(opened.updatedAt);

    const before = await dumpTables(store.db);
    const stale = await saveHeld(store, { ...opened, earnedDate: '2024-04-02' }, asOf, opened);
    expect(stale).toEqual({ ok: false, errors: [], conflict: 'CHANGED' });
    expect(await dumpTables(store.db)).toEqual(before);

    const fresh = await saveHeld(
      store,
      { ...elsewhere.value, earnedDate: '2024-04-02' },
      asOf,
      elsewhere.value,
    );
    expect(fresh.ok).toBe(true);
    expect(await listHeld(store)).toMatchObject([
      { id: opened.id, examDate: '2024-03-01', earnedDate: '2024-04-02' },
    ]);
  });

  it('is refused as deleted once deleted elsewhere, and put back only when saved again', async () => {
    store = await openStore(freshName('held-if-still-gone'));
    const first = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-15', renewals: [] },
      asOf,
    );
    if (!first.ok) throw new Error('fixture');
    await deleteHeld(store, first.value.id);

    const gone = await saveHeld(
      store,
      { ...first.value, earnedDate: '2024-04-02' },
      asOf,
      first.value,
    );
    expect(gone).toEqual({ ok: false, errors: [], conflict: 'DELETED' });
    expect(await listHeld(store)).toEqual([]);

    // The person saw the notice and saved again: no version to hold to, so it comes back.
    const back = await saveHeld(store, { ...first.value, earnedDate: '2024-04-02' }, asOf);
    expect(back.ok).toBe(true);
    expect(await listHeld(store)).toMatchObject([{ id: first.value.id, earnedDate: '2024-04-02' }]);
  });
});

describe('a goal edited in two windows', () => {
  it('is refused from a version changed since, saved from the current one', async () => {
    store = await openStore(freshName('goal-if-still'));
    const first = await saveGoal(store, goal, asOf);
    if (!first.ok) throw new Error('fixture');
    const opened = first.value;
    const elsewhere = await saveGoal(store, { ...opened, title: 'Earn the PMP this year' }, asOf);
    if (!elsewhere.ok) throw new Error('fixture');
    expect(elsewhere.value.updatedAt).toBe(opened.updatedAt);

    const before = await dumpTables(store.db);
    const stale = await saveGoal(store, { ...opened, status: 'paused' }, asOf, null, opened);
    expect(stale).toEqual({ ok: false, errors: [], conflict: 'CHANGED' });
    expect(await dumpTables(store.db)).toEqual(before);

    const fresh = await saveGoal(
      store,
      { ...elsewhere.value, status: 'paused' },
      asOf,
      null,
      elsewhere.value,
    );
    expect(fresh.ok).toBe(true);
    expect(await listGoals(store)).toMatchObject([
      { id: opened.id, title: 'Earn the PMP this year', status: 'paused' },
    ]);
  });

  it('is refused as deleted once deleted elsewhere, and put back only when saved again', async () => {
    store = await openStore(freshName('goal-if-still-gone'));
    const first = await saveGoal(store, goal, asOf);
    if (!first.ok) throw new Error('fixture');
    await deleteGoal(store, first.value.id);

    const gone = await saveGoal(
      store,
      { ...first.value, status: 'paused' },
      asOf,
      null,
      first.value,
    );
    expect(gone).toEqual({ ok: false, errors: [], conflict: 'DELETED' });
    expect(await listGoals(store)).toEqual([]);

    const back = await saveGoal(store, { ...first.value, status: 'paused' }, asOf);
    expect(back.ok).toBe(true);
    expect(await listGoals(store)).toMatchObject([{ id: first.value.id, status: 'paused' }]);
  });
});
