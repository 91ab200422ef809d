import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { applyActivity, type ActivityApplication } from '../../../../shared/domain/credits';
import { activity, course, givingBack, holding, rule } from './fixtures';

const asOf = '2019-06-30';
const byCredential = (apps: ActivityApplication[]) =>
  Object.fromEntries(apps.map((a) => [a.credentialId, a]));

describe('one activity, several PMI credentials (domain-facts §1 worked example)', () => {
  const held = [
    holding('pmp', '2017-02-03'),
    holding('pmi-rmp', '2018-01-10'),
    holding('pmi-sp', '2018-01-10'),
    holding('pmi-pba', '2018-01-10'),
    holding('pmi-acp', '2018-01-10'),
  ];
  // 10 h course: 3 h risk, 2 h scheduling, 2 h business analysis, 1 h agile (+2 h general PM).
  const tenHours = course(
    '2019-05-10',
    { waysOfWorking: 10 },
    {
      waysOfWorkingFor: { 'pmi-rmp': 3, 'pmi-sp': 2, 'pmi-pba': 2, 'pmi-acp': 1 },
    },
  );

  it.each<[string, number]>([
    ['pmp', 10],
    ['pmi-rmp', 3],
    ['pmi-sp', 2],
    ['pmi-pba', 2],
    ['pmi-acp', 1],
  ])('%s gets %i h of Ways of Working', (id, hours) => {
    const app = byCredential(applyActivity(tenHours, held, asOf))[id]!;
    expect(app.outcome).toBe('counts');
    expect(app.contribution?.byArea.waysOfWorking).toBe(hours);
    expect(app.contribution?.total).toBe(hours);
  });

  it('says how much Ways of Working was left out for each other credential', () => {
    const app = byCredential(applyActivity(tenHours, held, asOf))['pmi-acp']!;
    expect(app.reasons).toEqual([{ code: 'WAYS_OF_WORKING_NOT_ALLOCATED', hours: 9 }]);
  });
});

describe('a PMP + PMI-ACP holder: Power Skills and Business Acumen count for both', () => {
  const held = [holding('pmp', '2017-02-03'), holding('pmi-acp', '2018-01-10')];

  it('6 h course (4 Ways of Working, 1 allocated to ACP; 2 Power Skills) → PMP 6, ACP 3', () => {
    const c = course(
      '2019-03-01',
      { waysOfWorking: 4, powerSkills: 2 },
      { waysOfWorkingFor: { 'pmi-acp': 1 } },
    );
    const apps = byCredential(applyActivity(c, held, asOf));
    expect(apps.pmp?.contribution).toMatchObject({
      total: 6,
      byArea: { waysOfWorking: 4, powerSkills: 2, businessAcumen: 0 },
    });
    expect(apps['pmi-acp']?.contribution).toMatchObject({
      total: 3,
      byArea: { waysOfWorking: 1, powerSkills: 2, businessAcumen: 0 },
    });
  });

  it('a pure Ways of Working course not allocated to ACP does not count for it', () => {
    const c = course('2019-03-01', { waysOfWorking: 5 });
    const apps = byCredential(applyActivity(c, held, asOf));
    expect(apps.pmp?.outcome).toBe('counts');
    expect(apps['pmi-acp']).toMatchObject({
      outcome: 'not-counted',
      reasons: [{ code: 'WAYS_OF_WORKING_NOT_ALLOCATED', hours: 5 }],
    });
  });

  it('giving back counts for both, whole (caps are per cycle)', () => {
    const apps = byCredential(applyActivity(givingBack('2019-03-01', 'volunteer', 20), held, asOf));
    expect(apps.pmp?.contribution?.givingBack).toBe(20);
    expect(apps['pmi-acp']?.contribution?.givingBack).toBe(20);
  });

  it('an activity before ACP was earned counts for PMP only', () => {
    const apps = byCredential(applyActivity(course('2017-12-01', { powerSkills: 4 }), held, asOf));
    expect(apps.pmp?.outcome).toBe('counts');
    expect(apps['pmi-acp']).toMatchObject({
      outcome: 'not-counted',
      reasons: [{ code: 'BEFORE_CERTIFICATION', certifiedOn: '2018-01-10' }],
    });
  });
});

describe('units and relevant share (§1)', () => {
  const pmp = [holding('pmp', '2017-02-03')];

  it('15 h at 50 % counts 7.5 PDUs', () => {
    const half = activity({
      date: '2019-01-01',
      amount: 15,
      relevantPercent: 50,
      split: { waysOfWorking: 0, powerSkills: 7.5, businessAcumen: 0 },
    });
    const [app] = applyActivity(half, pmp, asOf);
    expect(app?.contribution?.total).toBe(7.5);
    expect(app?.reasons).toEqual([{ code: 'RELEVANT_SHARE', percent: 50, hours: 15 }]);
  });

  it('1 CEU = 10 h', () => {
    const ceu = activity({
      date: '2019-01-01',
      amount: 2.5,
      unit: 'ceu',
      split: { waysOfWorking: 25, powerSkills: 0, businessAcumen: 0 },
    });
    expect(applyActivity(ceu, pmp, asOf)[0]?.contribution?.total).toBe(25);
  });
});

