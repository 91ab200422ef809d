import { describe, expect, it } from 'vitest';
import { cyclesFor } from '../../../../shared/domain/credentials';
import { carryOverWindowStart } from '../../../../shared/domain/credits';
import { course, evaluate, givingBack, holding } from './fixtures';

// PMP passed 3 Feb 2017, renewed 15 Dec 2019: cycle 0 ends 2 Feb 2020, its last 12 months
// run from 3 Feb 2019.
const pmp = holding('pmp', '2017-02-03', [{ date: '2019-12-15' }]);
const cycle0 = [
  course('2017-05-01', { waysOfWorking: 16, powerSkills: 12, businessAcumen: 12 }, { id: 'c1' }),
  givingBack('2018-01-01', 'volunteer', 20, { id: 'c2' }),
  course('2019-02-02', { powerSkills: 10 }, { id: 'c4' }), // exactly 12 months before the end date: outside
  course('2019-03-01', { waysOfWorking: 5, powerSkills: 5, businessAcumen: 5 }, { id: 'c3' }),
  givingBack('2019-06-01', 'work-as-practitioner', 8, { id: 'c5' }), // never carried
];

describe('carry-over window (domain-facts §1: the last 12 months)', () => {
  it.each<[string, string]>([
    ['2017-02-03', '2019-02-03'],
    ['2020-02-29', '2022-03-01'],
  ])('a cycle from %s carries from %s', (earned, from) => {
    const [cycle] = cyclesFor(holding('pmp', earned).credential, pmp.rule, '2021-01-01');
    expect(carryOverWindowStart(cycle!, 12)).toBe(from);
  });
});

describe('carry-over of surplus (§1, B; caps §5.2)', () => {
  it('the first cycle counts 90 (education 65, giving back 25) and hands on 15 from c3 only', () => {
    const e = evaluate(pmp, cycle0, '2020-03-01', 0);
    expect([e.counted.total, e.counted.education, e.counted.givingBack, e.met]).toEqual([
      90,
      65,
      25,
      true,
    ]);
    expect(e.carryOut).toEqual([
      { activityId: 'c3', date: '2019-03-01', bucket: 'waysOfWorking', hours: 5 },
      { activityId: 'c3', date: '2019-03-01', bucket: 'powerSkills', hours: 5 },
      { activityId: 'c3', date: '2019-03-01', bucket: 'businessAcumen', hours: 5 },
    ]);
  });

  it('the next cycle starts with the 15 carried PDUs in their areas', () => {
    const e = evaluate(pmp, cycle0, '2020-03-01', 1);
    expect(e.carriedIn.reduce((t, p) => t + p.hours, 0)).toBe(15);
    expect(e.counted).toMatchObject({
      total: 15,
      carriedIn: 15,
      byArea: { waysOfWorking: 5, powerSkills: 5, businessAcumen: 5 },
    });
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 45 },
      { code: 'EDUCATION_MIN', needed: 20 },
      { code: 'AREA_MIN', area: 'waysOfWorking', needed: 3 },
      { code: 'AREA_MIN', area: 'powerSkills', needed: 3 },
      { code: 'AREA_MIN', area: 'businessAcumen', needed: 3 },
    ]);
    expect(e.activities.find((a) => a.outcome === 'carried-in')?.reasons).toEqual([
      { code: 'CARRIED_IN', fromCycle: 0 },
    ]);
  });

  it('is capped at 20 for PMP', () => {
    const more = [...cycle0, course('2019-09-01', { powerSkills: 30 }, { id: 'c6' })];
    const e = evaluate(pmp, more, '2020-03-01', 1);
    expect(e.carriedIn).toEqual([
      { activityId: 'c6', date: '2019-09-01', bucket: 'powerSkills', hours: 20 },
    ]);
    expect(e.counted.total).toBe(20);
  });

  it('is capped at 10 for PMI-RMP', () => {
    const rmp = holding('pmi-rmp', '2017-02-03', [{ date: '2019-12-15' }]);
    const first = course(
      '2017-05-01',
      { waysOfWorking: 10, powerSkills: 10, businessAcumen: 10 },
      {
        waysOfWorkingFor: { 'pmi-rmp': 10 },
      },
    );
    const e = evaluate(
      rmp,
      [first, course('2019-09-01', { businessAcumen: 30 })],
      '2020-03-01',
      1,
      [rmp],
    );
    expect(e.counted.total).toBe(10);
  });

  it('never takes an area below its minimum', () => {
    // Cycle: WoW 8, PS 8 (window), BA 54 — surplus 10 but only BA above its minimum.
    const tight = [
      course('2017-05-01', { waysOfWorking: 8, businessAcumen: 54 }),
      course('2019-10-01', { powerSkills: 8 }),
    ];
    const e = evaluate(pmp, tight, '2020-03-01', 1);
    expect(e.carriedIn).toEqual([]);
  });

  it('nothing carries when the previous cycle was not met', () => {
    // 70 PDUs (surplus 10 in the window) but no Ways of Working: the cycle was not met.
    const short = [course('2019-03-01', { powerSkills: 40, businessAcumen: 30 })];
    const e = evaluate(pmp, short, '2020-03-01', 1);
    expect([e.carriedIn, e.counted.total]).toEqual([[], 0]);
  });

  it('CAPM has no known cap: nothing carries, and the unknown is listed', () => {
    const capm = holding('capm', '2017-02-03', [{ date: '2019-12-15' }]);
    const e = evaluate(
      capm,
      [course('2019-09-01', { waysOfWorking: 10, powerSkills: 10, businessAcumen: 10 })],
      '2020-03-01',
      1,
      [capm],
    );
    expect(e.carriedIn).toEqual([]);
    expect(e.requirement.unknowns).toContain('carryOverMax');
  });
});

