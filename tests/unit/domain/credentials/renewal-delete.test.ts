/**
 * Deleting a recorded renewal (withRenewalRemoved): the holder's renewal of a day is taken out,
 * the one withRenewalChanged would edit, so Delete and Edit act on the same renewal. Renewals
 * Ascent assumed are put right in the cycle history instead (correctAssumedRenewal), so they are
 * never deleted here, even on the day of a recorded one. What is left is judged as any change
 * is (validateRenewals: domain-facts §1).
 */
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  validateRenewals,
  withRenewalChanged,
  withRenewalRemoved,
  type HeldCredential,
  type Renewal,
} from '../../../../shared/domain/credentials';

// PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020, its suspension year to 2 Feb 2021 (§1).
const pmp = (renewals: Renewal[]): HeldCredential => ({
  id: 'h-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate: '2017-02-03',
  renewals,
});

describe('withRenewalRemoved', () => {
  it.each<[string, Renewal[], string, Renewal[] | null]>([
    ['the only renewal', [{ date: '2020-01-10' }], '2020-01-10', []],
    [
      'one of two: the other kept in its place',
      [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      '2020-01-10',
      [{ date: '2022-12-01' }],
    ],
    [
      'the recorded one of a day, not the assumed one before it',
      [{ date: '2020-02-02', assumed: true }, { date: '2020-02-02' }],
      '2020-02-02',
      [{ date: '2020-02-02', assumed: true }],
    ],
    [
      'the recorded one of a day, not the assumed one after it',
      [{ date: '2020-02-02' }, { date: '2020-02-02', assumed: true }],
      '2020-02-02',
      [{ date: '2020-02-02', assumed: true }],
    ],
    [
      'two recorded the same day: the first goes, the second stays',
      [
        { date: '2020-01-10', method: 'credits' },
        { date: '2020-01-10', method: 'exam' },
      ],
      '2020-01-10',
      [{ date: '2020-01-10', method: 'exam' }],
    ],
    ['no renewal of that day: null', [{ date: '2020-01-10' }], '2020-01-11', null],
    [
      'only an assumed renewal that day: null',
      [{ date: '2020-02-02', assumed: true }],
      '2020-02-02',
      null,
    ],
    ['no renewals at all: null', [], '2020-01-10', null],
  ])('%s', (_, renewals, date, expected) => {
    const original = pmp(renewals);
    expect(withRenewalRemoved(original, date)?.renewals ?? null).toEqual(expected);
    // A copy: the credential it was worked out from is untouched.
    expect(original.renewals).toEqual(renewals);
  });

  it('takes out the renewal Edit would change', () => {
    const renewals: Renewal[] = [{ date: '2020-02-02', assumed: true }, { date: '2020-02-02' }];
    const edited = withRenewalChanged(pmp(renewals), '2020-02-02', { date: '2020-01-05' })!;
    const removed = withRenewalRemoved(pmp(renewals), '2020-02-02')!;
    // What Edit kept of the day is what Delete keeps.
    expect(edited.renewals!.filter((r) => r.date === '2020-02-02')).toEqual(removed.renewals);
  });

  const rule = findCredentialRule('pmp')!;
  it.each<[string, Renewal[], string, string[]]>([
    [
      'the renewal of cycle 1, leaving the one of cycle 2 renewing nothing',
      [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      '2020-01-10',
      ['renewals.0.date'],
    ],
    [
      'the later renewal: the earlier one still renews cycle 1',
      [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      '2022-12-01',
      [],
    ],
  ])('%s: validateRenewals', (_, renewals, date, fields) => {
    const removed = withRenewalRemoved(pmp(renewals), date)!;
    expect(validateRenewals(removed, rule, '2024-06-01').map((e) => e.field)).toEqual(fields);
  });
});
