import { describe, expect, it } from 'vitest';
import { evaluateCurrentCycle, evaluateCycles } from '../../../../shared/domain/credits';
import { nextDeadline } from '../../../../shared/domain/dashboard/next-deadline';
import { activity, course, evaluate, givingBack, holding } from './fixtures';

// PMP passed 3 Feb 2017: cycle 3 Feb 2017 – 2 Feb 2020, 1,095 days.
const pmp = holding('pmp', '2017-02-03');

// Education 25 (WoW 12, PS 10, BA 3) + giving back 10 = 35 PDUs.
const base = [
  course('2017-06-01', { waysOfWorking: 12, powerSkills: 5, businessAcumen: 3 }),
  course('2017-09-01', { powerSkills: 5 }, { type: 'read' }),
  givingBack('2018-01-15', 'volunteer', 10),
];

describe('totals, minimums and shortfalls (domain-facts §1)', () => {
  const e = evaluate(pmp, base, '2018-08-02');

  it('counts 35 PDUs: education 25 by area, giving back 10', () => {
    expect(e.counted).toMatchObject({
      total: 35,
      education: 25,
      givingBack: 10,
      byArea: { waysOfWorking: 12, powerSkills: 10, businessAcumen: 3 },
    });
  });

  it('lists what is missing as codes with numbers', () => {
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 25 },
      { code: 'EDUCATION_MIN', needed: 10 },
      { code: 'AREA_MIN', area: 'businessAcumen', needed: 5 },
    ]);
    expect([e.met, e.remaining]).toEqual([false, 25]);
  });

  it('is on track: 35 counted ≥ 29.75 expected after 546 of 1,095 days', () => {
    expect([e.cycleDays, e.elapsedDays, e.expectedByNow, e.status]).toEqual([
      1095,
      546,
      29.75,
      'on-track',
    ]);
  });

  it('needs 25 h by 2 Feb 2020, 549 days away (550 days to act): 1.39 h a month, 0.32 h a week', () => {
    expect([e.daysLeft, e.deadline, e.pace]).toEqual([
      549,
      '2020-02-02',
      { perMonth: 1.39, perWeek: 0.32 },
    ]);
  });

  it('is at risk on 1 Jun 2019: 35 < 46.5 expected after 849 days', () => {
    const later = evaluate(pmp, base, '2019-06-01');
    expect([later.elapsedDays, later.expectedByNow, later.status]).toEqual([849, 46.5, 'at-risk']);
  });

  it('education above its minimum is needed when giving back is capped: 34 + 25 = 59', () => {
    const r = evaluate(
      pmp,
      [
        course('2017-05-01', { waysOfWorking: 10, powerSkills: 12, businessAcumen: 12 }),
        givingBack('2018-01-01', 'volunteer', 30),
      ],
      '2019-01-01',
    );
    expect(r.counted.total).toBe(59);
    expect(r.shortfalls).toEqual([
      { code: 'TOTAL', needed: 1 },
      { code: 'EDUCATION_MIN', needed: 1 },
    ]);
    expect(r.remaining).toBe(1);
  });

  it('is complete at 60 with every minimum met', () => {
    const r = evaluate(
      pmp,
      [
        course('2017-05-01', { waysOfWorking: 16, powerSkills: 12, businessAcumen: 12 }),
        givingBack('2018-01-01', 'volunteer', 20),
      ],
      '2019-01-01',
    );
    expect([r.counted.total, r.met, r.status, r.shortfalls, r.remaining, r.pace]).toEqual([
      60,
      true,
      'complete',
      [],
      0,
      { perMonth: 0, perWeek: 0 },
    ]);
  });
});

describe('suspension, expiry and renewal (§1 cycle dates)', () => {
  it('suspended from the third anniversary: still earning, deadline the end of the suspension', () => {
    const r = evaluate(pmp, base, '2020-06-01');
    expect([r.status, r.deadline, r.daysLeft, r.pace]).toEqual([
      'suspended',
      '2021-02-02',
      246,
      { perMonth: 3.09, perWeek: 0.71 },
    ]);
  });

  it('expired from the fourth anniversary: no deadline, no pace', () => {
    const r = evaluate(pmp, base, '2021-02-03');
    expect([r.status, r.deadline, r.daysLeft, r.pace]).toEqual(['expired', null, 0, null]);
  });

  it('a renewed cycle whose log falls short says "renewed"; the new cycle starts on track', () => {
    const renewed = holding('pmp', '2017-02-03', [{ date: '2019-12-01' }]);
    expect(evaluate(renewed, base, '2020-02-03', 0).status).toBe('renewed');
    const next = evaluate(renewed, base, '2020-02-03', 1);
    expect([next.start, next.end, next.elapsedDays, next.expectedByNow, next.status]).toEqual([
      '2020-02-03',
      '2023-02-02',
      1,
      0,
      'on-track',
    ]);
  });
});