// Which surplus moves (Ascent reading of §1): what counts best in the next cycle. Education
// has no cap (§1, B), while carried Giving Back sits inside the next cycle's Giving Back cap of
// 25 and pushes that cycle's own Giving Back out. So education goes before Giving Back, newest
// first within each, under the same limits as ever (last 12 months, cap 20, no area or
// education below its minimum, never practitioner); the cycle it leaves is judged as before.
describe('carry-over takes education before Giving Back (Ascent reading of §1)', () => {
  // PMP passed 3 Feb 2017, renewed 20 Jan 2020: cycle 0 ends 2 Feb 2020, window from 3 Feb 2019.
  const renewed = holding('pmp', '2017-02-03', [{ date: '2020-01-20' }]);
  const volunteerNext = givingBack('2020-06-01', 'volunteer', 25, { id: 'v2' });

  it.each<{
    name: string;
    log: ReturnType<typeof course>[];
    carried: { activityId: string; bucket: string; hours: number }[];
    nextCounted: number;
  }>([
    {
      // The reviewer's case: 50 education and 25 volunteering count 75; the 15 carried were all
      // Giving Back, and cycle 1's own 25 volunteering then counted only 10 (25 of 60).
      name: 'surplus education in the window: 15 education move, cycle 1 counts 40',
      log: [
        course(
          '2019-03-01',
          { waysOfWorking: 20, powerSkills: 15, businessAcumen: 15 },
          { id: 'e1' },
        ),
        givingBack('2020-01-15', 'volunteer', 25, { id: 'v1' }),
      ],
      // Ways of Working 12 above its 8, then Power Skills 3: education stays at its 35.
      carried: [
        { activityId: 'e1', bucket: 'waysOfWorking', hours: 12 },
        { activityId: 'e1', bucket: 'powerSkills', hours: 3 },
      ],
      nextCounted: 40,
    },
    {
      name: 'education surplus smaller than the room: education first, then Giving Back',
      log: [
        course(
          '2017-05-01',
          { waysOfWorking: 15, powerSkills: 10, businessAcumen: 15 },
          { id: 'e0' },
        ),
        course('2019-03-01', { powerSkills: 5 }, { id: 'e1' }),
        givingBack('2020-01-15', 'volunteer', 25, { id: 'v1' }),
      ],
      // 70 counted, 10 over: e1's 5 (the only education in the window), then 5 of v1.
      carried: [
        { activityId: 'e1', bucket: 'powerSkills', hours: 5 },
        { activityId: 'v1', bucket: 'givingBack', hours: 5 },
      ],
      // 5 education + 5 carried Giving Back + 20 of v2's 25 (cap 25).
      nextCounted: 30,
    },
    {
      name: 'the surplus education is older than 12 months: Giving Back moves, as before',
      log: [
        course(
          '2017-05-01',
          { waysOfWorking: 20, powerSkills: 15, businessAcumen: 15 },
          { id: 'e0' },
        ),
        givingBack('2020-01-15', 'volunteer', 25, { id: 'v1' }),
      ],
      carried: [{ activityId: 'v1', bucket: 'givingBack', hours: 15 }],
      nextCounted: 25,
    },
    {
      name: 'two courses in the window: the newer one first (tie-break, Ascent decision)',
      log: [
        course(
          '2017-05-01',
          { waysOfWorking: 10, powerSkills: 10, businessAcumen: 15 },
          { id: 'e0' },
        ),
        course('2019-03-01', { powerSkills: 10 }, { id: 'e1' }),
        course('2019-11-01', { businessAcumen: 6 }, { id: 'e2' }),
        givingBack('2019-12-01', 'volunteer', 25, { id: 'v1' }),
      ],
      // 76 counted, 16 over: e2's 6, then 10 of e1; v1 stays.
      carried: [
        { activityId: 'e2', bucket: 'businessAcumen', hours: 6 },
        { activityId: 'e1', bucket: 'powerSkills', hours: 10 },
      ],
      nextCounted: 41,
    },
  ])('$name', ({ log, carried, nextCounted }) => {
    const all = [...log, volunteerNext];
    const first = evaluate(renewed, all, '2020-07-01', 0);
    const counted = log.reduce((t, a) => t + a.amount, 0);
    // The cycle carrying over keeps its own verdict.
    expect([first.met, first.status, first.counted.total]).toEqual([true, 'complete', counted]);
    expect(
      first.carryOut.map(({ activityId, bucket, hours }) => ({ activityId, bucket, hours })),
    ).toEqual(carried);
    const next = evaluate(renewed, all, '2020-07-01', 1);
    expect(next.counted.total).toBe(nextCounted);
    expect(next.counted.givingBack).toBeLessThanOrEqual(25);
  });

  it('never more than the cap of 20, and never an area below its minimum', () => {
    const log = [
      course('2019-03-01', { waysOfWorking: 40, powerSkills: 8, businessAcumen: 8 }, { id: 'e1' }),
      givingBack('2020-01-15', 'volunteer', 25, { id: 'v1' }),
    ];
    // 81 counted, 21 over: cap 20, all from Ways of Working (32 above its 8; education 56 − 35).
    const first = evaluate(renewed, log, '2020-07-01', 0);
    expect(first.carryOut.map((p) => [p.activityId, p.bucket, p.hours])).toEqual([
      ['e1', 'waysOfWorking', 20],
    ]);
  });
});
