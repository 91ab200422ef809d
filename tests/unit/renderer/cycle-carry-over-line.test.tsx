// "N PDUs would carry over to the next cycle" on a credential's cycle: surplus moves on only
// from a cycle that meets its rule (domain-facts §1), so a cycle over its total but short of a
// minimum says nothing would carry over, as the next cycle then starts with nothing.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle, type Activity } from '../../../shared/domain/credits';
import { CycleSummary } from '../../../renderer/src/features/credentials/CycleSummary';

afterEach(cleanup);

const pmp = findCredentialRule('pmp')!;
// PMP earned 3 Feb 2017: cycle 3 Feb 2017 – 2 Feb 2020, carry-over window from 3 Feb 2019.
const held: HeldCredential = {
  id: 'held-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate: '2017-02-03',
  renewals: [],
};

function course(split: NonNullable<Activity['split']>): Activity {
  return {
    id: 'course',
    date: '2019-06-01',
    title: 'A course',
    type: 'course-or-training',
    amount: split.waysOfWorking + split.powerSkills + split.businessAcumen,
    unit: 'hours',
    split,
    status: 'earned',
  };
}

describe('the carry-over line', () => {
  it('a cycle over its total but short of Ways of Working says nothing carries over', () => {
    const ev = evaluateCurrentCycle(
      pmp,
      held,
      [course({ waysOfWorking: 0, powerSkills: 40, businessAcumen: 30 })],
      '2019-10-17',
    )!;
    expect([ev.counted.total, ev.met]).toEqual([70, false]);
    render(<CycleSummary evaluation={ev} rule={pmp} />);
    expect(screen.queryByText(/would carry over/)).toBeNull();
  });

  it('a cycle that meets every rule says what would carry over', () => {
    const ev = evaluateCurrentCycle(
      pmp,
      held,
      [course({ waysOfWorking: 10, powerSkills: 30, businessAcumen: 30 })],
      '2019-10-17',
    )!;
    expect([ev.counted.total, ev.met]).toEqual([70, true]);
    render(<CycleSummary evaluation={ev} rule={pmp} />);
    expect(screen.queryByText('10 PDUs would carry over to the next cycle.')).not.toBeNull();
  });
});
