// An amount cell that names minutes ("90 min") is read as minutes, whatever the amount column's
// unit: the preview itself writes minutes as "45 min → 0.75 h", and a cell saying so was
// refused as "not a number".
import { describe, expect, it } from 'vitest';
import { readRow, type ImportOptions } from '../../../../shared/domain/import';

const options = (unit: ImportOptions['unit']): ImportOptions => ({
  mapping: ['date', 'title', 'type', 'amount'],
  dateOrder: 'dmy',
  unit,
  defaultType: null,
  asOf: '2026-11-22',
  splitApplies: false,
});
const row = (amount: string, unit: ImportOptions['unit']) =>
  readRow(['2026-03-10', 'Webinar', 'Webinar', amount], 2, options(unit))!;

describe('an amount cell that names minutes', () => {
  it.each([
    ['90 min', 'minutes', 1.5],
    ['45 mins', 'minutes', 0.75],
    ['60 minutes', 'minutes', 1],
    ['30 Min.', 'hours', 0.5],
    ['120 minutes', 'body-unit', 2],
  ] as const)('%s under a %s column is %s hours', (cell, unit, hours) => {
    const r = row(cell, unit);
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount: hours });
  });

  it('under a CEU column it is converted to CEUs, and the row says so', () => {
    const r = row('90 min', 'ceu');
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount: 0.15, unit: 'ceu' });
    expect(r.warnings.map((w) => w.code)).toContain('UNIT_CONVERTED');
  });

  it('rounds down to a quarter hour and says so, as a minutes column does', () => {
    const r = row('50 min', 'minutes');
    expect(r.activity).toMatchObject({ amount: 0.75 });
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('a word that is not minutes is still not a number', () => {
    expect(row('90 mile', 'minutes').errors.map((e) => e.code)).toContain('NOT_A_NUMBER');
  });
});
