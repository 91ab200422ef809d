// A lone dash in a number cell (numbers.ts, Ascent decision): Excel's accounting format writes
// zero as "-", so a tracker's empty area columns are dashes. Such a cell is read as a blank
// one, never "not a number".
import { describe, expect, it } from 'vitest';
import {
  isBlankNumberCell,
  parseNumberCell,
  readRow,
  type ImportOptions,
} from '../../../../shared/domain/import';

const options: ImportOptions = {
  mapping: ['date', 'title', 'type', 'amount', 'waysOfWorking', 'powerSkills', 'businessAcumen'],
  dateOrder: 'dmy',
  unit: 'body-unit',
  defaultType: null,
  asOf: '2026-11-22',
};

const row = (...cells: string[]) => readRow(cells, 3, options)!;

describe('a number cell that is a lone dash', () => {
  it.each<[string, number | null]>([
    ['-', null],
    [' - ', null],
    ['\u2013', null],
    [' \u2013 ', null],
    ['\u2014', null],
    ['\u00a0-\u00a0', null],
    ['', null],
    ['--', Number.NaN],
    ['-1', -1],
    ['0', 0],
  ])('%j reads as %s', (cell, n) => {
    expect(parseNumberCell(cell)).toBe(n);
    expect(isBlankNumberCell(cell)).toBe(n === null);
  });
});

describe('readRow: dashes for zero in the area columns', () => {
  it.each(['-', ' - ', '\u2013', '\u2014'])('%j beside a filled area is zero', (dash) => {
    const r = row('10/03/2026', 'Risk', 'Course', '8', dash, '8', dash);
    expect(r.errors).toEqual([]);
    expect(r.activity?.split).toEqual({ waysOfWorking: 0, powerSkills: 8, businessAcumen: 0 });
  });

  it('areas all dashes are no split, as blank ones are', () => {
    const r = row('10/03/2026', 'Risk', 'Course', '8', '-', '-', '-');
    expect(r.errors).toEqual([]);
    expect(r.activity?.split).toBeNull();
    expect(r.warnings).toEqual([{ field: 'split', code: 'NO_SPLIT' }]);
  });

  it('an amount that is a dash is a blank amount: the areas’ sum, or required', () => {
    expect(row('10/03/2026', 'Risk', 'Course', '-', '2', '-', '1').activity?.amount).toBe(3);
    expect(row('10/03/2026', 'Risk', 'Course', '-', '-', '-', '-').errors).toEqual([
      { field: 'amount', code: 'REQUIRED' },
    ]);
  });
});

describe('readRow: an amount of zero or not in quarter hours quotes its cell', () => {
  it.each([
    ['0', 'NOT_POSITIVE'],
    ['2,3', 'HOURS_NOT_QUARTER'],
  ])('%j: %s', (cell, code) => {
    expect(row('10/03/2026', 'Risk', 'Course', cell, '', '', '').errors).toEqual([
      { field: 'amount', code, value: cell },
    ]);
  });

  it('an area cell too', () => {
    expect(row('10/03/2026', 'Risk', 'Course', '2', '1.1', '0.9', '').errors).toEqual([
      { field: 'split.waysOfWorking', code: 'HOURS_NOT_QUARTER', value: '1.1' },
      { field: 'split.powerSkills', code: 'HOURS_NOT_QUARTER', value: '0.9' },
    ]);
  });

  it('an amount summed from the areas has no cell to quote', () => {
    expect(row('10/03/2026', 'Risk', 'Course', '', '0', '-', '').errors).toEqual([
      { field: 'amount', code: 'NOT_POSITIVE' },
    ]);
  });
});
