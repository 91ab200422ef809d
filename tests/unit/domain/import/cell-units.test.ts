// A unit written in a number cell (row.ts, Ascent decision): "1.5 CEU" under an amount read as
// PDUs is 15, converted with the credit log's own conversion (1 CEU = 10 contact hours,
// domain-facts §1) and said as a row warning; never a silent 1.5 PDUs. A unit that counts the
// same as the column's (hours, PDUs and the other bodies' credits: 1 = 1 hour) changes nothing.
import { describe, expect, it } from 'vitest';
import type { AmountUnit } from '../../../../shared/domain/credits';
import {
  readRow,
  unitOfCell,
  UNIT_CONVERTED,
  type ImportOptions,
} from '../../../../shared/domain/import';

const options: ImportOptions = {
  mapping: ['date', 'title', 'type', 'amount', 'waysOfWorking', 'powerSkills', 'businessAcumen'],
  dateOrder: 'dmy',
  unit: 'body-unit',
  defaultType: null,
  asOf: '2026-11-22',
};

/** A course on 10 March 2026: its amount cell, its Power Skills hours, the amount's unit. */
const course = (amount: string, powerSkills: string, unit: AmountUnit, ways = '') =>
  readRow(['10/03/2026', 'Risk', 'Course', amount, ways, powerSkills, ''], 4, {
    ...options,
    unit,
  })!;

describe('unitOfCell: the unit a number cell names', () => {
  it.each<[string, AmountUnit | null]>([
    ['1.5 CEU', 'ceu'],
    ['1,5 ceus', 'ceu'],
    ['2CEU.', 'ceu'],
    ['2 h', 'hours'],
    ['2h', 'hours'],
    ['3 hrs', 'hours'],
    ['1 hour', 'hours'],
    ['2 PDUs', 'body-unit'],
    ['2 pdu', 'body-unit'],
    ['4 SEUs', 'body-unit'],
    ['4 CDU', 'body-unit'],
    ['4 CPE', 'body-unit'],
    ['4 CPD', 'body-unit'],
    ['3 credits', null],
    ['3 points', null],
    ['3', null],
    ['', null],
  ])('%j: %s', (cell, unit) => {
    expect(unitOfCell(cell)).toBe(unit);
  });
});

describe('readRow: a figure whose cell names another unit than its column’s', () => {
  it.each<[string, AmountUnit, string, number]>([
    // amount cell, the amount's unit, Power Skills hours, amount imported (in the column's unit)
    ['1.5 CEU', 'body-unit', '15', 15],
    ['1.5 CEU', 'hours', '15', 15],
    ['1,5 CEUs', 'body-unit', '15', 15],
    ['1.1 CEU', 'body-unit', '11', 11],
    ['15 h', 'ceu', '15', 1.5],
    ['3 PDUs', 'ceu', '3', 0.3],
    ['2.5 hours', 'ceu', '2.5', 0.25],
  ])('%j under an amount in %s is imported as %s… %s', (cell, unit, hours, amount) => {
    const r = course(cell, hours, unit);
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount, unit });
    expect(r.warnings).toEqual([
      { field: 'amount', code: UNIT_CONVERTED, value: cell, actual: amount },
    ]);
  });

  it.each<[string, AmountUnit, number, string]>([
    // amount cell, the amount's unit, amount imported, Power Skills hours
    ['2 h', 'body-unit', 2, '2'],
    ['2 PDUs', 'hours', 2, '2'],
    ['2 SEUs', 'body-unit', 2, '2'],
    ['1.5 CEU', 'ceu', 1.5, '15'],
    ['2 credits', 'body-unit', 2, '2'],
    ['0.2 credits', 'ceu', 0.2, '2'],
  ])('%j under an amount in %s stays %s, without a word', (cell, unit, amount, hours) => {
    const r = course(cell, hours, unit);
    expect(r.errors).toEqual([]);
    expect(r.activity?.amount).toBe(amount);
    expect(r.warnings).toEqual([]);
  });

  it('reads an area cell in CEUs as hours (the split counts hours), and says so', () => {
    const r = course('', '1 CEU', 'body-unit', '2');
    expect(r.activity).toMatchObject({
      amount: 12,
      split: { waysOfWorking: 2, powerSkills: 10, businessAcumen: 0 },
    });
    expect(r.warnings).toEqual([
      { field: 'split.powerSkills', code: UNIT_CONVERTED, value: '1 CEU', actual: 10 },
    ]);
  });

  it('an area in CEUs converted makes the split add up to an amount in CEUs', () => {
    const r = course('1.2 CEU', '1 CEU', 'ceu', '2');
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount: 1.2, unit: 'ceu' });
    expect(r.activity?.split).toEqual({ waysOfWorking: 2, powerSkills: 10, businessAcumen: 0 });
  });

  it('a converted figure is judged as any other: 0.33 CEU is 3.3 hours, not in quarter hours', () => {
    const r = course('0.33 CEU', '3.3', 'body-unit');
    expect(r.activity).toBeNull();
    expect(r.errors).toContainEqual({
      field: 'amount',
      code: 'HOURS_NOT_QUARTER',
      value: '0.33 CEU',
    });
  });
});
