// The ladder's save boundary refuses a ladder that would give two rungs one name, so no way
// of saving (a form, Undo, a later screen) brings back three "PMO Analyst" rungs. A clash
// saved before the rule existed does not lock the ladder: it can still be changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
  removeRung,
  type LadderPlan,
} from '../../shared/catalog/ladder-requirements';
import { openStore, type Store } from '../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../renderer/src/db/repositories/career';
import { freshName } from './helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('ladder-rung-names'));
});
afterEach(async () => {
  await store.db.delete();
});

function withRung(plan: LadderPlan, id: string, name: string): LadderPlan {
  const edit = addRung(plan, newUserRung(id, name), plan.rungs.length);
  if (!edit.ok) throw new Error('not added');
  return edit.value;
}
const names = async () => (await getLadderPlan(store)).rungs.map((r) => r.name);

describe('saving a ladder with two rungs of one name', () => {
  it('is refused, nothing written, with the rungs that clash', async () => {
    const before = await names();
    const plan = withRung(defaultLadderPlan(), 'mine', ' pmo ANALYST');
    const saved = await saveLadderPlan(store, plan);
    expect(saved).toEqual({
      ok: false,
      errors: [
        { field: 'pmo-analyst.name', code: 'NAME_TAKEN' },
        { field: 'mine.name', code: 'NAME_TAKEN' },
      ],
    });
    expect(await names()).toEqual(before);
  });

  it('a rung renamed to another rung’s name is refused too', async () => {
    const plan = defaultLadderPlan();
    const renamed = {
      ...plan,
      rungs: plan.rungs.map((r) => (r.id === 'pmo-director' ? { ...r, name: 'PMO Manager' } : r)),
    };
    const saved = await saveLadderPlan(store, renamed);
    expect(saved.ok).toBe(false);
    expect(await names()).toContain('PMO Director');
  });

  it('a name of its own is saved', async () => {
    const saved = await saveLadderPlan(
      store,
      withRung(defaultLadderPlan(), 'mine', 'Senior PMO Analyst'),
    );
    expect(saved.ok).toBe(true);
    expect(await names()).toContain('Senior PMO Analyst');
  });

  it('a clash saved before the rule does not lock the ladder: one of the two can be removed', async () => {
    // As an older version saved it, without the check.
    const old = withRung(defaultLadderPlan(), 'mine', 'PMO Analyst');
    await store.db.table('ladderPlan').put({ id: 'me', rungs: old.rungs, updatedAt: 'x' });

    const removed = removeRung(old, 'mine');
    if (!removed.ok) throw new Error('not removed');
    expect((await saveLadderPlan(store, removed.value)).ok).toBe(true);
    expect((await names()).filter((n) => n === 'PMO Analyst')).toHaveLength(1);
    // Putting the old ladder back (Undo) is refused: it would share the name again.
    expect((await saveLadderPlan(store, old)).ok).toBe(false);
  });
});
