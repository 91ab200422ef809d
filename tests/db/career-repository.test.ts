import { afterEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan, type LadderPlan } from '../../shared/catalog/ladder-requirements';
import type { Role } from '../../shared/domain/experience';
import type { Goal } from '../../shared/domain/goals';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteAssessment,
  deleteDegree,
  deleteGoal,
  deleteRole,
  getContactHours,
  getLadderPlan,
  listAssessments,
  listDegrees,
  listGoals,
  listRoles,
  resetLadderPlan,
  restoreAssessment,
  restoreDegree,
  restoreGoal,
  restoreLadderPlan,
  restoreRole,
  saveAssessment,
  saveContactHours,
  saveDegree,
  saveGoal,
  saveLadderPlan,
  saveRole,
} from '../../renderer/src/db/repositories/career';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(() => store?.db.close());

const role: Omit<Role, 'id'> = {
  title: 'Project Manager',
  organisation: 'Contoso',
  industry: 'Healthcare',
  start: '2022-03',
  end: null,
  roleTypes: ['leading-projects'],
  teamSize: 9,
};

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
  milestones: [{ id: 'm-1', title: 'Book the exam', due: '2026-03-01', doneOn: null }],
  status: 'active',
};

describe('roles', () => {
  it('saves a role, keeps createdAt on edit and lists the latest start first', async () => {
    store = await openStore(freshName('roles'));
    const first = await saveRole(store, { ...role, start: '2019-09', end: '2022-02' }, asOf);
    const second = await saveRole(store, role, asOf);
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    const edited = await saveRole(store, { ...second.value, title: 'Senior PM' }, asOf);
    expect(edited.ok && edited.value.createdAt).toBe(second.value.createdAt);
    const rows = await listRoles(store);
    expect(rows.map((r) => [r.title, r.start])).toEqual([
      ['Senior PM', '2022-03'],
      ['Project Manager', '2019-09'],
    ]);
  });

  it('refuses an end before the start and a month in the future, writing nothing', async () => {
    store = await openStore(freshName('roles-bad'));
    const before = await dumpTables(store.db);
    const bad = await saveRole(store, { ...role, start: '2023-05', end: '2023-01' }, asOf);
    expect(bad).toEqual({ ok: false, errors: [{ field: 'end', code: 'END_BEFORE_START' }] });
    const future = await saveRole(store, { ...role, start: '2027-01' }, asOf);
    expect(future.ok).toBe(false);
    expect(await dumpTables(store.db)).toEqual(before);
  });

  it('deletes a role and restores it exactly', async () => {
    store = await openStore(freshName('roles-undo'));
    const saved = await saveRole(store, role, asOf);
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteRole(store, saved.value.id);
    expect(removed).toEqual(saved.value);
    expect(await listRoles(store)).toEqual([]);
    await restoreRole(store, removed!);
    expect(await listRoles(store)).toEqual([saved.value]);
    expect(await deleteRole(store, 'no-such-role')).toBeUndefined();
  });
});

describe('degrees and contact hours', () => {
  it('saves, refuses GAC on a diploma, deletes and restores a degree', async () => {
    store = await openStore(freshName('degrees'));
    const degree = {
      level: 'bachelor' as const,
      field: 'Business',
      institution: 'State University',
      year: 2019,
      gacAccredited: true,
    };
    const bad = await saveDegree(store, { ...degree, level: 'secondary' }, asOf);
    expect(bad.ok === false && bad.errors.map((e) => e.code)).toEqual(['GAC_NEEDS_DEGREE']);
    expect(await listDegrees(store)).toEqual([]);
    const saved = await saveDegree(store, degree, asOf);
    if (!saved.ok) throw new Error('not saved');
    const removed = await deleteDegree(store, saved.value.id);
    expect(await listDegrees(store)).toEqual([]);
    await restoreDegree(store, removed!);
    expect(await listDegrees(store)).toEqual([saved.value]);
  });

  it('keeps one contact-hours row, null until entered, refusing bad hours', async () => {
    store = await openStore(freshName('contact'));
    expect(await getContactHours(store)).toBeNull();
    const bad = await saveContactHours(store, { hours: 10.1 }, asOf);
    expect(bad.ok === false && bad.errors).toEqual([{ field: 'hours', code: 'HOURS_NOT_QUARTER' }]);
    expect(await getContactHours(store)).toBeNull();
    const course = { title: 'PMP boot camp', hours: 35, date: '2024-01-20', topic: 'general' };
    await saveContactHours(store, { hours: 12, courses: [course as never] }, asOf);
    await saveContactHours(store, { hours: 14, courses: [] }, asOf);
    expect(await getContactHours(store)).toMatchObject({ id: 'me', hours: 14, courses: [] });
    expect(await store.db.table('contactHours').count()).toBe(1);
  });
});