describe('an early renewal (§1 "next cycle": the rhythm stays, the cycle asks for nothing more)', () => {
  // Renewed on 1 Dec 2019, two months before the cycle ends on 2 Feb 2020.
  const early = holding('pmp', '2017-02-03', [{ date: '2019-12-01' }]);
  // Education 50 (WoW 20, PS 15, BA 15) + giving back 10 = 60 PDUs: the rule met.
  const full = [
    course('2017-06-01', { waysOfWorking: 20, powerSkills: 15, businessAcumen: 15 }),
    givingBack('2018-01-15', 'volunteer', 10),
  ];

  it.each([
    // log, status: renewed when the log falls short, complete when it meets the rule
    ['35 PDUs logged', base, 'renewed'],
    ['60 PDUs logged', full, 'complete'],
  ])('while the cycle still runs, with %s: %s, no deadline, no pace', (_, log, status) => {
    const r = evaluate(early, log, '2019-12-15');
    expect([r.status, r.renewedOn, r.deadline, r.daysLeft, r.pace]).toEqual([
      status,
      '2019-12-01',
      null,
      0,
      { perMonth: 0, perWeek: 0 },
    ]);
    expect(nextDeadline([r], '2019-12-15')).toBeNull();
  });

  it('before the renewal is recorded the same cycle is at risk, with its deadline', () => {
    const r = evaluate(pmp, base, '2019-12-15');
    expect([r.status, r.renewedOn, r.deadline]).toEqual(['at-risk', null, '2020-02-02']);
  });

  it('the next cycle waits for the anniversary and is then the one with a deadline', () => {
    const cycles = evaluateCycles(early.rule, early.credential, base, '2019-12-15', {
      alsoHeld: [early],
    });
    expect(cycles.map((c) => [c.start, c.status, c.deadline])).toEqual([
      ['2017-02-03', 'renewed', null],
      ['2020-02-03', 'on-track', '2023-02-02'],
    ]);
  });
});

describe('planned activities and explanations', () => {
  const planned = course(
    '2019-03-01',
    { waysOfWorking: 5, powerSkills: 5, businessAcumen: 15 },
    { status: 'planned' },
  );
  const r = evaluate(
    pmp,
    [...base, planned, course('2017-01-15', { powerSkills: 2 })],
    '2018-08-02',
  );

  it('planned hours are a projection, never counted', () => {
    expect(r.counted.total).toBe(35);
    expect(r.projection).toEqual({ planned: 25, total: 60, met: true, shortfalls: [] });
  });

  it('explains every activity dated in the cycle: counted, projected, or why not', () => {
    expect(
      r.activities.map((a) => [
        a.date,
        a.outcome,
        a.counted?.total ?? null,
        a.reasons.map((x) => x.code),
      ]),
    ).toEqual([
      // 2017-01-15 is before the certification date: outside every cycle, so not listed.
      ['2017-06-01', 'counts', 20, []],
      ['2017-09-01', 'counts', 5, []],
      ['2018-01-15', 'counts', 10, []],
      ['2019-03-01', 'projected', 25, ['PLANNED_ONLY']],
    ]);
  });

  it('an activity is listed in the cycle whose window it is dated in, not in the others', () => {
    const renewed = holding('pmp', '2017-02-03', [{ date: '2019-12-01' }]);
    const log = [course('2020-03-01', { powerSkills: 1 })];
    expect(evaluate(renewed, log, '2020-04-01', 0).activities).toEqual([]);
    expect(
      evaluate(renewed, log, '2020-04-01', 1).activities.map((a) => [a.date, a.outcome]),
    ).toEqual([['2020-03-01', 'counts']]);
  });
});

describe('unknown rules and whole-credential helpers', () => {
  it('PMI-PMOCP without configured numbers is "rule-unknown" and lists the unknowns', () => {
    const r = evaluate(
      holding('pmi-pmocp', '2024-01-10'),
      [course('2024-02-01', { powerSkills: 3 })],
      '2024-06-01',
    );
    expect(r.status).toBe('rule-unknown');
    expect(r.requirement.unknowns).toEqual(
      expect.arrayContaining(['total', 'educationMin', 'givingBackMax', 'areaMin.powerSkills']),
    );
    expect(r.counted.total).toBe(3);
  });

  it('evaluateCycles gives the history; evaluateCurrentCycle the cycle in force', () => {
    const renewed = holding('pmp', '2017-02-03', [{ date: '2019-12-01' }]);
    const all = evaluateCycles(renewed.rule, renewed.credential, base, '2020-04-01');
    expect(all.map((x) => [x.cycleIndex, x.start])).toEqual([
      [0, '2017-02-03'],
      [1, '2020-02-03'],
    ]);
    expect(
      evaluateCurrentCycle(renewed.rule, renewed.credential, base, '2020-04-01')?.cycleIndex,
    ).toBe(1);
    expect(evaluateCurrentCycle(renewed.rule, renewed.credential, base, '2016-01-01')).toBeNull();
  });

  it('an activity logged without a split counts for nothing at PMI', () => {
    const r = evaluate(pmp, [activity({ date: '2018-01-01', amount: 3 })], '2018-06-01');
    expect(r.activities[0]?.reasons).toEqual([{ code: 'NO_AREA_SPLIT' }]);
  });
});
