// A "Semester credits" column in the spreadsheet import (domain-facts §4: ISACA counts 15 CPE
// hours per semester credit of a university course): recognised by its header, read as any
// number cell, judged by the credit log's own check, and carried into the activity.
import { describe, expect, it } from 'vitest';
import { SEMESTER_CREDITS_MAX } from '../../../../shared/domain/credits';
import {
  NOT_SEMESTER_CREDITS,
  activitiesToImport,
  analyzeImport,
  decimalMarkEvidence,
  detectColumns,
  previewCells,
  readRow,
  semesterCreditsCell,
  setUpImport,
  type ImportField,
  type ImportOptions,
  type NotSemesterCredits,
} from '../../../../shared/domain/import';

describe('detectColumns: the semester credits column', () => {
  it.each<[string, ImportField | null]>([
    ['Semester credits', 'semesterCredits'],
    ['Semester credit', 'semesterCredits'],
    ['SEMESTER_CREDITS', 'semesterCredits'],
    ['Credits (semester)', 'semesterCredits'],
    ['Semester hours', 'semesterCredits'],
    ['Semester credit hours', 'semesterCredits'],
    ['Semester credits (ISACA)', 'semesterCredits'],
    ['University credits', 'semesterCredits'],
    ['College credits', 'semesterCredits'],
  ])('%j → %s', (header, field) => {
    expect(detectColumns([header])).toEqual([field]);
  });

  it('tells the amount from the semester credits in one header row', () => {
    expect(
      detectColumns(['Date', 'Course', 'Institution', 'Type', 'Credits', 'Semester credits']),
    ).toEqual(['date', 'title', 'provider', 'type', 'amount', 'semesterCredits']);
    expect(detectColumns(['Semester hours', 'Hours', 'Date', 'Title'])).toEqual([
      'semesterCredits',
      'amount',
      'date',
      'title',
    ]);
  });

  it('keeps the amount column’s unit from its own header', () => {
    expect(setUpImport([['Date', 'Title', 'Semester credits', 'Hours']])).toMatchObject({
      mapping: ['date', 'title', 'semesterCredits', 'amount'],
      unit: 'hours',
    });
  });
});

const mapping = ['date', 'title', 'provider', 'type', 'amount', 'semesterCredits'] as const;
const options: ImportOptions = {
  mapping,
  dateOrder: 'dmy',
  unit: 'hours',
  defaultType: null,
  asOf: '2026-11-22',
};

/** A row in the mapping's order: date, title, provider, type, amount, semester credits. */
const row = (type: string, credits: string, o: Partial<ImportOptions> = {}) =>
  readRow(['10/03/2026', 'IT audit', 'State University', type, '45', credits], 4, {
    ...options,
    ...o,
  })!;

