/**
 * Correcting a recorded renewal in place (withRenewalChanged): the holder's renewal of a day
 * becomes the one they meant, kept in date order, so that it is judged as recording it is
 * (validateHeldCredential, validateRenewals: domain-facts §1, §3). Renewals Ascent assumed are
 * put right in the cycle history instead (correctAssumedRenewal), so they are never edited here.
 */
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  validateHeldCredential,
  validateRenewals,
  withRenewalChanged,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';

const pmp = (renewals: Renewal[]): HeldCredential => ({
  id: 'h-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate: '2017-02-03',
  renewals,
});

describe('withRenewalChanged', () => {
  it.each<[string, Renewal[], string, Renewal, Renewal[] | null]>([
    [
      'a day moved within its cycle',
      [{ date: '2020-01-10' }],
      '2020-01-10',
      { date: '2020-01-20' },
      [{ date: '2020-01-20' }],
    ],
    [
      'a day moved before another renewal: date order kept',
      [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      '2022-12-01',
      { date: '2019-12-01' },
      [{ date: '2019-12-01' }, { date: '2020-01-10' }],
    ],
    [
      'only the method changed',
      [{ date: '2020-01-10', method: 'credits' }],
      '2020-01-10',
      { date: '2020-01-10', method: 'exam' },
      [{ date: '2020-01-10', method: 'exam' }],
    ],
    [
      'the recorded one of a day, not the assumed one beside it',
      [{ date: '2020-02-02', assumed: true }, { date: '2020-02-02' }],
      '2020-02-02',
      { date: '2020-01-05' },
      [{ date: '2020-01-05' }, { date: '2020-02-02', assumed: true }],
    ],
    [
      'no renewal of that day: null',
      [{ date: '2020-01-10' }],
      '2020-01-11',
      { date: '2020-01-12' },
      null,
    ],
    [
      'only an assumed renewal that day: null',
      [{ date: '2020-02-02', assumed: true }],
      '2020-02-02',
      { date: '2020-01-05' },
      null,
    ],
  ])('%s', (_, renewals, from, next, expected) => {
    const original = pmp(renewals);
    const changed = withRenewalChanged(original, from, next);
    expect(changed?.renewals ?? null).toEqual(expected);
    // A copy: the credential it was worked out from is untouched.
    expect(original.renewals).toEqual(renewals);
  });

  // Judged as a recorded renewal is: the same codes, at the changed renewal's place.
  const asOf = '2024-06-01';
  const rule = findCredentialRule('pmp')!;
  it.each<[string, string, string, string]>([
    ['a day in the future', '2024-06-02', 'renewals.0.date', 'RENEWAL_IN_FUTURE'],
    ['a day before the earned date', '2016-12-01', 'renewals.0.date', 'RENEWAL_BEFORE_EARNED'],
  ])('%s is refused by validateHeldCredential', (_, date, field, code) => {
    const changed = withRenewalChanged(pmp([{ date: '2020-01-10' }]), '2020-01-10', { date })!;
    expect(validateHeldCredential(changed, asOf)).toContainEqual({ field, code });
  });

  it.each<[string, Renewal[], string, string, string[]]>([
    // PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020, suspension year to 2 Feb 2021 (§1).
    [
      'after the credential expired',
      [{ date: '2020-01-10' }],
      '2020-01-10',
      '2021-03-01',
      ['renewals.0.date'],
    ],
    [
      'into a cycle another renewal renewed',
      [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      '2022-12-01',
      '2019-12-01',
      ['renewals.1.date'],
    ],
    ['within its cycle', [{ date: '2020-01-10' }], '2020-01-10', '2020-01-20', []],
    ['into its suspension year', [{ date: '2020-01-10' }], '2020-01-10', '2020-06-01', []],
  ])('%s: validateRenewals', (_, renewals, from, date, fields) => {
    const changed = withRenewalChanged(pmp(renewals), from, { date })!;
    expect(validateRenewals(changed, rule, asOf).map((e) => e.field)).toEqual(fields);
  });
});
