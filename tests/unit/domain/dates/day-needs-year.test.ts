import { describe, expect, it } from 'vitest';
import { dayNeedsYear } from '../../../../shared/dates/day-needs-year';

// House style for dates (shared/dates/day-needs-year.ts): a day is named without its year
// ("Tue 5 Jan") only in the current year and within six months of today.
describe('dayNeedsYear', () => {
  it.each([
    ['the same day', '2026-12-07', '2026-12-07', false],
    ['next week, same year', '2026-12-15', '2026-12-07', false],
    ['next month, next year (5 Jan seen in December)', '2027-01-05', '2026-12-07', true],
    ['New Year’s Day seen on New Year’s Eve', '2027-01-01', '2026-12-31', true],
    ['last year’s last day seen on 1 January', '2026-12-31', '2027-01-01', true],
    ['exactly six months ahead, same year', '2027-07-02', '2027-01-02', false],
    ['a day more than six months ahead, same year', '2027-07-03', '2027-01-02', true],
    ['20 Dec seen on 2 Jan', '2027-12-20', '2027-01-02', true],
    ['exactly six months back, same year', '2027-01-15', '2027-07-15', false],
    ['more than six months back, same year', '2027-01-14', '2027-07-15', true],
    ['28 Aug seen on 28 Feb: exactly six months', '2027-08-28', '2027-02-28', false],
    [
      '28 Feb seen on 31 Aug: six months back clamp to the month’s end',
      '2027-02-28',
      '2027-08-31',
      false,
    ],
    ['27 Feb seen on 31 Aug', '2027-02-27', '2027-08-31', true],
    ['a leap day in the same year, close', '2028-02-29', '2028-02-01', false],
  ])('%s', (_name, day, asOf, want) => {
    expect(dayNeedsYear(day, asOf)).toBe(want);
  });
});
