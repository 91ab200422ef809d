import { describe, expect, it } from 'vitest';
import {
  detectDateOrder,
  excelSerialToLocalDate,
  fullYear,
  parseDateCell,
  type DateOrder,
} from '../../../../shared/domain/import';
import { civilFromDays, daysFromCivil, toLocalDate } from '../../../../shared/dates/civil-days';

describe('excelSerialToLocalDate (1900 date system)', () => {
  it.each<[number, string | null]>([
    [1, '1900-01-01'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    // Excel's phantom 29 Feb 1900 (the Lotus 1-2-3 bug) is no day at all.
    [60, null],
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [36585, '2000-02-29'],
    [45351, '2024-02-29'],
    [46091, '2026-03-10'],
    [46091.75, '2026-03-10'],
    [2958465, '9999-12-31'],
    [2958466, null],
    [0, null],
    [-1, null],
    [Number.NaN, null],
  ])('%s → %s', (serial, date) => {
    expect(excelSerialToLocalDate(serial)).toBe(date);
  });
});

describe('civil-day arithmetic without Date objects', () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0],
    [{ year: 2000, month: 3, day: 1 }, 11017],
    [{ year: 1899, month: 12, day: 30 }, -25569],
    [{ year: 2026, month: 3, day: 10 }, 20522],
  ])('%o is day %i', (civil, days) => {
    expect(daysFromCivil(civil)).toBe(days);
    expect(civilFromDays(days)).toEqual(civil);
  });

  it('round-trips every day from 1899 to 2101 and never skips or repeats one', () => {
    const start = daysFromCivil({ year: 1899, month: 1, day: 1 });
    const end = daysFromCivil({ year: 2101, month: 1, day: 1 });
    let previous = toLocalDate(civilFromDays(start - 1))!;
    // Wrong days gathered and checked once: 73,000 days, each expect() call costs more than the day.
    const wrong: string[] = [];
    for (let n = start; n < end; n += 1) {
      const civil = civilFromDays(n);
      const day = toLocalDate(civil);
      if (day === null || day <= previous) wrong.push(`${n}: ${day} after ${previous}`);
      if (daysFromCivil(civil) !== n) wrong.push(`${n}: back to ${daysFromCivil(civil)}`);
      previous = day ?? previous;
    }
    expect(end - start).toBe(73_779);
    expect(wrong).toEqual([]);
  });

  it('refuses days that do not exist', () => {
    expect(toLocalDate({ year: 2025, month: 2, day: 29 })).toBeNull();
    expect(toLocalDate({ year: 1900, month: 2, day: 29 })).toBeNull();
    expect(toLocalDate({ year: 2000, month: 2, day: 29 })).toBe('2000-02-29');
    expect(toLocalDate({ year: 2026, month: 4, day: 31 })).toBeNull();
    expect(toLocalDate({ year: 2026, month: 13, day: 1 })).toBeNull();
  });
});

describe('parseDateCell', () => {
  const ok = (date: string) => ({ ok: true, date });
  const bad = { ok: false };
  it.each<[string, DateOrder, unknown]>([
    ['2026-03-10', 'dmy', ok('2026-03-10')],
    ['2026-3-9', 'mdy', ok('2026-03-09')],
    ['2026/03/10', 'mdy', ok('2026-03-10')],
    ['2026-03-10T14:30:00Z', 'dmy', ok('2026-03-10')],
    ['2026-03-10 09:00', 'dmy', ok('2026-03-10')],
    ['20260310', 'dmy', ok('2026-03-10')],
    ['03/04/2026', 'dmy', ok('2026-04-03')],
    ['03/04/2026', 'mdy', ok('2026-03-04')],
    ['25/03/2026', 'dmy', ok('2026-03-25')],
    ['25/03/2026', 'mdy', bad],
    ['3.4.26', 'dmy', ok('2026-04-03')],
    ['10-03-2026', 'dmy', ok('2026-03-10')],
    ['03/04/2026 10:15 AM', 'mdy', ok('2026-03-04')],
    ['10 Mar 2026', 'mdy', ok('2026-03-10')],
    ['10-Mar-26', 'mdy', ok('2026-03-10')],
    ['10 March, 2026', 'dmy', ok('2026-03-10')],
    ['Mar 10, 2026', 'dmy', ok('2026-03-10')],
    ['September 1st 2025', 'dmy', ok('2025-09-01')],
    ['Tue 10 Mar 2026', 'dmy', ok('2026-03-10')],
    ['2026 Mar 10', 'dmy', ok('2026-03-10')],
    ['46091', 'dmy', ok('2026-03-10')],
    ['46091.5', 'mdy', ok('2026-03-10')],
    // A European spreadsheet writes the serial's time of day after a decimal comma.
    ['46091,5', 'dmy', ok('2026-03-10')],
    ['46091,75', 'mdy', ok('2026-03-10')],
    ['46091,5 ', 'dmy', ok('2026-03-10')],
    ['2026', 'dmy', bad],
    ['60', 'dmy', bad],
    ['2025-02-29', 'dmy', bad],
    ['31/04/2026', 'dmy', bad],
    ['29 Feb 2025', 'dmy', bad],
    ['Marketing 10 2026', 'dmy', bad],
    ['soon', 'dmy', bad],
    ['', 'dmy', null],
    ['   ', 'dmy', null],
  ])('%j (%s) → %o', (cell, order, expected) => {
    expect(parseDateCell(cell, order)).toEqual(expected);
  });

  it.each([
    ['00', 2000],
    ['29', 2029],
    ['30', 1930],
    ['99', 1999],
    ['2026', 2026],
  ])('two-digit year %s is %i, as Excel reads it', (text, year) => {
    expect(fullYear(text)).toBe(year);
  });
});

describe('detectDateOrder', () => {
  it.each([
    [['25/03/2026', '01/04/2026'], { order: 'dmy', example: '25/03/2026' }],
    [['03/25/2026', '04/01/2026'], { order: 'mdy', example: '03/25/2026' }],
    [['03/04/2026', '01/02/2026'], { order: null, ambiguous: true }],
    [['13/01/2026', '01/13/2026'], { order: null, conflict: true }],
    [['2026-03-25', '10 Mar 2026', '46091', ''], { order: null, ambiguous: false }],
  ])('%j → %o', (cells, expected) => {
    expect(detectDateOrder(cells)).toMatchObject(expected);
  });
});
