import { describe, expect, it } from 'vitest';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import { nextDeadline } from '../../../../shared/domain/dashboard/next-deadline';

const ev = (heldId: string, deadline: string | null, status = 'on-track', met = false) =>
  ({ heldId, deadline, status, met }) as unknown as CycleEvaluation;

describe('nextDeadline', () => {
  it('picks the earliest deadline on or after today', () => {
    expect(
      nextDeadline(
        [ev('a', '2027-03-13'), ev('b', '2026-12-01'), ev('c', '2026-11-21'), null],
        '2026-11-22',
      ),
    ).toEqual({ heldId: 'b', date: '2026-12-01', daysLeft: 9, met: false });
  });
  // One convention with the credential card (daysUntilDeadline): calendar days from today;
  // the deadline day is the last day to act, so it is due today with 0 days left.
  it.each([
    ['2026-11-22', 0],
    ['2026-11-23', 1],
  ])('counts a deadline on %s, seen on 22 Nov 2026, as %i days away', (deadline, days) => {
    expect(nextDeadline([ev('a', deadline, 'at-risk')], '2026-11-22')?.daysLeft).toBe(days);
  });
  it('skips renewed cycles and credentials without a deadline', () => {
    expect(
      nextDeadline([ev('a', '2026-12-01', 'renewed'), ev('b', null)], '2026-11-22'),
    ).toBeNull();
  });
  it('crosses a leap day correctly', () => {
    expect(nextDeadline([ev('a', '2028-03-01')], '2028-02-28')?.daysLeft).toBe(2);
  });
});