describe('readRow: semester credits', () => {
  it('carries a course’s semester credits into the activity', () => {
    const r = row('University course', '3');
    expect(r.errors).toEqual([]);
    expect(r.activity).toEqual({
      date: '2026-03-10',
      title: 'IT audit',
      provider: 'State University',
      type: 'course-or-training',
      amount: 45,
      unit: 'hours',
      split: null,
      semesterCredits: 3,
      status: 'earned',
    });
  });

  it.each<[string, Partial<ImportOptions>, number]>([
    ['1.5', {}, 1.5],
    ['1,5', {}, 1.5],
    ['2.25', {}, 2.25],
    ['3 credits', {}, 3],
    [String(SEMESTER_CREDITS_MAX), {}, SEMESTER_CREDITS_MAX],
  ])('reads %j as a number cell is read', (cell, o, credits) => {
    expect(row('Course', cell, o).activity?.semesterCredits).toBe(credits);
  });

  it('reads "1,250" by the file’s decimal mark: 1.25 where it is a comma', () => {
    expect(row('Course', '1,250', { decimalMark: ',' }).activity?.semesterCredits).toBe(1.25);
  });

  it.each<[string, Record<string, unknown>]>([
    ['-2', { code: 'NOT_POSITIVE', value: '-2' }],
    ['0', { code: 'NOT_POSITIVE', value: '0' }],
    [
      String(SEMESTER_CREDITS_MAX + 1),
      {
        code: 'TOO_LARGE',
        value: String(SEMESTER_CREDITS_MAX + 1),
        expected: SEMESTER_CREDITS_MAX,
        actual: SEMESTER_CREDITS_MAX + 1,
      },
    ],
    ['1.3', { code: 'CREDITS_NOT_QUARTER', value: '1.3' }],
    ['three', { code: 'NOT_A_NUMBER', value: 'three' }],
    ['1.500', { code: 'AMBIGUOUS_NUMBER', value: '1.500' }],
  ])('refuses %j on a course, with the cell’s text', (cell, issue) => {
    const r = row('Course', cell);
    expect(r.activity).toBeNull();
    expect(r.errors).toEqual([{ field: 'semesterCredits', ...issue }]);
    expect(previewCells(r).semesterCredits).toEqual({ wrong: true, raw: cell });
    // The rest of the row is read as it is: only the credits are wrong.
    expect(previewCells(r).amount).toEqual({ wrong: false, value: 45 });
  });

  it.each(['Webinar', 'Book', 'Volunteer'])(
    'refuses semester credits on a row of type %j: only a course takes them',
    (type) => {
      const r = row(type, '3');
      expect(r.activity).toBeNull();
      expect(r.errors).toEqual([{ field: 'semesterCredits', code: 'NOT_APPLICABLE', value: '3' }]);
    },
  );

  it('refuses them on a row imported as the default type when that is not a course', () => {
    const r = row('Misc', '3', { defaultType: 'read' });
    expect(r.errors).toEqual([{ field: 'semesterCredits', code: 'NOT_APPLICABLE', value: '3' }]);
  });

  it('takes them on a row imported as a course by default', () => {
    const r = row('Misc', '3', { defaultType: 'course-or-training' });
    expect(r.activity?.semesterCredits).toBe(3);
  });

  it('a blank cell is no semester credits and no error, on a course or any other row', () => {
    const table = [
      ['Date', 'Course', 'Type', 'PDUs', 'Semester credits'],
      ['10/03/2026', 'IT audit', 'Course', '45', ''],
      ['11/03/2026', 'Risk webinar', 'Webinar', '2', '  '],
      ['12/03/2026', 'Governance', 'Course', '30', '2'],
    ];
    const setup = setUpImport(table);
    expect(setup.mapping).toEqual(['date', 'title', 'type', 'amount', 'semesterCredits']);
    const outcomes = analyzeImport(table, setup, { ...options, mapping: setup.mapping }, []);
    expect(outcomes.map((o) => o.errors)).toEqual([[], [], []]);
    expect(outcomes.map((o) => o.activity?.semesterCredits)).toEqual([undefined, undefined, 2]);
    expect(outcomes[0]!.activity).not.toHaveProperty('semesterCredits');
    expect(outcomes.map((o) => previewCells(o).semesterCredits)).toEqual([
      undefined,
      undefined,
      { wrong: false, value: 2 },
    ]);
  });

  it('shows readable credits in the preview', () => {
    expect(previewCells(row('Course', '3')).semesterCredits).toEqual({ wrong: false, value: 3 });
  });
});

describe('the whole file with a semester credits column', () => {
  const table = [
    ['Date', 'Course', 'Institution', 'Type', 'Hours', 'Semester credits'],
    ['10/03/2026', 'IT audit', 'State University', 'Course', '45', '3'],
    ['10/03/2026', 'IT audit', 'State University', 'Course', '45', '2'],
    ['11/03/2026', 'Risk', 'State University', 'Course', '22,5', '1,5'],
  ];

  it('counts the credits’ decimal comma as the file’s decimal mark', () => {
    expect(decimalMarkEvidence([table[0]!, ['1,5']], 0, ['semesterCredits'])).toBe(',');
  });

  it('marks a duplicate by date, title and provider alone, as before', () => {
    const setup = setUpImport(table);
    const outcomes = analyzeImport(table, setup, { ...options, mapping: setup.mapping }, []);
    expect(outcomes.map((o) => [o.activity?.semesterCredits, o.duplicateOf])).toEqual([
      [3, null],
      [2, { kind: 'row', rowNumber: 2 }],
      [1.5, null],
    ]);
  });
});

