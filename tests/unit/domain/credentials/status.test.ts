import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  credentialStatus,
  cyclesFor,
  validateHeldCredential,
  validateRenewals,
  withRenewal,
  type CredentialStatus,
  type HeldCredential,
} from '../../../../shared/domain/credentials';

const rule = (id: string) => findCredentialRule(id)!;
const held = (
  credentialId: string,
  earnedDate: string,
  extra: Partial<HeldCredential> = {},
): HeldCredential => ({
  id: `h-${credentialId}`,
  credentialId,
  stage: 'earned',
  earnedDate,
  ...extra,
});

describe('credentialStatus (domain-facts §1, §3, §4)', () => {
  it.each<[string, string, string, CredentialStatus]>([
    ['pmp', '2017-02-03', '2017-02-03', 'active'],
    ['pmp', '2017-02-03', '2020-02-02', 'active'],
    ['pmp', '2017-02-03', '2020-02-03', 'suspended'],
    ['pmp', '2017-02-03', '2021-02-02', 'suspended'],
    ['pmp', '2017-02-03', '2021-02-03', 'expired'],
    ['cbap', '2021-05-10', '2024-05-10', 'suspended'],
    ['cbap', '2021-05-10', '2025-05-10', 'expired'],
    ['csm', '2022-01-15', '2024-01-15', 'expired'],
    ['prince2-foundation', '2023-03-15', '2026-03-15', 'active'],
    ['prince2-foundation', '2023-03-15', '2026-03-16', 'not-current'],
    ['cisa', '2021-06-10', '2025-01-01', 'expired'],
    ['comptia-project-plus', '2010-01-01', '2040-01-01', 'active'],
  ])('%s earned %s is %s on %s', (id, earned, asOf, status) => {
    expect(credentialStatus(held(id, earned), rule(id), asOf)).toBe(status);
  });

  it.each<HeldCredential['stage']>(['target', 'preparing', 'exam-booked'])(
    'a credential at stage %s keeps it',
    (stage) => {
      expect(
        credentialStatus({ id: 'x', credentialId: 'pmp', stage }, rule('pmp'), '2024-01-01'),
      ).toBe(stage);
    },
  );

  it('a renewal in the suspension year makes it active again', () => {
    const renewed = withRenewal(held('pmp', '2017-02-03'), { date: '2020-06-01' });
    expect(credentialStatus(renewed, rule('pmp'), '2020-05-31')).toBe('suspended');
    expect(credentialStatus(renewed, rule('pmp'), '2020-06-01')).toBe('active');
  });
});

describe('withRenewal (recording a renewal starts the next cycle)', () => {
  it('adds the renewal in date order without touching the original', () => {
    const original = held('pmp', '2017-02-03', { renewals: [{ date: '2022-11-01' }] });
    const renewed = withRenewal(original, { date: '2019-11-01' });
    expect(renewed.renewals?.map((r) => r.date)).toEqual(['2019-11-01', '2022-11-01']);
    expect(original.renewals).toHaveLength(1);
    expect(cyclesFor(renewed, rule('pmp'), '2023-03-01')).toHaveLength(3);
  });
});

describe('validateHeldCredential (issue 3 part 7)', () => {
  const asOf = '2024-06-01';
  it.each<[string, HeldCredential, string, string]>([
    ['an earned date in the future', held('pmp', '2024-06-02'), 'earnedDate', 'EARNED_IN_FUTURE'],
    [
      'an earned credential without a date',
      { id: 'x', credentialId: 'pmp', stage: 'earned' },
      'earnedDate',
      'EARNED_DATE_REQUIRED',
    ],
    ['a date that does not exist', held('pmp', '2023-02-29'), 'earnedDate', 'DATE_INVALID'],
    [
      'an earned date before the exam',
      held('pmp', '2023-01-01', { examDate: '2023-02-01' }),
      'earnedDate',
      'EARNED_BEFORE_EXAM',
    ],
    [
      'a renewal before the earned date',
      held('pmp', '2023-01-01', { renewals: [{ date: '2022-12-31' }] }),
      'renewals.0.date',
      'RENEWAL_BEFORE_EARNED',
    ],
    [
      'a renewal in the future',
      held('pmp', '2023-01-01', { renewals: [{ date: '2024-06-02' }] }),
      'renewals.0.date',
      'RENEWAL_IN_FUTURE',
    ],
    [
      'an unknown stage',
      { id: 'x', credentialId: 'pmp', stage: 'done' as 'earned', earnedDate: '2020-01-01' },
      'stage',
      'UNKNOWN_VALUE',
    ],
  ])('rejects %s', (_name, value, field, code) => {
    expect(validateHeldCredential(value, asOf)).toContainEqual({ field, code });
  });

  it('accepts an earned date of today and a target without dates', () => {
    expect(validateHeldCredential(held('pmp', asOf, { examDate: asOf }), asOf)).toEqual([]);
    expect(validateHeldCredential({ id: 'x', credentialId: 'pmp', stage: 'target' }, asOf)).toEqual(
      [],
    );
  });
});

describe('validateRenewals', () => {
  it('flags a renewal after expiry, which renews nothing', () => {
    const late = held('pmp', '2017-02-03', { renewals: [{ date: '2021-03-01' }] });
    expect(validateRenewals(late, rule('pmp'), '2021-04-01')).toEqual([
      { field: 'renewals.0.date', code: 'RENEWAL_OUTSIDE_WINDOW' },
    ]);
  });

  it('accepts renewals in the cycle and in the suspension year', () => {
    const ok = held('pmp', '2017-02-03', {
      renewals: [{ date: '2020-06-01' }, { date: '2022-12-01' }],
    });
    expect(validateRenewals(ok, rule('pmp'), '2023-01-01')).toEqual([]);
  });
});
