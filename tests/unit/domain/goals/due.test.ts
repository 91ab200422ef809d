// Days to a goal's target date, as its card says them (README, Decisions: days to a goal's
// target date): whole calendar days from the user's own day, the target date being the last
// day to act; only for a goal still to be achieved. Run under two distant time zones.
import { describe, expect, it } from 'vitest';
import { goalDue, type GoalDue } from '../../../../shared/domain/goals/due';
import type { GoalStatus } from '../../../../shared/domain/goals';

const active = (targetDate: string | null) => ({ status: 'active' as GoalStatus, targetDate });

describe('goalDue: whole calendar days to the target date', () => {
  it.each<[string, string, string, GoalDue]>([
    ['a far date', '2026-11-22', '2027-03-14', { code: 'DAYS_LEFT', days: 112 }],
    ['the day before', '2026-11-22', '2026-11-23', { code: 'DAYS_LEFT', days: 1 }],
    ['the target date itself', '2026-11-22', '2026-11-22', { code: 'DUE_TODAY', days: 0 }],
    ['the day after', '2026-11-23', '2026-11-22', { code: 'OVERDUE', days: 1 }],
    ['a week after', '2026-11-22', '2026-11-15', { code: 'OVERDUE', days: 7 }],
    ['across a year end', '2026-12-31', '2027-01-01', { code: 'DAYS_LEFT', days: 1 }],
    ['across a leap day', '2028-02-28', '2028-03-01', { code: 'DAYS_LEFT', days: 2 }],
    ['across a common year’s February', '2027-02-28', '2027-03-01', { code: 'DAYS_LEFT', days: 1 }],
    // Spring forward (Europe 29 Mar 2026, US 8 Mar 2026): a 23-hour day is still one day.
    ['across daylight saving (Europe)', '2026-03-28', '2026-03-30', { code: 'DAYS_LEFT', days: 2 }],
    ['across daylight saving (US)', '2026-03-09', '2026-03-07', { code: 'OVERDUE', days: 2 }],
    ['a leap day target', '2028-03-01', '2028-02-29', { code: 'OVERDUE', days: 1 }],
  ])('%s: on %s, target %s', (_what, asOf, target, expected) => {
    expect(goalDue(active(target), asOf, false)).toEqual(expected);
  });
});

describe('goalDue: only for a goal still to be achieved', () => {
  it.each<[string, GoalStatus, boolean, GoalDue | null]>([
    ['active', 'active', false, { code: 'OVERDUE', days: 7 }],
    ['paused (the date still stands)', 'paused', false, { code: 'OVERDUE', days: 7 }],
    ['achieved', 'achieved', false, null],
    ['dropped', 'dropped', false, null],
    ['active with its target reached', 'active', true, null],
    ['paused with its target reached', 'paused', true, null],
  ])('%s', (_what, status, met, expected) => {
    expect(goalDue({ status, targetDate: '2026-11-15' }, '2026-11-22', met)).toEqual(expected);
  });

  it('says nothing without a target date, or with one that is no day', () => {
    expect(goalDue(active(null), '2026-11-22', false)).toBeNull();
    expect(goalDue(active('2026-02-30'), '2026-11-22', false)).toBeNull();
    expect(goalDue(active(''), '2026-11-22', false)).toBeNull();
  });
});