describe('semesterCreditsCell: a unit written after the number', () => {
  it.each<[string, string]>([
    ['3', '3'],
    ['3 credits', '3'],
    ['3 Credit', '3'],
    ['3credits', '3'],
    ['3 cr', '3'],
    ['3 cr.', '3'],
    ['3 CRS', '3'],
    ['3 semester credits', '3'],
    ['3 Semester Credit Hours', '3'],
    ['3 credit hours', '3'],
    ['3 cr. hrs.', '3'],
    ['3 semester hours', '3'],
    ['3 sem. hrs', '3'],
    ['3 SH', '3'],
    ['3 s.c.h.', '3'],
    ['1,5 cr', '1,5'],
    ['1.500 credits', '1.500'],
    ['  2.5\u00a0credits ', '2.5'],
  ])('%j is semester credits: %j', (cell, figure) => {
    expect(semesterCreditsCell(cell)).toEqual({ figure, unit: null });
  });

  it.each<[string, NotSemesterCredits]>([
    ['45 hours', 'hours'],
    ['45 hrs', 'hours'],
    ['45 h', 'hours'],
    ['45h', 'hours'],
    ['45 contact hours', 'hours'],
    ['3 PDUs', 'pdus'],
    ['3 pdu', 'pdus'],
    ['4.5 CEUs', 'ceus'],
    ['4,5 CEU', 'ceus'],
    ['45 CPE', 'cpe'],
    ['45 CPE hours', 'cpe'],
    ['20 CPD points', 'cpd'],
    ['8 SEUs', 'seus'],
    ['8 CDU', 'cdus'],
    ['8 points', 'points'],
    ['4 quarter credits', 'quarter-credits'],
    ['4 quarter hours', 'quarter-credits'],
    ['4 qtr cr', 'quarter-credits'],
    ['5 ECTS', 'ects'],
    ['5 ECTS credits', 'ects'],
  ])('%j is not semester credits but %s', (cell, unit) => {
    expect(semesterCreditsCell(cell).unit).toBe(unit);
  });

  it.each(['three', '3 units', 'approx. 3', 'credits', 'hours', '-', ''])(
    '%j names no unit Ascent knows: the cell is left as it is',
    (cell) => {
      expect(semesterCreditsCell(cell)).toEqual({ figure: cell, unit: null });
    },
  );
});

describe('readRow: semester credits written with a unit', () => {
  it.each<[string, number]>([
    ['3 cr', 3],
    ['3 cr.', 3],
    ['3 semester credits', 3],
    ['3 credit hours', 3],
    ['1,5 semester hours', 1.5],
    ['2.25 SH', 2.25],
  ])('reads %j as %d credits', (cell, credits) => {
    const r = row('Course', cell);
    expect(r.errors).toEqual([]);
    expect(r.activity?.semesterCredits).toBe(credits);
  });

  it.each(['45 hours', '45 h', '3 PDUs', '4.5 CEUs', '45 CPE', '4 quarter credits', '5 ECTS'])(
    'never takes %j as credits: the row is refused with a named problem quoting the cell',
    (cell) => {
      const r = row('Course', cell);
      expect(r.activity).toBeNull();
      expect(r.errors).toEqual([
        { field: 'semesterCredits', code: NOT_SEMESTER_CREDITS, value: cell },
      ]);
      expect(previewCells(r).semesterCredits).toEqual({ wrong: true, raw: cell });
      // Only the credits are wrong: the amount is read as it is.
      expect(previewCells(r).amount).toEqual({ wrong: false, value: 45 });
    },
  );

  it('says the unit first on a row that may not carry credits at all', () => {
    const r = row('Webinar', '2 hours');
    expect(r.errors).toEqual([
      { field: 'semesterCredits', code: NOT_SEMESTER_CREDITS, value: '2 hours' },
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['0 credits', { code: 'NOT_POSITIVE' }],
    ['1.3 cr', { code: 'CREDITS_NOT_QUARTER' }],
    ['1.500 credits', { code: 'AMBIGUOUS_NUMBER' }],
    ['3 units', { code: 'NOT_A_NUMBER' }],
  ])('quotes %j whole in any other error of the cell', (cell, issue) => {
    expect(row('Course', cell).errors).toEqual([
      { field: 'semesterCredits', value: cell, ...issue },
    ]);
  });

  it('writes only the rows whose credits are credits', () => {
    const table = [
      ['Date', 'Course', 'Type', 'Hours', 'Semester credits'],
      ['10/03/2026', 'IT audit', 'Course', '45', '3 cr'],
      ['11/03/2026', 'Governance', 'Course', '30', '30 hours'],
      ['12/03/2026', 'Risk', 'Course', '30', '2 semester credits'],
    ];
    const setup = setUpImport(table);
    const outcomes = analyzeImport(table, setup, { ...options, mapping: setup.mapping }, []);
    expect(outcomes.map((o) => [o.rowNumber, o.activity?.semesterCredits ?? null])).toEqual([
      [2, 3],
      [3, null],
      [4, 2],
    ]);
    expect(activitiesToImport(outcomes, new Set()).map((a) => a.title)).toEqual([
      'IT audit',
      'Risk',
    ]);
  });

  it('sees the decimal mark of credits written with their words', () => {
    expect(decimalMarkEvidence([['Semester credits'], ['1,5 cr']], 0, ['semesterCredits'])).toBe(
      ',',
    );
  });
});
