// An amount column in minutes ("Duration (minutes)", "Dauer (Minuten)") is read as minutes and
// imported as hours in whole quarter hours, never as that many hours: a 45-minute webinar is
// 0.75 hours, not 45. The header tells the unit; rounding is down and said; under a quarter
// hour is an error.
import { describe, expect, it } from 'vitest';
import {
  MINUTES_ROUNDED,
  UNDER_A_QUARTER_HOUR,
  UNIT_CONVERTED,
  amountUnitOf,
  detectColumns,
  previewCells,
  readRow,
  setUpImport,
  unitFromHeader,
  type ImportOptions,
  type ImportUnit,
} from '../../../../shared/domain/import';

describe('unitFromHeader: minutes', () => {
  it.each<[string, ImportUnit]>([
    ['Duration (minutes)', 'minutes'],
    ['Duration (min)', 'minutes'],
    ['Duration (mins)', 'minutes'],
    ['Minutes', 'minutes'],
    ['Dauer (Minuten)', 'minutes'],
    ['Duración (minutos)', 'minutes'],
    ['Duration', 'hours'],
    ['Duration (hours)', 'hours'],
    ['Dauer', 'hours'],
  ])('%s → %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });

  it('proposes a Minutes column as the amount when no other column is one', () => {
    expect(detectColumns(['Date', 'Title', 'Type', 'Minutes'])).toEqual([
      'date',
      'title',
      'type',
      'amount',
    ]);
    // Hours win over minutes when a file has both.
    expect(detectColumns(['Date', 'Title', 'Type', 'Minutes', 'Hours'])).toEqual([
      'date',
      'title',
      'type',
      null,
      'amount',
    ]);
  });

  it('sets a file up with the unit of its amount column', () => {
    const setup = setUpImport([['Date', 'Title', 'Type', 'Duration (minutes)']]);
    expect(setup.mapping[3]).toBe('amount');
    expect(setup.unit).toBe('minutes');
  });
});

describe('amountUnitOf: the unit of whichever column is mapped as the amount', () => {
  const header = ['Date', 'Title', 'Provider', 'Type', 'Hours', 'CEUs'];
  it.each<[(string | null)[], ImportUnit]>([
    [['date', 'title', 'provider', 'type', 'amount', null], 'hours'],
    [['date', 'title', 'provider', 'type', null, 'amount'], 'ceu'],
    [['date', 'title', 'provider', 'type', null, null], 'body-unit'],
  ])('%j → %s', (mapping, unit) => {
    expect(amountUnitOf(header, mapping as ImportOptions['mapping'])).toBe(unit);
  });
});

const options: ImportOptions = {
  mapping: ['date', 'title', 'type', 'amount'],
  dateOrder: 'dmy',
  unit: 'minutes',
  defaultType: null,
  asOf: '2026-11-22',
  splitApplies: false,
};

const row = (amount: string) => readRow(['2026-03-10', 'Webinar', 'Webinar', amount], 2, options)!;

describe('readRow: an amount in minutes', () => {
  it.each([
    ['45', 0.75],
    ['60', 1],
    ['90', 1.5],
    ['15', 0.25],
    ['120', 2],
  ])('%s minutes is imported as %s hours, without a warning', (cell, hours) => {
    const r = row(cell);
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount: hours, unit: 'hours' });
    expect(r.warnings).toEqual([]);
    expect(r.minutes).toBe(Number(cell));
    expect(previewCells(r)).toMatchObject({
      amount: { wrong: false, value: hours },
      minutes: Number(cell),
    });
  });

  it.each([
    ['50', 0.75],
    ['100', 1.5],
    ['44.5', 0.5],
  ])('%s minutes is rounded down to %s hours, and the row says so', (cell, hours) => {
    const r = row(cell);
    expect(r.activity).toMatchObject({ amount: hours, unit: 'hours' });
    expect(r.warnings).toContainEqual({
      field: 'amount',
      code: MINUTES_ROUNDED,
      value: cell,
      actual: hours,
    });
  });

  it('refuses a figure under a quarter hour, quoting the cell', () => {
    const r = row('10');
    expect(r.activity).toBeNull();
    expect(r.errors).toEqual([{ field: 'amount', code: UNDER_A_QUARTER_HOUR, value: '10' }]);
    expect(previewCells(r).amount).toEqual({ wrong: true, raw: '10' });
  });

  it('reads a cell naming its own unit in that unit, as hours', () => {
    expect(row('2 h').activity).toMatchObject({ amount: 2, unit: 'hours' });
    const ceu = row('0.1 CEU');
    expect(ceu.activity).toMatchObject({ amount: 1, unit: 'hours' });
    expect(ceu.warnings).toContainEqual({
      field: 'amount',
      code: UNIT_CONVERTED,
      value: '0.1 CEU',
      actual: 1,
    });
    expect(ceu.minutes).toBeUndefined();
  });

  it('takes a blank amount from the area cells, in hours', () => {
    const r = readRow(['2026-03-10', 'Webinar', 'Webinar', '', '1.5'], 2, {
      ...options,
      mapping: [...options.mapping, 'powerSkills'],
    })!;
    expect(r.activity).toMatchObject({ amount: 1.5, unit: 'hours' });
    expect(r.minutes).toBeUndefined();
  });

  it('under any other unit, the figure is that many of it (no minutes)', () => {
    const r = readRow(['2026-03-10', 'Webinar', 'Webinar', '45'], 2, {
      ...options,
      unit: 'hours',
    })!;
    expect(r.activity).toMatchObject({ amount: 45, unit: 'hours' });
    expect(r.minutes).toBeUndefined();
  });
});
