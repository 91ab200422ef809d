// countsNowhereByDate: whether an activity's date alone keeps it from counting for every held
// credential. Worked by hand from the cycles the catalogue gives (asOf 22 Nov 2026):
//   PMP earned 2015-01-15, never renewed: one cycle, counting 2015-01-15 … 2019-01-14
//     (the 3-year cycle and its year of suspension);
//   PMP earned 2024-01-15: counting 2024-01-15 … 2028-01-14;
//   CBAP earned 2020-03-01: counting 2020-03-01 … 2024-02-29;
//   CompTIA Project+ is lifetime: no cycles, nothing required.
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { applyActivity, type Activity } from '../../../../shared/domain/credits';
import {
  countsNowhereByDate,
  type CountsNowhere,
  type RuledOut,
} from '../../../../shared/domain/credits/counts-nowhere';
import { activity, course, holding, rule } from './fixtures';

const asOf = '2026-11-22';
const pmpOld = holding('pmp', '2015-01-15');
const pmp = holding('pmp', '2024-01-15');
const cbap = holding('cbap', '2020-03-01');
const lifetime = holding('comptia-project-plus', '2020-01-01');
const preparing: HeldWithRule = {
  credential: { id: 'held-pmi-acp', credentialId: 'pmi-acp', stage: 'preparing' },
  rule: rule('pmi-acp'),
};

const before = (h: HeldWithRule): RuledOut => ({
  heldId: h.credential.id,
  credentialId: h.rule.id,
  reason: { code: 'BEFORE_CERTIFICATION', certifiedOn: h.credential.earnedDate! },
});
const outside = (h: HeldWithRule): RuledOut => ({
  heldId: h.credential.id,
  credentialId: h.rule.id,
  reason: { code: 'OUTSIDE_CYCLE', cycleIndex: null },
});

/** A complete course of 2 h Power Skills on `date`. */
const on = (date: string, extra: Partial<Activity> = {}) => course(date, { powerSkills: 2 }, extra);

describe('an activity whose date counts for none of the held credentials', () => {
  it.each<[string, Activity, HeldWithRule[], CountsNowhere | null]>([
    [
      '1987, one credential earned 2024',
      on('1987-06-01'),
      [pmp],
      { code: 'BEFORE_CERTIFICATION', ruledOut: [before(pmp)], firstCertifiedOn: '2024-01-15' },
    ],
    ['the certification day itself counts', on('2024-01-15'), [pmp], null],
    [
      'the day before certification',
      on('2024-01-14'),
      [pmp],
      { code: 'BEFORE_CERTIFICATION', ruledOut: [before(pmp)], firstCertifiedOn: '2024-01-15' },
    ],
    [
      'before both of two: the first certification is named',
      on('2019-05-01'),
      [pmp, cbap],
      {
        code: 'BEFORE_CERTIFICATION',
        ruledOut: [before(pmp), before(cbap)],
        firstCertifiedOn: '2020-03-01',
      },
    ],
    [
      'before one, inside the other’s cycle: it counts somewhere',
      on('2022-05-01'),
      [pmp, cbap],
      null,
    ],
    ['the last day of the only counting window', on('2019-01-14'), [pmpOld], null],
    [
      'the day after the only counting window',
      on('2019-01-15'),
      [pmpOld],
      { code: 'OUTSIDE_CYCLE', ruledOut: [outside(pmpOld)], firstCertifiedOn: null },
    ],
    [
      'after one’s cycles and before the other’s certification',
      on('2019-06-01'),
      [pmpOld, cbap],
      { code: 'MIXED', ruledOut: [outside(pmpOld), before(cbap)], firstCertifiedOn: null },
    ],
    [
      'a planned activity past every cycle',
      on('2029-03-01', { status: 'planned' }),
      [pmp],
      { code: 'OUTSIDE_CYCLE', ruledOut: [outside(pmp)], firstCertifiedOn: null },
    ],
    [
      'only the date matters: type and amount still empty',
      activity({ date: '1987-06-01', type: '' as Activity['type'], amount: Number.NaN, title: '' }),
      [pmp],
      { code: 'BEFORE_CERTIFICATION', ruledOut: [before(pmp)], firstCertifiedOn: '2024-01-15' },
    ],
    [
      'credentials that take nothing whatever the date are left out',
      on('2019-05-01'),
      [lifetime, preparing, pmp],
      { code: 'BEFORE_CERTIFICATION', ruledOut: [before(pmp)], firstCertifiedOn: '2024-01-15' },
    ],
    ['no credentials held', on('1987-06-01'), [], null],
    ['only a lifetime credential', on('1987-06-01'), [lifetime], null],
    ['only a credential still being studied for', on('1987-06-01'), [preparing], null],
    ['a date being typed (empty)', on(''), [pmp], null],
    ['a day that does not exist', on('1987-02-30'), [pmp], null],
    ['done in the future (the date is refused)', on('2030-01-01'), [pmp], null],
    [
      'excluded by the user but inside the cycle: the date is not why',
      on('2025-03-01', { excludedFrom: ['pmp'] }),
      [pmp],
      null,
    ],
  ])('%s', (_, a, held, expected) => {
    expect(countsNowhereByDate(a, held, asOf)).toEqual(expected);
  });
});

describe('agrees with applyActivity for a complete activity', () => {
  it.each<[string, HeldWithRule[]]>([
    ['1987-06-01', [pmp, cbap]],
    ['2019-06-01', [pmpOld, cbap]],
    ['2022-05-01', [pmp, cbap]],
    ['2025-03-01', [pmp, cbap]],
  ])('%s', (date, held) => {
    const a = on(date);
    const result = countsNowhereByDate(a, held, asOf);
    const applied = applyActivity(a, held, asOf);
    const counted = applied.filter((x) => x.outcome !== 'not-counted');
    expect(result === null).toBe(counted.length > 0);
    if (result)
      expect(result.ruledOut.map((r) => [r.heldId, [r.reason]])).toEqual(
        applied.map((x) => [x.heldId, x.reasons]),
      );
  });
});
