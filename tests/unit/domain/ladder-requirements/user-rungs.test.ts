// Rungs of the user's own, their place on the ladder, and going back to the default
// (issue 5 part 1: "the user can edit rungs and requirements, add their own, and reset to the
// default"; PRODUCT.md, "The career ladder").
import { describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  moveRung,
  newUserRung,
  removeRung,
  replaceRequirement,
  resetLadder,
  RUNG_NAME_MAX,
  type LadderEdit,
  type LadderPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';

const ok = (edit: LadderEdit): LadderPlan => {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.value;
};
const codes = (edit: LadderEdit) => (edit.ok ? [] : edit.errors.map((e) => `${e.field}:${e.code}`));
const order = (plan: LadderPlan) => plan.rungs.map((r) => `${r.level}:${r.id}`);

describe('newUserRung', () => {
  it('is named, empty and the user’s own once added', () => {
    const plan = ok(addRung(defaultLadderPlan(), newUserRung('u1', '  Senior PMO Analyst '), 2));
    expect(plan.rungs[2]).toEqual({
      id: 'u1',
      level: 3,
      name: 'Senior PMO Analyst',
      typicalTitles: [],
      typicalYears: { min: 0, max: null },
      typicalCredentials: [],
      requirements: [],
      origin: 'user',
    });
  });

  it.each<[string, string, string[]]>([
    ['an empty name', '   ', ['name:REQUIRED']],
    ['a name one character too long', 'x'.repeat(RUNG_NAME_MAX + 1), ['name:TOO_LONG']],
    ['a name of the longest length', 'x'.repeat(RUNG_NAME_MAX), []],
  ])('refuses or accepts %s', (_label, name, expected) => {
    expect(codes(addRung(defaultLadderPlan(), newUserRung('u1', name), 0))).toEqual(expected);
  });
});

describe('the place of a rung', () => {
  const five = defaultLadderPlan();
  it.each<[string, () => LadderEdit, string[] | string]>([
    ['adding at the bottom (0)', () => addRung(five, newUserRung('u', 'Mine'), 0), '1:u'],
    ['adding at the top (5)', () => addRung(five, newUserRung('u', 'Mine'), 5), '6:u'],
    [
      'adding past the top (6)',
      () => addRung(five, newUserRung('u', 'Mine'), 6),
      ['position:POSITION_OUT_OF_RANGE'],
    ],
    [
      'adding below the bottom (-1)',
      () => addRung(five, newUserRung('u', 'Mine'), -1),
      ['position:POSITION_OUT_OF_RANGE'],
    ],
    ['moving the second rung down one', () => moveRung(five, 'pmo-analyst', 2), '3:pmo-analyst'],
    [
      'moving the top rung further up',
      () => moveRung(five, 'pmo-director', 5),
      ['position:POSITION_OUT_OF_RANGE'],
    ],
    [
      'moving the bottom rung further down',
      () => moveRung(five, 'project-support', -1),
      ['position:POSITION_OUT_OF_RANGE'],
    ],
    ['moving a rung that is not there', () => moveRung(five, 'ghost', 0), ['rungId:UNKNOWN_RUNG']],
    ['removing a rung that is not there', () => removeRung(five, 'ghost'), ['rungId:UNKNOWN_RUNG']],
  ])('%s', (_label, edit, expected) => {
    const result = edit();
    if (typeof expected === 'string') expect(order(ok(result))).toContain(expected);
    else expect(codes(result)).toEqual(expected);
  });

  it('keeps levels 1…n after any mix of adds, moves and removals', () => {
    let plan = ok(addRung(five, newUserRung('u', 'Mine'), 1));
    plan = ok(moveRung(plan, 'u', 4));
    plan = ok(removeRung(plan, 'pmo-analyst'));
    expect(order(plan)).toEqual([
      '1:project-support',
      '2:project-manager',
      '3:pmo-manager',
      '4:u',
      '5:pmo-director',
    ]);
  });
});

describe('resetLadder', () => {
  it('brings back removed and moved rungs and the shipped numbers, and drops user rungs', () => {
    let plan = ok(addRung(defaultLadderPlan(), newUserRung('u', 'Mine'), 0));
    plan = ok(moveRung(plan, 'pmo-director', 1));
    plan = ok(removeRung(plan, 'pmo-analyst'));
    const q = plan.rungs.find((r) => r.id === 'pmo-manager')!.requirements[0]!;
    plan = ok(replaceRequirement(plan, 'pmo-manager', { ...q, priority: 'recommended' }));
    expect(order(plan)).not.toEqual(order(defaultLadderPlan()));
    expect(resetLadder()).toEqual(defaultLadderPlan());
    expect(order(resetLadder())).toEqual([
      '1:project-support',
      '2:pmo-analyst',
      '3:project-manager',
      '4:pmo-manager',
      '5:pmo-director',
    ]);
  });
});

it('a changed number of a default requirement is kept as typed (PMP: 35 hours → 40)', () => {
  const plan = defaultLadderPlan();
  const q = plan.rungs[2]!.requirements.find((x) => x.id === 'pm-education')!;
  const next = ok(replaceRequirement(plan, 'project-manager', { ...q, hours: 40 } as Requirement));
  expect(next.rungs[2]!.requirements.find((x) => x.id === 'pm-education')).toMatchObject({
    hours: 40,
    origin: 'default',
  });
});
