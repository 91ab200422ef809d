// A second renewal of a cycle already renewed renews nothing (domain-facts §1: one renewal a
// cycle; the suspension year belongs to the cycle it follows): it never renews the next cycle
// too, and validateRenewals names it. Reviewer's case: PMP earned 3 Feb 2017, renewed late on
// 1 Jun 2020, inside the suspension year that overlaps cycle 2 (3 Feb 2020 – 2 Feb 2023).
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  renewedThrough,
  validateRenewals,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';
import { evaluateCycles } from '../../../../shared/domain/credits';

const pmp = findCredentialRule('pmp')!;
const asOf = '2020-09-01';
const held = (renewals: Renewal[], earnedDate = '2017-02-03'): HeldCredential => ({
  id: 'h-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate,
  renewals,
});
const outside = (i: number) => ({ field: `renewals.${i}.date`, code: 'RENEWAL_OUTSIDE_WINDOW' });

describe('a second renewal of a renewed PMP cycle (§1)', () => {
  it.each<[string, Renewal[], ReturnType<typeof outside>[]]>([
    ['one late renewal: fine', [{ date: '2020-06-01' }], []],
    ['the same day twice', [{ date: '2020-06-01' }, { date: '2020-06-01' }], [outside(1)]],
    [
      'two days in one suspension year',
      [{ date: '2020-06-01' }, { date: '2020-08-01' }],
      [outside(1)],
    ],
  ])('%s', (_name, renewals, errors) => {
    const h = held(renewals);
    const cycles = cyclesFor(h, pmp, asOf);
    expect(cycles.map((c) => c.renewedOn)).toEqual([renewals[0]!.date, null]);
    expect(cycles[1]).toMatchObject({ start: '2020-02-03', end: '2023-02-02', phase: 'current' });
    expect(validateRenewals(h, pmp, asOf)).toEqual(errors);
  });

  it('leaves the next cycle at risk with its deadline, not renewed', () => {
    const h = held([{ date: '2020-06-01' }, { date: '2020-06-01' }]);
    const [, second] = evaluateCycles(pmp, h, [], asOf);
    expect(second?.status).toBe('at-risk');
    expect(second?.deadline).toBe('2023-02-02');
  });

  it('a renewal after the suspension year still renews the next cycle', () => {
    const h = held([{ date: '2020-06-01' }, { date: '2022-12-01' }]);
    const cycles = cyclesFor(h, pmp, '2023-06-01');
    expect(cycles.map((c) => c.renewedOn)).toEqual(['2020-06-01', '2022-12-01', null]);
    expect(validateRenewals(h, pmp, '2023-06-01')).toEqual([]);
  });

  it('an early renewal: one after it in the next cycle renews that cycle', () => {
    const h = held([{ date: '2019-12-01' }, { date: '2020-09-01' }]);
    expect(cyclesFor(h, pmp, '2021-01-01').map((c) => c.renewedOn)).toEqual([
      '2019-12-01',
      '2020-09-01',
      null,
    ]);
  });
});

describe('renewedThrough: the last day a renewal falls to a renewed cycle', () => {
  const cycle = { end: '2020-02-02', suspension: { start: '2020-02-03', end: '2021-02-02' } };
  it.each<[string | null, string]>([
    ['2019-12-01', '2019-12-01'],
    ['2020-02-02', '2020-02-02'],
    ['2020-06-01', '2021-02-02'],
    [null, '2020-02-02'],
  ])('renewed on %s → %s', (renewedOn, through) => {
    expect(renewedThrough({ ...cycle, renewedOn })).toBe(through);
  });
  it('no suspension year (PeopleCert, ISACA): the renewal day', () => {
    expect(renewedThrough({ end: '2020-02-02', suspension: null, renewedOn: '2020-01-05' })).toBe(
      '2020-01-05',
    );
  });
});
