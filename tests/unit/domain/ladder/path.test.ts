import { describe, expect, it } from 'vitest';
import { defaultLadder, type RungId } from '../../../../shared/catalog/ladder';
import {
  addRung,
  defaultLadderPlan,
  moveRung,
  newUserRung,
  removeRung,
  type LadderEdit,
  type LadderPlan,
} from '../../../../shared/catalog/ladder-requirements';
import {
  climbOn,
  pathBetween,
  rungRole,
  type ClimbProblem,
} from '../../../../shared/domain/ladder/path';

describe('the default ladder', () => {
  it('has the five rungs of the product, in order', () => {
    expect(defaultLadder.rungs.map((r) => [r.level, r.name])).toEqual([
      [1, 'Project support'],
      [2, 'PMO Analyst'],
      [3, 'Project / Program Manager'],
      [4, 'PMO Manager'],
      [5, 'PMO Director'],
    ]);
  });
  it('gives every rung typical titles and credentials', () => {
    for (const r of defaultLadder.rungs) {
      expect(r.typicalTitles.length).toBeGreaterThan(0);
      expect(r.typicalCredentials.length).toBeGreaterThan(0);
    }
  });
});

describe('pathBetween', () => {
  it.each<[RungId, RungId, string[], number]>([
    ['project-support', 'pmo-director', ['pmo-analyst', 'project-manager', 'pmo-manager'], 4],
    ['pmo-analyst', 'project-manager', [], 1],
    ['pmo-manager', 'pmo-manager', [], 0],
  ])('%s → %s passes %j in %i steps', (from, to, between, steps) => {
    const path = pathBetween(defaultLadder, from, to);
    expect(path?.between.map((r) => r.id)).toEqual(between);
    expect(path?.steps).toBe(steps);
  });

  it('has no path downwards or to an unknown rung', () => {
    expect(pathBetween(defaultLadder, 'pmo-director', 'pmo-analyst')).toBeNull();
    expect(pathBetween(defaultLadder, 'pmo-analyst', 'astronaut' as RungId)).toBeNull();
  });

  it('marks each rung by its place on the road', () => {
    const path = pathBetween(defaultLadder, 'pmo-analyst', 'pmo-manager')!;
    expect(defaultLadder.rungs.map((r) => rungRole(path, r.id))).toEqual([
      'off-path',
      'current',
      'between',
      'target',
      'off-path',
    ]);
    const here = pathBetween(defaultLadder, 'pmo-director', 'pmo-director')!;
    expect(rungRole(here, 'pmo-director')).toBe('current-and-target');
  });
});

// The user's own ladder (issue 5 part 1): a rung added, one moved, one removed. The road is
// read from the ladder's order, whatever the shipped levels were.
const ok = (edit: LadderEdit): LadderPlan => {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.value;
};
const withOwn = ok(addRung(defaultLadderPlan(), newUserRung('senior', 'Senior PMO Analyst'), 2));
const noDirector = ok(removeRung(withOwn, 'pmo-director'));
const managerFirst = ok(moveRung(noDirector, 'pmo-manager', 0));
const names = (ids: { id: string }[]) => ids.map((r) => r.id);

describe('pathBetween on the user’s own ladder', () => {
  it.each<[string, LadderPlan, string, string, string[], number]>([
    [
      'through a rung of their own',
      withOwn,
      'pmo-analyst',
      'pmo-manager',
      ['senior', 'project-manager'],
      3,
    ],
    ['to a rung of their own', withOwn, 'project-support', 'senior', ['pmo-analyst'], 2],
    [
      'from a rung of their own',
      withOwn,
      'senior',
      'pmo-director',
      ['project-manager', 'pmo-manager'],
      3,
    ],
    [
      'after a move, in the new order',
      managerFirst,
      'pmo-manager',
      'project-manager',
      ['project-support', 'pmo-analyst', 'senior'],
      4,
    ],
  ])('%s', (_, plan, from, to, between, steps) => {
    const path = pathBetween(plan, from, to);
    expect(path && names(path.between)).toEqual(between);
    expect(path?.steps).toBe(steps);
    expect(path?.target.id).toBe(to);
  });

  it('marks the user’s own rung on the road', () => {
    const path = pathBetween(withOwn, 'pmo-analyst', 'project-manager')!;
    expect(withOwn.rungs.map((r) => rungRole(path, r.id))).toEqual([
      'off-path',
      'current',
      'between',
      'target',
      'off-path',
      'off-path',
    ]);
  });
});

describe('climbOn: the profile’s rungs on the user’s ladder', () => {
  it.each<[string, LadderPlan, string, string, ClimbProblem[] | null]>([
    ['a road on the shipped ladder', defaultLadderPlan(), 'pmo-analyst', 'pmo-director', null],
    ['a road to a rung of their own', withOwn, 'pmo-analyst', 'senior', null],
    ['the target removed', noDirector, 'pmo-analyst', 'pmo-director', ['TARGET_NOT_ON_LADDER']],
    [
      'the current rung removed',
      noDirector,
      'pmo-director',
      'pmo-director',
      ['CURRENT_NOT_ON_LADDER', 'TARGET_NOT_ON_LADDER'],
    ],
    [
      'the current rung removed, the target still there',
      noDirector,
      'gone',
      'pmo-manager',
      ['CURRENT_NOT_ON_LADDER'],
    ],
    [
      'the target moved below the current rung',
      managerFirst,
      'pmo-analyst',
      'pmo-manager',
      ['TARGET_BELOW_CURRENT'],
    ],
  ])('%s', (_, plan, current, target, problems) => {
    const climb = climbOn(plan, current, target);
    if (problems === null) {
      expect(climb.ok).toBe(true);
      if (climb.ok) expect(climb.path.target.id).toBe(target);
    } else expect(climb).toEqual({ ok: false, problems });
  });
});
