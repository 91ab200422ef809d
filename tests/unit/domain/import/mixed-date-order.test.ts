// A file that writes dates both ways ("13/02/2025" day first, "02/14/2025" month first) proves
// nothing about "03/04/2025": read in the order chosen, such a row used to be imported without a
// word, possibly a month off. It is still imported in that order, but the row says so and can be
// left out, and the summary counts such rows; a date that reads one way only is not flagged.
import { describe, expect, it } from 'vitest';
import {
  DATE_ORDER_UNSURE,
  analyzeImport,
  canLeaveOut,
  countOutcomes,
  dateOrderEvidence,
  readRow,
  readsBothWays,
  setUpImport,
  type ImportOptions,
} from '../../../../shared/domain/import';

describe('readsBothWays', () => {
  it.each<[string, boolean]>([
    ['03/04/2025', true],
    ['3/4/25', true],
    ['03-04-2025', true],
    ['03/04/2025 14:30', true],
    ['05/05/2025', false],
    ['13/02/2025', false],
    ['02/14/2025', false],
    ['03.04.2025', false],
    ['2025-03-04', false],
    ['4 Mar 2025', false],
    ['45720', false],
    ['', false],
  ])('%j → %s', (cell, both) => {
    expect(readsBothWays(cell)).toBe(both);
  });
});

const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  mapping: ['date', 'title', 'type', 'amount'],
  dateOrder: 'dmy',
  unit: 'hours',
  defaultType: null,
  asOf: '2026-11-22',
  splitApplies: false,
  ...over,
});

const codes = (cell: string, over: Partial<ImportOptions> = {}) =>
  readRow([cell, 'Risk webinar', 'Webinar', '1'], 2, options(over))!.warnings.map((w) => w.code);

describe('a date that reads both ways in a file that writes dates both ways', () => {
  it('is read in the order chosen, and the row says so', () => {
    const row = readRow(
      ['03/04/2025', 'Risk webinar', 'Webinar', '1'],
      2,
      options({ mixedDateOrder: true }),
    )!;
    expect(row.activity?.date).toBe('2025-04-03');
    expect(row.warnings).toEqual([{ field: 'date', code: DATE_ORDER_UNSURE, value: '03/04/2025' }]);
    expect(canLeaveOut(row)).toBe(true);
  });

  it.each(['05/05/2025', '13/02/2025', '03.04.2025', '2025-03-04'])(
    '%j reads one way only: no warning',
    (cell) => {
      expect(codes(cell, { mixedDateOrder: true })).toEqual([]);
    },
  );

  it('a file whose dates agree says nothing', () => {
    expect(codes('03/04/2025')).toEqual([]);
    expect(codes('03/04/2025', { mixedDateOrder: false })).toEqual([]);
  });

  it('a start date too', () => {
    const row = readRow(
      ['03/04/2025', '01/04/2025', 'Course', 'Course', '8'],
      2,
      options({ mapping: ['date', 'startDate', 'title', 'type', 'amount'], mixedDateOrder: true }),
    )!;
    expect(row.warnings.map((w) => [w.field, w.code])).toEqual([
      ['date', DATE_ORDER_UNSURE],
      ['startDate', DATE_ORDER_UNSURE],
    ]);
  });
});

describe('a whole file written both ways', () => {
  const table = [
    ['Date', 'Title', 'Type', 'Hours'],
    ['13/02/2025', 'Negotiation', 'Webinar', '1'],
    ['02/14/2025', 'Leadership', 'Webinar', '1'],
    ['03/04/2025', 'Risk', 'Webinar', '1'],
  ];
  it('counts the rows whose date nothing in the file decides', () => {
    const setup = setUpImport(table);
    const evidence = dateOrderEvidence(table, setup.headerRow, setup.mapping);
    expect(evidence.conflict).toBe(true);
    const o = options({ mapping: setup.mapping, mixedDateOrder: evidence.conflict });
    const outcomes = analyzeImport(table, setup, o, []);
    expect(outcomes.map((r) => [r.rowNumber, r.activity?.date ?? null, r.warnings.length])).toEqual(
      [
        [2, '2025-02-13', 0],
        [3, null, 0],
        [4, '2025-04-03', 1],
      ],
    );
    expect(countOutcomes(outcomes, 3, new Set())).toMatchObject({
      valid: 2,
      withErrors: 1,
      unsureDates: 1,
    });
  });
});
