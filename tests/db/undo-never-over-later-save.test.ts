// Undo of a deleted goal, degree or credit-log activity puts it back only while its id is still
// absent, checked in the write's own transaction: a record saved again with that id after the
// delete (an edit form still open in another window, say) is kept as it is, and the restore
// says it did not put anything back. As restoreRole and restoreEntry already do.
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/credits';
import type { Goal } from '../../shared/domain/goals';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteActivity,
  listActivities,
  listEvidence,
  restoreActivity,
  saveActivity,
} from '../../renderer/src/db/repositories/activities';
import {
  deleteDegree,
  deleteGoal,
  listDegrees,
  listGoals,
  restoreDegree,
  restoreGoal,
  saveDegree,
  saveGoal,
} from '../../renderer/src/db/repositories/career';
import { freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
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

const degree = {
  level: 'bachelor' as const,
  field: 'Business',
  institution: 'State University',
  year: 2019,
  gacAccredited: false,
};

describe('Undo of a deleted goal', () => {
  it('puts it back while its id is absent', async () => {
    store = await openStore(freshName('undo-goal'));
    const saved = await saveGoal(store, goal, asOf);
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteGoal(store, saved.value.id);
    expect(await restoreGoal(store, removed!)).toBe(true);
    expect(await listGoals(store)).toEqual([saved.value]);
  });

  it('never over the goal saved again since: false, and the later one kept', async () => {
    store = await openStore(freshName('undo-goal-later'));
    const saved = await saveGoal(store, goal, asOf);
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteGoal(store, saved.value.id);
    const again = await saveGoal(store, { ...saved.value, title: 'Earn the PgMP' }, asOf);
    if (!again.ok) throw new Error('not saved again');
    expect(await restoreGoal(store, removed!)).toBe(false);
    expect((await listGoals(store)).map((g) => g.title)).toEqual(['Earn the PgMP']);
  });
});

describe('Undo of a deleted degree', () => {
  it('puts it back while its id is absent', async () => {
    store = await openStore(freshName('undo-degree'));
    const saved = await saveDegree(store, degree, asOf);
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteDegree(store, saved.value.id);
    expect(await restoreDegree(store, removed!)).toBe(true);
    expect(await listDegrees(store)).toEqual([saved.value]);
  });

  it('never over the degree saved again since: false, and the later one kept', async () => {
    store = await openStore(freshName('undo-degree-later'));
    const saved = await saveDegree(store, degree, asOf);
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteDegree(store, saved.value.id);
    const again = await saveDegree(store, { ...saved.value, field: 'Engineering' }, asOf);
    if (!again.ok) throw new Error('not saved again');
    expect(await restoreDegree(store, removed!)).toBe(false);
    expect((await listDegrees(store)).map((d) => d.field)).toEqual(['Engineering']);
  });
});

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
const file = (name: string) => ({ name, mimeType: 'text/plain', data: new Uint8Array([65]) });

describe('Undo of a deleted activity', () => {
  it('puts it back with its evidence while its id is absent', async () => {
    store = await openStore(freshName('undo-activity'));
    const saved = await saveActivity(store, course, asOf, { addEvidence: [file('a.txt')] });
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteActivity(store, saved.value.id);
    expect(await restoreActivity(store, removed!)).toBe(true);
    expect(await listActivities(store)).toEqual([saved.value]);
    expect((await listEvidence(store, saved.value.id)).map((f) => f.name)).toEqual(['a.txt']);
  });

  it('never over the activity saved again since: false, and the later one kept', async () => {
    store = await openStore(freshName('undo-activity-later'));
    const saved = await saveActivity(store, course, asOf, { addEvidence: [file('a.txt')] });
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteActivity(store, saved.value.id);
    // Window B, told it was deleted, saves its corrections anyway (no ifStill).
    const again = await saveActivity(store, { ...saved.value, title: 'Agile estimation' }, asOf, {
      addEvidence: [file('b.txt')],
    });
    if (!again.ok) throw new Error('not saved again');
    const putBack = await restoreActivity(store, removed!);
    expect(await listActivities(store)).toEqual([again.value]);
    expect((await listEvidence(store, saved.value.id)).map((f) => f.name)).toEqual(['b.txt']);
    expect(putBack).toBe(false);
  });
});