describe('when an activity does not count, and why', () => {
  const pmp = holding('pmp', '2017-02-03');
  const one = (a: ReturnType<typeof activity>, h: HeldWithRule = pmp, on = asOf) =>
    applyActivity(a, [h], on)[0]!;

  it.each<[string, string, number | null]>([
    ['2017-02-02', 'BEFORE_CERTIFICATION', null],
    ['2017-02-03', 'counts', 0],
    ['2019-02-02', 'counts', 0],
  ])('dated %s: %s', (date, expected, cycle) => {
    const app = one(course(date, { powerSkills: 1 }));
    expect(app.outcome === 'counts' ? 'counts' : app.reasons[0]?.code).toBe(expected);
    expect(app.cycleIndex).toBe(cycle);
  });

  it('the last day of the cycle counts for it; the next day counts for the next cycle once renewed', () => {
    const renewed = holding('pmp', '2017-02-03', [{ date: '2019-12-01' }]);
    expect(one(course('2020-02-02', { powerSkills: 1 }), renewed, '2020-03-01').cycleIndex).toBe(0);
    expect(one(course('2020-02-03', { powerSkills: 1 }), renewed, '2020-03-01').cycleIndex).toBe(1);
  });

  it('unrenewed: the suspension year still counts for the cycle; after expiry nothing does', () => {
    expect(one(course('2020-05-01', { powerSkills: 1 }), pmp, '2020-06-01')).toMatchObject({
      outcome: 'counts',
      cycleIndex: 0,
    });
    expect(one(course('2021-02-03', { powerSkills: 1 }), pmp, '2021-03-01')).toMatchObject({
      outcome: 'not-counted',
      reasons: [{ code: 'OUTSIDE_CYCLE', cycleIndex: null }],
    });
  });

  it('a planned activity is a projection only', () => {
    const app = one(course('2019-09-01', { powerSkills: 3 }, { status: 'planned' }));
    expect(app).toMatchObject({
      outcome: 'projected',
      cycleIndex: 0,
      reasons: [{ code: 'PLANNED_ONLY' }],
    });
    expect(app.contribution?.total).toBe(3);
  });

  it('a per-credential claim status wins over the activity status', () => {
    const app = one(
      course('2019-03-01', { powerSkills: 3 }, { status: 'earned', claims: { pmp: 'planned' } }),
    );
    expect(app.outcome).toBe('projected');
  });

  it.each<[string, HeldWithRule, ReturnType<typeof activity>, string]>([
    [
      'a credential being prepared',
      { credential: { id: 'p', credentialId: 'pmp', stage: 'preparing' }, rule: rule('pmp') },
      course('2019-03-01', { powerSkills: 1 }),
      'NOT_HELD',
    ],
    [
      'a credential the user excluded',
      pmp,
      course('2019-03-01', { powerSkills: 1 }, { excludedFrom: ['pmp'] }),
      'EXCLUDED_BY_USER',
    ],
    [
      'an invalid activity',
      pmp,
      course('2019-03-01', { powerSkills: 1 }, { amount: 1.1 }),
      'INVALID_ACTIVITY',
    ],
    [
      'PMI education without a split',
      pmp,
      activity({ date: '2019-03-01', amount: 2 }),
      'NO_AREA_SPLIT',
    ],
    [
      'a lifetime credential',
      holding('comptia-project-plus', '2015-01-01'),
      course('2019-03-01', { powerSkills: 1 }),
      'NO_REQUIREMENT',
    ],
  ])('%s → %s', (_name, h, a, code) => {
    expect(one(a, h).reasons[0]?.code).toBe(code);
  });

  it('an invalid activity lists its error codes', () => {
    expect(one(course('2019-03-01', { powerSkills: 1 }, { amount: -1 })).reasons[0]).toEqual({
      code: 'INVALID_ACTIVITY',
      errors: ['NEGATIVE'],
    });
  });
});

describe('non-PMI credentials take the relevant hours whole, by category', () => {
  const held = [
    holding('pmp', '2017-02-03'),
    holding('cbap', '2018-01-01'),
    holding('csm', '2018-06-01'),
  ];

  it('a course without a Talent Triangle split still counts for CBAP and CSM', () => {
    const apps = byCredential(
      applyActivity(activity({ date: '2019-03-01', amount: 6 }), held, asOf),
    );
    expect(apps.pmp?.reasons[0]?.code).toBe('NO_AREA_SPLIT');
    expect(apps.cbap?.contribution).toMatchObject({
      total: 6,
      general: 6,
      category: 'professional-development',
    });
    expect(apps.csm?.contribution).toMatchObject({ total: 6, general: 6, category: null });
  });

  it('the user can tag the IIBA category', () => {
    const tagged = activity({ date: '2019-03-01', amount: 6, categories: { iiba: 'academic' } });
    expect(byCredential(applyActivity(tagged, held, asOf)).cbap?.contribution?.category).toBe(
      'academic',
    );
  });
});
