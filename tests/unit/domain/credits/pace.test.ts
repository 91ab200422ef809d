// Days left and pace (issue 3 part 4: "pace needed per month and per week to finish by the
// cycle end"; part 5: days left on the card, the next deadline on the Dashboard). One
// convention for every "days left": calendar days from today to the deadline, the deadline
// day being the last day to act (0 left on it).
import { describe, expect, it } from 'vitest';
import { daysUntilDeadline, deadlineMeaning } from '../../../../shared/domain/credits/pace';
import { nextDeadline } from '../../../../shared/domain/dashboard/next-deadline';
import { course, evaluate, holding } from './fixtures';

// PMP earned 15 Jan 2025: cycle 15 Jan 2025 – 14 Jan 2028 (§1, the day before the third
// anniversary); suspended to 14 Jan 2029.
const pmp = holding('pmp', '2025-01-15');
const log = [course('2025-03-10', { waysOfWorking: 5, powerSkills: 2, businessAcumen: 1 })];

describe('daysUntilDeadline', () => {
  it.each([
    ['2026-11-22', '2028-01-14', 418],
    ['2028-01-13', '2028-01-14', 1],
    ['2028-01-14', '2028-01-14', 0],
    ['2028-02-28', '2028-03-01', 2], // leap day in between
    ['2028-01-15', '2028-01-14', -1],
  ])('from %s to %s: %i', (asOf, deadline, days) => {
    expect(daysUntilDeadline(asOf, deadline)).toBe(days);
  });
});

describe('the card and the Dashboard count the same days', () => {
  it.each([
    // asOf, deadline, days left, pace per week (52 h over days left + 1 days to act)
    ['2026-11-22', '2028-01-14', 418, 0.87],
    ['2028-01-13', '2028-01-14', 1, 182],
    // The deadline day is the last day to act: 0 days left, and still a pace.
    ['2028-01-14', '2028-01-14', 0, 364],
    // Past the end, unrenewed: suspended, the deadline is the suspension's last day.
    ['2028-01-15', '2029-01-14', 365, 1],
  ])(
    'on %s the deadline %s is %i days away (pace %s h a week)',
    (asOf, deadline, days, perWeek) => {
      const ev = evaluate(pmp, log, asOf);
      expect([ev.deadline, ev.daysLeft, ev.pace?.perWeek]).toEqual([deadline, days, perWeek]);
      expect(nextDeadline([ev], asOf)).toMatchObject({ date: deadline, daysLeft: days });
    },
  );
});

// What the deadline counts down to (§1 "suspended", B): the cycle's last day while it runs;
// once it has ended unrenewed, the suspension's last day — the day to renew by, or the
// credential expires.
describe('deadlineMeaning', () => {
  it.each([
    { end: '2026-12-04', deadline: '2026-12-04', meaning: 'cycle-end' },
    { end: '2026-12-04', deadline: '2027-12-04', meaning: 'renew-by' },
    { end: '2026-12-04', deadline: null, meaning: null },
  ] as const)('end $end, deadline $deadline: $meaning', ({ end, deadline, meaning }) => {
    expect(deadlineMeaning({ end, deadline })).toBe(meaning);
  });

  // PMP earned 5 Dec 2023: cycle 5 Dec 2023 – 4 Dec 2026, suspended to 4 Dec 2027.
  const earned = holding('pmp', '2023-12-05');
  const some = [course('2024-03-10', { waysOfWorking: 5, powerSkills: 2, businessAcumen: 1 })];
  it.each([
    // The cycle's last day: still the cycle end, 0 days left.
    ['2026-12-04', '2026-12-04', 'cycle-end', 0, 'at-risk'],
    // The day after, unrenewed: suspended; the deadline is the renew-by date, 364 days away.
    ['2026-12-05', '2027-12-04', 'renew-by', 364, 'suspended'],
    // The suspension's last day.
    ['2027-12-04', '2027-12-04', 'renew-by', 0, 'suspended'],
    // Expired: no deadline left.
    ['2027-12-05', null, null, 0, 'expired'],
  ])('on %s the deadline is %s (%s), %i days left, %s', (asOf, deadline, meaning, days, status) => {
    const ev = evaluate(earned, some, asOf);
    expect([ev.deadline, deadlineMeaning(ev), ev.daysLeft, ev.status]).toEqual([
      deadline,
      meaning,
      days,
      status,
    ]);
  });

  it('renewed within the suspension: the new cycle’s end, from its third anniversary', () => {
    const renewed = holding('pmp', '2023-12-05', [{ date: '2026-12-05' }]);
    const ev = evaluate(renewed, some, '2026-12-05', 1);
    expect([ev.start, ev.end, ev.deadline, deadlineMeaning(ev)]).toEqual([
      '2026-12-05',
      '2029-12-04',
      '2029-12-04',
      'cycle-end',
    ]);
  });
});