describe('skill assessments', () => {
  it('lists oldest first, refuses a level of 6 and restores a deleted one exactly', async () => {
    store = await openStore(freshName('skills'));
    const late = await saveAssessment(
      store,
      { skill: 'leadership', level: 4, date: '2026-10-01' },
      asOf,
    );
    await saveAssessment(store, { skill: 'leadership', level: 2, date: '2025-01-01' }, asOf);
    const bad = await saveAssessment(
      store,
      { skill: 'leadership', level: 6 as never, date: '2026-01-01' },
      asOf,
    );
    expect(bad.ok).toBe(false);
    expect((await listAssessments(store)).map((a) => a.level)).toEqual([2, 4]);
    if (!late.ok) throw new Error('not saved');
    const removed = await deleteAssessment(store, late.value.id);
    expect((await listAssessments(store)).map((a) => a.level)).toEqual([2]);
    await restoreAssessment(store, removed!);
    expect((await listAssessments(store)).at(-1)).toEqual(late.value);
  });
});

describe('goals', () => {
  it('refuses a goal without a measurable target, writing nothing', async () => {
    store = await openStore(freshName('goals-bad'));
    const bad = await saveGoal(store, { ...goal, target: null }, asOf);
    expect(bad.ok === false && bad.errors).toContainEqual({
      field: 'target',
      code: 'NO_MEASURABLE_TARGET',
    });
    expect(await listGoals(store)).toEqual([]);
  });

  it('saves, deletes and restores a goal exactly', async () => {
    store = await openStore(freshName('goals'));
    const saved = await saveGoal(store, goal, asOf);
    expect(saved.ok === false && saved.errors).toBe(false);
    if (!saved.ok) return;
    const removed = await deleteGoal(store, saved.value.id);
    expect(await listGoals(store)).toEqual([]);
    await restoreGoal(store, removed!);
    expect(await listGoals(store)).toEqual([saved.value]);
  });
});

describe('ladder plan', () => {
  it('reads the default until edited, then the edit; reset removes it and Undo restores it', async () => {
    store = await openStore(freshName('plan'));
    expect(await getLadderPlan(store)).toEqual(defaultLadderPlan());
    const plan = defaultLadderPlan();
    const edited: LadderPlan = {
      ...plan,
      rungs: plan.rungs.map((r, i) => (i === 0 ? { ...r, name: 'Coordinator' } : r)),
    };
    const saved = await saveLadderPlan(store, edited);
    expect(saved.ok).toBe(true);
    expect((await getLadderPlan(store)).rungs[0]!.name).toBe('Coordinator');
    const removed = await resetLadderPlan(store);
    expect(await getLadderPlan(store)).toEqual(defaultLadderPlan());
    await restoreLadderPlan(store, removed!);
    expect((await getLadderPlan(store)).rungs[0]!.name).toBe('Coordinator');
  });

  it('refuses a plan with an invalid requirement, writing nothing', async () => {
    store = await openStore(freshName('plan-bad'));
    const plan = defaultLadderPlan();
    const [first, ...rest] = plan.rungs;
    const broken = {
      ...first!,
      requirements: [{ ...first!.requirements[0]!, id: '' }, ...first!.requirements.slice(1)],
    };
    const result = await saveLadderPlan(store, { ...plan, rungs: [broken, ...rest] });
    expect(result.ok).toBe(false);
    expect(await store.db.table('ladderPlan').count()).toBe(0);
  });
});
