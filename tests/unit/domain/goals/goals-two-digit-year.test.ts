// A goal's dates typed with a two-digit year. Chromium's date field reads "26" as the year
// 0026, not 2026, and a start date of 0026-01-01 was accepted: a goal measured by learning
// hours "since the start date" then counted every entry of the credit log, ever, and its card
// said it started in the year 26. As a role's start month is (validateRole, START_TOO_EARLY),
// a goal's start and target dates before 1950 are refused as typing slips; 1950 on is fine.
import { describe, expect, it } from 'vitest';
import { validateGoal, type Goal } from '../../../../shared/domain/goals';

const asOf = '2026-05-10';
const goal = (extra: Partial<Goal> = {}): Goal => ({
  id: 'g',
  title: 'Forty learning hours this year',
  kind: 'education',
  target: {
    type: 'number',
    value: 40,
    unit: 'hours',
    measure: { source: 'learning-credits', area: 'all' },
  },
  startDate: '2026-01-01',
  targetDate: '2026-12-31',
  milestones: [],
  status: 'active',
  ...extra,
});
const codes = (g: Goal) => validateGoal(g, asOf).map((e) => `${e.field}:${e.code}`);

describe('goal dates with a year before 1950', () => {
  it.each<[string, Partial<Goal>, string[]]>([
    ['start typed as 26', { startDate: '0026-01-01' }, ['startDate:DATE_TOO_EARLY']],
    [
      'both typed as 26',
      { startDate: '0026-01-01', targetDate: '0026-12-31' },
      ['startDate:DATE_TOO_EARLY', 'targetDate:DATE_TOO_EARLY'],
    ],
    ['the day before 1950', { startDate: '1949-12-31' }, ['startDate:DATE_TOO_EARLY']],
  ])('%s: refused', (_, extra, expected) => {
    expect(codes(goal(extra))).toEqual(expected);
  });

  it('1 January 1950 on: accepted', () => {
    expect(codes(goal({ startDate: '1950-01-01' }))).toEqual([]);
  });
});
