import { describe, expect, it } from 'vitest';
import {
  addRequirement,
  addRung,
  defaultLadderPlan,
  isRungEdited,
  moveRung,
  removeRequirement,
  removeRung,
  replaceRequirement,
  resetLadder,
  resetRung,
  updateRung,
  validateRequirement,
  type LadderEdit,
  type LadderPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';

const ok = (edit: LadderEdit): LadderPlan => {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.value;
};
const errors = (edit: LadderEdit) =>
  edit.ok ? [] : edit.errors.map((e) => `${e.field}:${e.code}`);
const user = (extra: Partial<Requirement> = {}): Requirement =>
  ({
    id: 'speak',
    kind: 'custom',
    title: 'Speak at a chapter meeting',
    done: false,
    priority: 'recommended',
    basis: { source: 'user' },
    origin: 'user',
    ...extra,
  }) as Requirement;
const details = {
  name: 'Senior PMO Analyst',
  typicalTitles: [],
  typicalYears: { min: 4, max: 6 },
  typicalCredentials: [],
};

describe('rung edits', () => {
  it('renames a rung without touching the original value', () => {
    const plan = defaultLadderPlan();
    const next = ok(updateRung(plan, 'pmo-analyst', { name: '  PMO Officer ' }));
    expect(next.rungs[1]!.name).toBe('PMO Officer');
    expect(plan.rungs[1]!.name).toBe('PMO Analyst');
    expect(isRungEdited(next.rungs[1]!)).toBe(true);
  });

  it('refuses an empty name, bad typical years and an unknown rung', () => {
    const plan = defaultLadderPlan();
    expect(errors(updateRung(plan, 'pmo-analyst', { name: ' ' }))).toEqual(['name:REQUIRED']);
    expect(errors(updateRung(plan, 'pmo-analyst', { typicalYears: { min: 5, max: 3 } }))).toEqual([
      'typicalYears.max:TOO_SMALL',
    ]);
    expect(errors(updateRung(plan, 'astronaut', { name: 'x' }))).toEqual(['rungId:UNKNOWN_RUNG']);
  });

  it('adds a user rung between two rungs and renumbers the levels', () => {
    const next = ok(addRung(defaultLadderPlan(), { id: 'senior-analyst', ...details }, 2));
    expect(next.rungs.map((r) => `${r.level}:${r.id}`)).toEqual([
      '1:project-support',
      '2:pmo-analyst',
      '3:senior-analyst',
      '4:project-manager',
      '5:pmo-manager',
      '6:pmo-director',
    ]);
    expect(next.rungs[2]).toMatchObject({ origin: 'user', requirements: [] });
    expect(errors(addRung(next, { id: 'senior-analyst', ...details }, 0))).toEqual([
      'id:DUPLICATE',
    ]);
    expect(errors(addRung(next, { id: 'x', ...details }, 7))).toEqual([
      'position:POSITION_OUT_OF_RANGE',
    ]);
  });

  it('moves and removes rungs, never the last one', () => {
    let plan = ok(moveRung(defaultLadderPlan(), 'pmo-director', 0));
    expect(plan.rungs.map((r) => r.level + r.id).slice(0, 2)).toEqual([
      '1pmo-director',
      '2project-support',
    ]);
    for (const id of ['pmo-director', 'project-support', 'pmo-analyst', 'project-manager']) {
      plan = ok(removeRung(plan, id));
    }
    expect(plan.rungs.map((r) => `${r.level}:${r.id}`)).toEqual(['1:pmo-manager']);
    expect(errors(removeRung(plan, 'pmo-manager'))).toEqual(['rungId:LAST_RUNG']);
  });
});

describe('requirement edits', () => {
  it('adds, replaces and removes a user requirement', () => {
    let plan = ok(addRequirement(defaultLadderPlan(), 'pmo-manager', user()));
    expect(plan.rungs[3]!.requirements.at(-1)).toMatchObject({ id: 'speak', origin: 'user' });
    plan = ok(
      replaceRequirement(plan, 'pmo-manager', user({ done: true } as Partial<Requirement>)),
    );
    expect(plan.rungs[3]!.requirements.at(-1)).toMatchObject({ done: true });
    plan = ok(removeRequirement(plan, 'pmo-manager', 'speak'));
    expect(plan.rungs[3]!.requirements.some((q) => q.id === 'speak')).toBe(false);
  });

  it('refuses a duplicate id, an unknown requirement and invalid numbers', () => {
    const plan = defaultLadderPlan();
    expect(errors(addRequirement(plan, 'pmo-manager', user({ id: 'credential' })))).toEqual([
      'id:DUPLICATE',
    ]);
    expect(errors(replaceRequirement(plan, 'pmo-manager', user({ id: 'nope' })))).toEqual([
      'requirementId:UNKNOWN_REQUIREMENT',
    ]);
    expect(errors(removeRequirement(plan, 'pmo-manager', 'nope'))).toEqual([
      'requirementId:UNKNOWN_REQUIREMENT',
    ]);
    const badSkill = {
      ...user(),
      kind: 'skill',
      skill: 'leadership',
      level: 6,
    } as unknown as Requirement;
    expect(errors(addRequirement(plan, 'pmo-manager', badSkill))).toEqual([
      'level:LEVEL_OUT_OF_RANGE',
    ]);
  });

  it('changes a default number (PMP hours) and resets the rung to the default', () => {
    const plan = defaultLadderPlan();
    const q = plan.rungs[1]!.requirements.find((x) => x.id === 'pm-education')!;
    const edited = ok(replaceRequirement(plan, 'pmo-analyst', { ...q, hours: 40 } as Requirement));
    expect(isRungEdited(edited.rungs[1]!)).toBe(true);
    const back = ok(resetRung(ok(moveRung(edited, 'pmo-analyst', 4)), 'pmo-analyst'));
    expect(back.rungs[4]).toMatchObject({ id: 'pmo-analyst', level: 5 });
    expect(back.rungs[4]!.requirements.find((x) => x.id === 'pm-education')).toMatchObject({
      hours: 35,
    });
  });

  it('does not call a rung edited when a requirement is replaced by an equal one', () => {
    const plan = defaultLadderPlan();
    const q = plan.rungs[0]!.requirements[0]!;
    const reordered = Object.fromEntries(Object.entries(q).reverse()) as Requirement;
    expect(isRungEdited(ok(replaceRequirement(plan, 'project-support', reordered)).rungs[0]!)).toBe(
      false,
    );
  });

  it('cannot reset a user rung; resetLadder drops user rungs', () => {
    const plan = ok(addRung(defaultLadderPlan(), { id: 'mine', ...details }, 0));
    expect(errors(resetRung(plan, 'mine'))).toEqual(['rungId:NOT_A_DEFAULT_RUNG']);
    expect(errors(resetRung(plan, 'ghost'))).toEqual(['rungId:UNKNOWN_RUNG']);
    expect(resetLadder()).toEqual(defaultLadderPlan());
  });
});

describe('validateRequirement', () => {
  const base = { id: 'x', priority: 'essential', basis: { source: 's' }, origin: 'user' } as const;
  const codes = (spec: object) =>
    validateRequirement({ ...base, ...spec } as Requirement).map((e) => `${e.field}:${e.code}`);

  it.each<[string, object, string[]]>([
    [
      'a skill level of 0',
      { kind: 'skill', skill: 'communication', level: 0 },
      ['level:LEVEL_OUT_OF_RANGE'],
    ],
    [
      'a skill level of 3.5',
      { kind: 'skill', skill: 'communication', level: 3.5 },
      ['level:LEVEL_OUT_OF_RANGE'],
    ],
    ['an unknown skill', { kind: 'skill', skill: 'juggling', level: 3 }, ['skill:UNKNOWN_VALUE']],
    [
      'no credential',
      { kind: 'credential', anyOf: [], count: 1, standing: 'good' },
      ['anyOf:NO_CREDENTIAL'],
    ],
    [
      '2 of 1 credential',
      { kind: 'credential', anyOf: ['pmp'], count: 2, standing: 'good' },
      ['count:COUNT_ABOVE_OPTIONS'],
    ],
    [
      '12.5 months',
      { kind: 'experience', roleTypes: ['pmo'], months: 12.5, windowMonths: null },
      ['months:NOT_WHOLE'],
    ],
    [
      'no role type',
      { kind: 'experience', roleTypes: [], months: 12, windowMonths: null },
      ['roleTypes:NO_ROLE_TYPE'],
    ],
    [
      '60 months in the last 24: a window holds at most its own months (§2)',
      { kind: 'experience', roleTypes: ['pmo'], months: 60, windowMonths: 24 },
      ['months:MONTHS_ABOVE_WINDOW'],
    ],
    [
      '25 months in the last 24',
      { kind: 'experience', roleTypes: ['pmo'], months: 25, windowMonths: 24 },
      ['months:MONTHS_ABOVE_WINDOW'],
    ],
    [
      '24 months in the last 24: can be met',
      { kind: 'experience', roleTypes: ['pmo'], months: 24, windowMonths: 24 },
      [],
    ],
    [
      '60 months over no window: can be met',
      { kind: 'experience', roleTypes: ['pmo'], months: 60, windowMonths: null },
      [],
    ],
    [
      '12.5 months in the last 6: only the typing slip is said',
      { kind: 'experience', roleTypes: ['pmo'], months: 12.5, windowMonths: 6 },
      ['months:NOT_WHOLE'],
    ],
    [
      'an unknown role type',
      { kind: 'industries', roleTypes: ['x'], count: 2 },
      ['roleTypes.0:UNKNOWN_VALUE'],
    ],
    [
      'hours not in quarters',
      { kind: 'leadership-training', hours: 8.1 },
      ['hours:HOURS_NOT_QUARTER'],
    ],
    [
      'zero hours',
      { kind: 'continuous-learning', area: 'powerSkills', hours: 0 },
      ['hours:TOO_SMALL'],
    ],
    [
      'an unknown area',
      { kind: 'continuous-learning', area: 'magic', hours: 2 },
      ['area:UNKNOWN_VALUE'],
    ],
    ['no conferences', { kind: 'conferences', perYear: 0 }, ['perYear:TOO_SMALL']],
    ['an empty custom title', { kind: 'custom', title: ' ', done: false }, ['title:REQUIRED']],
    ['an unknown kind', { kind: 'telepathy' }, ['kind:UNKNOWN_VALUE']],
    [
      'an unknown education level',
      { kind: 'education-level', minLevel: 'phd' },
      ['minLevel:UNKNOWN_VALUE'],
    ],
  ])('flags %s', (_l, spec, expected) => {
    expect(codes(spec)).toEqual(expected);
  });
});
