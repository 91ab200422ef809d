import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  dayKey,
  isLocalDate,
  isoWeekday,
  isWithin,
  localDateOf,
} from '../../../../shared/dates';

describe('the time zone these tests run under', () => {
  it('is the one the project asked for, so both zones are really exercised', () => {
    expect(process.env.TZ).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});

describe('isLocalDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
    ['2024-01-0a', false],
    ['2024/01/01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2024-01-32', false],
    [' 2024-01-1', false],
    ['２０２４-01-01', false],
    ['2024-1２-01', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0001-01-01', true],
    ['', false],
    [20240101, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    // Days across the spring-forward and fall-back weekends of both test zones.
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-03-29', -1, '2026-03-28'],
  ])('%s + %i days = %s', (from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
  ])('%s + %i months = %s (clamped to month end)', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it.each([
    ['2017-02-03', 3, '2020-02-03'],
    ['2020-02-29', 1, '2021-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
  ])('%s + %i years = %s', (from, n, expected) => {
    expect(addYears(from, n)).toBe(expected);
  });

  it('counts whole days, whatever the daylight-saving changes in between', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });

  it('treats ranges as inclusive at both ends', () => {
    expect(isWithin('2020-02-02', '2017-02-03', '2020-02-02')).toBe(true);
    expect(isWithin('2017-02-03', '2017-02-03', '2020-02-02')).toBe(true);
    expect(isWithin('2020-02-03', '2017-02-03', '2020-02-02')).toBe(false);
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(0); // a Monday
    expect(isoWeekday('2026-11-22')).toBe(6); // a Sunday
  });

  it('rejects a string that is not a calendar day', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });

  it('reads the local calendar day of an instant', () => {
    expect(localDateOf(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(localDateOf(new Date(2026, 10, 22, 0, 0))).toBe('2026-11-22');
  });
});

describe('dayKey: a day as a number that orders as the days do', () => {
  it.each([
    ['2026-11-22', 20261122],
    ['0001-01-01', 10101],
    ['1999-12-31', 19991231],
  ])('%s → %s', (day, key) => {
    expect(dayKey(day)).toBe(key);
  });

  it('orders as the text of the days does', () => {
    const days = ['1999-12-31', '2000-01-01', '2000-01-10', '2000-02-01', '2024-02-29'];
    for (const a of days) for (const b of days) expect(dayKey(a) < dayKey(b)).toBe(a < b);
  });

  it.each(['', '2026-1-22', '2026-11-2x', 'abcd-ef-gh'])('“%s” is no day: NaN', (text) => {
    expect(dayKey(text)).toBeNaN();
  });
});
