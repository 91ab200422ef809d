// The cycle the credit log's date range lies in (cycleOfRange): the credential bar above the
// rows, and its "Export cycle as CSV", speak of that cycle when the log is limited to a past one
// (its "Open in the credit log" sets From and To to the cycle's counting window), and of the
// cycle in force otherwise. evaluateCycleAt evaluates that one cycle as the cycle history does.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import { cycleOfRange } from '../../../../shared/domain/claims';
import { cyclesFor } from '../../../../shared/domain/credentials';
import { evaluateCycleAt, evaluateCycles } from '../../../../shared/domain/credits';
import { course } from '../credits/fixtures';

// PMP passed 1 Mar 2020, renewed late, in the suspension year, on 1 Oct 2023 (domain-facts §1):
// cycle 1 counts 2020-03-01 to 2023-10-01, cycle 2 from 2023-10-02 to 2027-02-28.
const pmp = {
  id: 'held-pmp',
  credentialId: 'pmp',
  stage: 'earned' as const,
  earnedDate: '2020-03-01',
  renewals: [{ date: '2023-10-01' }],
};
const rule = findCredentialRule('pmp')!;
const cycles = cyclesFor(pmp, rule, '2024-06-01');

describe('cycleOfRange', () => {
  it.each([
    ['cycle 1’s whole counting window', '2020-03-01', '2023-10-01', 0],
    ['cycle 2’s whole counting window', '2023-10-02', '2027-02-28', 1],
    ['a few months inside cycle 1', '2021-01-01', '2021-06-30', 0],
    ['one day, the renewal day (still cycle 1’s)', '2023-10-01', '2023-10-01', 0],
    ['a leap day inside cycle 2', '2024-02-29', '2024-02-29', 1],
    ['across the renewal', '2023-09-01', '2023-10-31', null],
    ['starting before the first cycle', '2019-12-01', '2020-06-30', null],
    ['From after To', '2021-06-30', '2021-01-01', null],
    ['a year still being typed', '0202-01-01', '2021-06-30', null],
    ['From alone', '2021-01-01', null, null],
    ['To alone', null, '2021-06-30', null],
    ['neither', null, null, null],
  ])('%s', (_name, from, to, index) => {
    expect(cycleOfRange({ from, to }, cycles)?.index ?? null).toBe(index);
  });

  it('no cycles, no cycle', () => {
    expect(cycleOfRange({ from: '2021-01-01', to: '2021-06-30' }, [])).toBeNull();
  });
});

describe('evaluateCycleAt', () => {
  const log = [
    course('2021-05-01', { waysOfWorking: 6, powerSkills: 0, businessAcumen: 0 }),
    course('2024-03-01', { waysOfWorking: 0, powerSkills: 5, businessAcumen: 0 }),
  ];

  it('evaluates the one cycle as the cycle history does', () => {
    const all = evaluateCycles(rule, pmp, log, '2024-06-01');
    expect(evaluateCycleAt(rule, pmp, log, '2024-06-01', 0)).toEqual(all[0]);
    expect(evaluateCycleAt(rule, pmp, log, '2024-06-01', 1)).toEqual(all[1]);
    expect(evaluateCycleAt(rule, pmp, log, '2024-06-01', 0)?.counted.total).toBe(6);
  });

  it('null for a cycle that does not exist', () => {
    expect(evaluateCycleAt(rule, pmp, log, '2024-06-01', 2)).toBeNull();
  });
});
