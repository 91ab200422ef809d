// Two holdings of one credential (an earlier one let lapse, a current one earned again) are
// told apart by their status and their days (holdingOf): the cycle in force, or the last one;
// without a cycle the day earned; before it is earned, the exam day.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldCredential } from '../../../../shared/domain/credentials';
import { holdingOf, type Holding } from '../../../../shared/domain/credentials/holding';

const ASOF = '2026-11-22';
const pmp = (credential: Omit<HeldCredential, 'id' | 'credentialId'>, id = 'pmp') => ({
  credential: { id: 'h1', credentialId: id, ...credential },
  rule: findCredentialRule(id)!,
});

describe('holdingOf', () => {
  it.each<[string, ReturnType<typeof pmp>, Holding]>([
    [
      'an earlier holding let lapse: expired, its last cycle',
      pmp({ stage: 'earned', earnedDate: '2017-02-03' }),
      { status: 'expired', days: { kind: 'cycle', start: '2017-02-03', end: '2020-02-02' } },
    ],
    [
      'earned again: active, the cycle in force',
      pmp({ stage: 'earned', earnedDate: '2024-02-01' }),
      { status: 'active', days: { kind: 'cycle', start: '2024-02-01', end: '2027-01-31' } },
    ],
    [
      'renewed: the renewed cycle, not the first',
      pmp({ stage: 'earned', earnedDate: '2021-03-10', renewals: [{ date: '2024-01-15' }] }),
      { status: 'active', days: { kind: 'cycle', start: '2024-03-10', end: '2027-03-09' } },
    ],
    [
      'in its suspension year: the cycle that ended',
      pmp({ stage: 'earned', earnedDate: '2022-12-01' }),
      { status: 'suspended', days: { kind: 'cycle', start: '2022-12-01', end: '2025-11-30' } },
    ],
    [
      'earned after the day asked about: no cycle yet, the day earned',
      pmp({ stage: 'earned', earnedDate: '2026-12-01' }),
      { status: 'earned', days: { kind: 'earned', on: '2026-12-01' } },
    ],
    [
      'a credential without cycles: the day earned',
      pmp({ stage: 'earned', earnedDate: '2015-06-01' }, 'comptia-project-plus'),
      { status: 'active', days: { kind: 'earned', on: '2015-06-01' } },
    ],
    [
      'not earned yet: the exam day',
      pmp({ stage: 'exam-booked', examDate: '2027-03-14' }),
      { status: 'exam-booked', days: { kind: 'exam', on: '2027-03-14' } },
    ],
    [
      'a target with no exam date: nothing to tell it by but its stage',
      pmp({ stage: 'target' }),
      { status: 'target', days: null },
    ],
  ])('%s', (_, held, expected) => {
    expect(holdingOf(held, ASOF)).toEqual(expected);
  });
});
