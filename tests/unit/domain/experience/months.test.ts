import { describe, expect, it } from 'vitest';
import {
  addMonthsToMonth,
  firstDayOf,
  isYearMonth,
  monthFromIndex,
  monthIndex,
  monthOf,
  monthsInclusive,
  periodsOf,
} from '../../../../shared/domain/experience/months';

describe('month strings', () => {
  it.each([
    ['2024-01', true],
    ['2024-12', true],
    ['2024-13', false],
    ['2024-00', false],
    ['2024-1', false],
    ['2024-1a', false],
    ['2024/01', false],
    ['２０２４-01', false],
    ['0000-01', true],
    ['2024-01 ', false],
    ['24-01', false],
    ['2024-01-01', false],
    ['', false],
  ])('isYearMonth(%j) is %s', (value, ok) => {
    expect(isYearMonth(value)).toBe(ok);
  });

  it('rejects non-strings', () => {
    expect(isYearMonth(202401)).toBe(false);
    expect(isYearMonth(null)).toBe(false);
  });

  it.each(['2024-13', '2024-1', '24-01', ''])('monthIndex(%j) refuses it', (value) => {
    expect(() => monthIndex(value)).toThrow(RangeError);
  });

  it('numbers months so that consecutive months differ by one, across a year end', () => {
    expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1);
    expect(monthIndex('2024-01')).toBe(2024 * 12);
    expect(monthFromIndex(2024 * 12 + 11)).toBe('2024-12');
    expect(monthFromIndex(monthIndex('0999-07'))).toBe('0999-07');
  });

  it.each([
    ['2024-12', 1, '2025-01'],
    ['2025-01', -1, '2024-12'],
    ['2020-02', -26, '2017-12'],
    ['2018-06', 96, '2026-06'],
    ['2026-05', -95, '2018-06'],
  ])('%s %+d months is %s', (from, n, to) => {
    expect(addMonthsToMonth(from, n)).toBe(to);
  });

  it('counts months inclusively', () => {
    expect(monthsInclusive('2023-11', '2024-02')).toBe(4);
    expect(monthsInclusive('2024-05', '2024-05')).toBe(1);
    expect(monthsInclusive('2024-06', '2024-05')).toBe(0);
  });

  it('takes the month of a day and the first day of a month', () => {
    expect(monthOf('2024-02-29')).toBe('2024-02');
    expect(firstDayOf('2027-06')).toBe('2027-06-01');
  });

  it('folds sorted month numbers into periods', () => {
    const base = monthIndex('2019-11');
    expect(periodsOf([base, base + 1, base + 2, base + 5, base + 6, base + 9])).toEqual([
      { from: '2019-11', to: '2020-01' },
      { from: '2020-04', to: '2020-05' },
      { from: '2020-08', to: '2020-08' },
    ]);
    expect(periodsOf([])).toEqual([]);
  });

  it('throws on a malformed month', () => {
    expect(() => monthIndex('2024-13')).toThrow(RangeError);
  });
});
