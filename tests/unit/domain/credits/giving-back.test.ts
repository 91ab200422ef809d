import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../../shared/catalog/credentials';
import { evaluate, givingBack, holding } from './fixtures';

// PMP passed 3 Feb 2017: cycle 3 Feb 2017 – 2 Feb 2020, 1,095 days.
const pmp = holding('pmp', '2017-02-03');
const acp = holding('pmi-acp', '2017-02-03');

describe('giving back and work as a practitioner (§1)', () => {
  it('30 giving-back PDUs → 25 counted for PMP; the cap falls on the later activity', () => {
    const r = evaluate(
      pmp,
      [givingBack('2018-03-01', 'volunteer', 20), givingBack('2018-06-01', 'create-content', 10)],
      '2019-01-01',
    );
    expect([r.earned.givingBack, r.counted.givingBack]).toEqual([30, 25]);
    expect(r.activities.map((a) => [a.counted?.givingBack, a.reasons])).toEqual([
      [20, []],
      [5, [{ code: 'GIVING_BACK_CAP', limit: 25, excess: 5 }]],
    ]);
  });

  it('10 practitioner PDUs → 8', () => {
    const r = evaluate(pmp, [givingBack('2018-12-31', 'work-as-practitioner', 10)], '2019-01-01');
    expect([r.counted.givingBack, r.counted.practitioner]).toEqual([8, 8]);
    expect(r.activities[0]?.reasons).toEqual([{ code: 'PRACTITIONER_CAP', limit: 8, excess: 2 }]);
  });

  it('practitioner is claimed once a cycle', () => {
    const r = evaluate(
      pmp,
      [
        givingBack('2018-06-01', 'work-as-practitioner', 4),
        givingBack('2019-05-01', 'work-as-practitioner', 4),
      ],
      '2019-06-01',
    );
    expect(r.counted.practitioner).toBe(4);
    expect(r.activities[1]?.reasons).toEqual([{ code: 'PRACTITIONER_ONCE_PER_CYCLE' }]);
  });

  it.each<[string, string, string, number, number]>([
    ['two of three years in the role', '2018-02-03', '2020-02-02', 5.25, 730],
    ['the whole cycle', '2016-01-01', '2021-01-01', 8, 1095],
    ['a role before the cycle', '2010-01-01', '2011-01-01', 0, 0],
  ])('pro-rated to the time in the role: %s → %s PDUs', (_name, start, end, limit, roleDays) => {
    const work = givingBack('2019-12-31', 'work-as-practitioner', 10, {
      practitionerPeriod: { start, end },
    });
    const r = evaluate(pmp, [work], '2020-01-01');
    expect(r.counted.practitioner).toBe(limit);
    if (limit < 10) {
      expect(r.activities[0]?.reasons).toEqual([
        { code: 'PRACTITIONER_CAP', limit, excess: 10 - limit, roleDays, cycleDays: 1095 },
      ]);
    }
  });

  it('practitioner PDUs count inside the giving-back cap: 8 + 20 → 25', () => {
    const r = evaluate(
      pmp,
      [
        givingBack('2018-01-10', 'work-as-practitioner', 10),
        givingBack('2018-05-01', 'volunteer', 20),
      ],
      '2019-01-01',
    );
    expect([r.counted.practitioner, r.counted.givingBack]).toEqual([8, 25]);
    expect(r.activities[1]?.reasons).toEqual([{ code: 'GIVING_BACK_CAP', limit: 25, excess: 3 }]);
  });

  it('the same 20 h of volunteering: 20 for PMP, 12 for PMI-ACP', () => {
    const volunteering = [givingBack('2018-03-01', 'volunteer', 20)];
    expect(evaluate(pmp, volunteering, '2019-01-01', 0, [pmp, acp]).counted.givingBack).toBe(20);
    expect(evaluate(acp, volunteering, '2019-01-01', 0, [pmp, acp]).counted.givingBack).toBe(12);
  });

  it('a user override of the cap is applied', () => {
    const overridden = applyOverrides(pmp.rule, { givingBackMax: 20 });
    if (!overridden.ok) throw new Error('invalid');
    const r = evaluate(
      { ...pmp, rule: overridden.value },
      [givingBack('2018-03-01', 'volunteer', 30)],
      '2019-01-01',
    );
    expect(r.counted.givingBack).toBe(20);
  });
});
