import { describe, expect, it } from 'vitest';
import {
  activitiesToImport,
  canLeaveOut,
  countOutcomes,
  duplicateKey,
  markDuplicates,
  readRow,
  skippedRows,
  splitSkipped,
  type ImportOptions,
  type ImportedActivity,
  type RowOutcome,
} from '../../../../shared/domain/import';

const mapping = [
  'date',
  'title',
  'provider',
  'type',
  'amount',
  'waysOfWorking',
  'powerSkills',
  'businessAcumen',
  'status',
] as const;
const options: ImportOptions = {
  mapping,
  dateOrder: 'dmy',
  unit: 'body-unit',
  defaultType: null,
  asOf: '2026-11-22',
};

/** A row in the mapping's order: date, title, provider, type, amount, 3 areas, status. */
const row = (...cells: string[]) => readRow(cells, 7, options)!;

describe('readRow: the Talent Triangle split', () => {
  it('splits a row by its area cells, blanks beside a filled one being zero', () => {
    expect(row('10/03/2026', 'Risk', 'Acme', 'Course', '8', '5', '', '3', '').activity).toEqual({
      date: '2026-03-10',
      title: 'Risk',
      provider: 'Acme',
      type: 'course-or-training',
      amount: 8,
      unit: 'body-unit',
      split: { waysOfWorking: 5, powerSkills: 0, businessAcumen: 3 },
      status: 'earned',
    });
  });

  it('puts every PDU in the one area column that has them', () => {
    const r = row('10/03/2026', 'Lead', '', 'Book', '3', '', '3', '', '');
    expect(r.activity?.split).toEqual({ waysOfWorking: 0, powerSkills: 3, businessAcumen: 0 });
    expect(r.warnings).toEqual([]);
  });

  it('leaves the split empty when only a total is given, and says PMI needs one', () => {
    const r = row('10/03/2026', 'Lead', '', 'Book', '3', '', '', '', '');
    expect(r.activity?.split).toBeNull();
    expect(r.warnings).toEqual([{ field: 'split', code: 'NO_SPLIT' }]);
  });

  it('takes the amount from the areas when the total is blank', () => {
    expect(row('10/03/2026', 'A', '', 'Course', '', '1,5', '2', '', '').activity).toMatchObject({
      amount: 3.5,
      split: { waysOfWorking: 1.5, powerSkills: 2, businessAcumen: 0 },
    });
    const ceu = readRow(['10/03/2026', 'A', '', 'Course', '', '10', '5'], 2, {
      ...options,
      unit: 'ceu',
    });
    expect(ceu?.activity).toMatchObject({ amount: 1.5, unit: 'ceu' });
  });

  it('drops area numbers from Giving Back, which has no split, with a warning', () => {
    const r = row('10/03/2026', 'Talk', '', 'Presentation', '', '2', '', '', '');
    expect(r.activity).toMatchObject({ type: 'give-presentation', amount: 2, split: null });
    expect(r.warnings).toEqual([{ field: 'split', code: 'SPLIT_IGNORED' }]);
  });

  it('refuses areas that do not add up to the amount', () => {
    expect(row('10/03/2026', 'A', '', 'Course', '4', '1', '1', '1', '').errors).toEqual([
      { field: 'split', code: 'SPLIT_MISMATCH', expected: 4, actual: 3 },
    ]);
  });
});

describe('readRow: types, statuses and dates', () => {
  it('refuses an unknown type, or imports it as the default the user chose', () => {
    expect(row('10/03/2026', 'A', '', 'Hobby', '1', '1', '', '', '').errors).toEqual([
      { field: 'type', code: 'UNKNOWN_TYPE', value: 'Hobby' },
    ]);
    const withDefault = readRow(['10/03/2026', 'A', '', 'Hobby', '1', '1'], 3, {
      ...options,
      defaultType: 'informal-learning',
    })!;
    expect(withDefault.activity?.type).toBe('informal-learning');
    expect(withDefault.warnings).toEqual([
      { field: 'type', code: 'TYPE_DEFAULTED', value: 'Hobby' },
    ]);
    expect(row('10/03/2026', 'A', '', '', '1', '1', '', '', '').errors).toEqual([
      { field: 'type', code: 'REQUIRED' },
    ]);
  });

  it('is earned unless a status says otherwise; a future date is refused unless planned', () => {
    expect(row('10/03/2026', 'A', '', 'Course', '1', '1', '', '', '').activity?.status).toBe(
      'earned',
    );
    expect(row('01/12/2026', 'A', '', 'Course', '1', '1', '', '', '').errors).toEqual([
      { field: 'date', code: 'EARNED_IN_FUTURE' },
    ]);
    expect(row('01/12/2026', 'A', '', 'Course', '1', '1', '', '', 'Planned').activity?.status).toBe(
      'planned',
    );
    expect(row('22/11/2026', 'Today', '', 'Course', '1', '1', '', '', '').errors).toEqual([]);
    expect(row('10/03/2026', 'A', '', 'Course', '1', '1', '', '', 'Rejected').errors).toEqual([
      { field: 'status', code: 'UNKNOWN_STATUS', value: 'Rejected' },
    ]);
  });

  it('reports an unreadable date with its text, and a missing one as required', () => {
    expect(row('31/04/2026', 'A', '', 'Course', '1', '1', '', '', '').errors).toEqual([
      { field: 'date', code: 'DATE_INVALID', value: '31/04/2026' },
    ]);
    expect(row('', 'A', '', 'Course', '1', '1', '', '', '').errors).toEqual([
      { field: 'date', code: 'REQUIRED' },
    ]);
  });

  it('numbers the row as the spreadsheet does and keeps the raw text for the preview', () => {
    const r = row('31/04/2026', ' A ', 'Acme', 'Course', 'x', '', '', '', '');
    expect(r.rowNumber).toBe(7);
    expect(r.raw).toMatchObject({ date: '31/04/2026', title: 'A', amount: 'x' });
    expect(r.activity).toBeNull();
  });

  it('leaves out blank rows without a word', () => {
    expect(readRow(['', ' ', ''], 4, options)).toBeNull();
    expect(readRow([], 4, options)).toBeNull();
  });

  it.each([
    ['"Total" in the date column', ['Total', '', '', '', '32,5'], 'Total'],
    ['"TOTALS" in the first filled cell', ['', 'TOTALS', '', '', '32,5'], 'TOTALS'],
  ])('leaves out a totals line (%s), saying so', (_name, cells, word) => {
    expect(readRow(cells, 4, options)).toMatchObject({
      activity: null,
      errors: [],
      warnings: [{ field: 'row', code: 'TOTALS_LINE', value: word }],
    });
  });
});

/**
 * A tracker's totals line is "Total" in its first cell and sums under the number columns. Without
 * a date it cannot be an activity: left out, and said so. With one (a period's end, =MAX() of the
 * dates) it may be a course called "Total": read, warned about, and skipped unless kept.
 */
describe('readRow: a totals word in the first cell (Title, Date, PDUs)', () => {
  const titleFirst: ImportOptions = {
    ...options,
    mapping: ['title', 'date', 'amount'],
    defaultType: 'read',
  };
  const read = (...cells: string[]) => readRow(cells, 5, titleFirst);
  const totals = (value: string) => ({ field: 'row', code: 'TOTALS_LINE', value });

  it.each([
    ['Total', '2026-03-11', '2', '2026-03-11'],
    ['Sum', '11/03/2026', '1', '2026-03-11'],
    ['Subtotal', '46092', '1,5', '2026-03-11'],
    ['GRAND TOTAL', '11 Mar 2026', '3', '2026-03-11'],
    ['Total', '31/10/2026', '35', '2026-10-31'],
  ])('%j dated %j is read, and warned about as a totals line', (title, date, amount, iso) => {
    const o = read(title, date, amount);
    expect(o?.activity).toMatchObject({ title, date: iso });
    expect(o?.errors).toEqual([]);
    expect(o?.warnings[0]).toEqual(totals(title));
  });

  it('with a date that cannot be read, is a row to correct, not left out, and still warned', () => {
    expect(read('Total', '31/04/2026', '2')).toMatchObject({
      activity: null,
      errors: [{ field: 'date', code: 'DATE_INVALID', value: '31/04/2026' }],
      warnings: [totals('Total')],
    });
  });

  it.each([
    ['Total', '', '32,5'],
    ['Sum', ' ', '32,5'],
    ['Total', 'Total', '35'],
    [' subtotal ', '', '4'],
  ])('%j with the date %j has no activity, no error and the warning', (title, date, amount) => {
    expect(read(title, date, amount)).toMatchObject({
      activity: null,
      errors: [],
      warnings: [totals(title.trim())],
    });
  });

  it.each([
    ['Total Quality Management', '2026-03-10'],
    ['Sum of all fears (book club)', '2026-03-10'],
    ['Totally agile', '2026-03-10'],
  ])('%j is an activity like any other: only the whole cell counts', (title, date) => {
    const o = read(title, date, '1');
    expect(o?.activity?.title).toBe(title);
    expect(o?.warnings.map((w) => w.code)).not.toContain('TOTALS_LINE');
  });
});

describe('a totals line in the plan: skipped unless kept, or left out', () => {
  const titleFirst: ImportOptions = {
    ...options,
    mapping: ['title', 'date', 'amount', 'waysOfWorking'],
    defaultType: 'read',
  };
  const rows = [
    readRow(['Risk course', '2026-03-10', '2', '2'], 2, titleFirst)!,
    readRow(['Total Quality Management', '2026-03-11', '3', '3'], 3, titleFirst)!,
    readRow(['Total', '2026-10-31', '5', '5'], 4, titleFirst)!, // dated totals line
    readRow(['Total', '', '5', '5'], 5, titleFirst)!, // undated totals line
  ];

  it.each<[string, number[], Record<string, number>, string[], number[]]>([
    [
      'not kept: the dated one skipped, the undated one counted with the blank lines',
      [],
      { valid: 2, withErrors: 0, totals: 1, totalsKept: 0, toImport: 2, ignored: 2, leftOut: 0 },
      ['Risk course', 'Total Quality Management'],
      [4, 5],
    ],
    [
      'the dated one kept: imported',
      [4],
      { valid: 2, withErrors: 0, totals: 1, totalsKept: 1, toImport: 3, ignored: 2, leftOut: 0 },
      ['Risk course', 'Total Quality Management', 'Total'],
      [5],
    ],
    [
      'the undated one cannot be kept',
      [5],
      { valid: 2, totals: 1, totalsKept: 0, toImport: 2, ignored: 2 },
      ['Risk course', 'Total Quality Management'],
      [4, 5],
    ],
  ])('%s', (_name, keep, counts, written, skipped) => {
    const kept = new Set(keep);
    // 5 rows below the header: the 4 read and one blank line.
    expect(countOutcomes(rows, 5, kept)).toMatchObject(counts);
    expect(activitiesToImport(rows, kept).map((a) => a.title)).toEqual(written);
    const left = skippedRows(rows, kept);
    expect(left.map((o) => o.rowNumber)).toEqual(skipped);
    // Neither listed with the rows to correct nor lost: with the rows left out, saying why.
    expect(splitSkipped(left)).toEqual({ toCorrect: [], leftOut: left });
    expect(left.every((o) => o.warnings[0]?.code === 'TOTALS_LINE')).toBe(true);
    expect(rows.filter((o) => canLeaveOut(o)).map((o) => o.rowNumber)).toEqual([]);
  });
});

const valid = (rowNumber: number, title: string, provider?: string): RowOutcome => {
  const activity: ImportedActivity = {
    date: '2026-03-10',
    title,
    ...(provider === undefined ? {} : { provider }),
    type: 'read',
    amount: 1,
    unit: 'hours',
    split: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
    status: 'earned',
  };
  return {
    rowNumber,
    raw: {},
    activity,
    reading: activity,
    errors: [],
    warnings: [],
    duplicateOf: null,
  };
};
const broken = (rowNumber: number): RowOutcome => ({
  ...valid(rowNumber, 'Risk'),
  activity: null,
  errors: [{ field: 'amount', code: 'REQUIRED' }],
});

describe('duplicates', () => {
  it('ignores case and spacing, not the date, title or provider themselves', () => {
    const base = { date: '2026-03-10', title: 'Risk  Course', provider: 'Acme' };
    expect(duplicateKey(base)).toBe(
      duplicateKey({ date: '2026-03-10', title: ' risk course', provider: 'ACME ' }),
    );
    expect(duplicateKey(base)).not.toBe(duplicateKey({ ...base, date: '2026-03-11' }));
    expect(duplicateKey(base)).not.toBe(duplicateKey({ ...base, title: 'Risk Courses' }));
    expect(duplicateKey(base)).not.toBe(duplicateKey({ ...base, provider: 'Acme Ltd' }));
    expect(duplicateKey({ ...base, provider: undefined })).toBe(
      duplicateKey({ ...base, provider: '' }),
    );
  });

  it('flags a match with the log, and later rows of the file that repeat an earlier one', () => {
    const outcomes = markDuplicates(
      [valid(2, 'Risk'), valid(3, 'RISK'), broken(4), valid(5, 'Lead', 'PMI'), valid(6, 'Lead')],
      [{ id: 'a1', date: '2026-03-10', title: 'lead', provider: 'pmi' }],
    );
    expect(outcomes.map((o) => o.duplicateOf)).toEqual([
      null,
      { kind: 'row', rowNumber: 2 },
      null,
      { kind: 'existing', activityId: 'a1' },
      // No provider: compared on date and title alone (the next table).
      { kind: 'existing', activityId: 'a1' },
    ]);
  });

  // A row without a provider (no Provider column, or an empty cell) is compared on date and
  // title alone; one that names a provider still needs it to match (duplicates.ts).
  it.each([
    // title and provider of the row, of the activity logged, flagged as its duplicate?
    ['Risk Course', undefined, 'Risk Course', 'Acme Training', true],
    [' risk  course', '', 'Risk Course', 'Acme Training', true],
    ['Risk Course', undefined, 'Risk Course', undefined, true],
    ['Risk Course', 'acme training', 'Risk Course', 'Acme Training', true],
    ['Risk Course', 'Acme Ltd', 'Risk Course', 'Acme Training', false],
    ['Risk Course', 'Acme Training', 'Risk Course', undefined, false],
    ['Risk Courses', undefined, 'Risk Course', 'Acme Training', false],
  ] as const)(
    'row “%s” by %s against “%s” by %s logged: %s',
    (title, provider, loggedTitle, loggedProvider, flagged) => {
      const logged = { id: 'a1', date: '2026-03-10', title: loggedTitle };
      const [outcome] = markDuplicates(
        [valid(2, title, provider)],
        [loggedProvider === undefined ? logged : { ...logged, provider: loggedProvider }],
      );
      expect(outcome!.duplicateOf).toEqual(flagged ? { kind: 'existing', activityId: 'a1' } : null);
    },
  );

  it('a row without a provider repeats an earlier row of the file that has one', () => {
    const outcomes = markDuplicates(
      [valid(2, 'Risk', 'Acme'), valid(3, 'Risk'), valid(4, 'Risk', 'Other'), valid(5, 'Risk')],
      [{ id: 'a1', date: '2026-03-11', title: 'Risk', provider: 'Acme' }],
    );
    expect(outcomes.map((o) => o.duplicateOf)).toEqual([
      null,
      { kind: 'row', rowNumber: 2 },
      null,
      { kind: 'row', rowNumber: 2 },
    ]);
  });

  it('never pairs a row with an earlier row that has errors', () => {
    const outcomes = markDuplicates([broken(2), valid(3, 'Risk')], []);
    expect(outcomes[1]!.duplicateOf).toBeNull();
  });

  it('counts rows and imports valid rows plus the duplicates the user keeps', () => {
    const outcomes = markDuplicates(
      [valid(2, 'A'), valid(3, 'a'), valid(4, 'A '), broken(5), valid(6, 'B')],
      [],
    );
    expect(countOutcomes(outcomes, 7, new Set([4]))).toEqual({
      valid: 2,
      withErrors: 1,
      duplicates: 2,
      ignored: 2,
      kept: 1,
      totals: 0,
      totalsKept: 0,
      leftOut: 0,
      toImport: 3,
      unusual: 0,
      noSplit: 0,
      unsureDates: 0,
    });
    expect(activitiesToImport(outcomes, new Set([4])).map((a) => a.title)).toEqual([
      'A',
      'A ',
      'B',
    ]);
    expect(activitiesToImport(outcomes, new Set()).map((a) => a.title)).toEqual(['A', 'B']);
  });
});

describe('readRow: a comma that could be either separator (numbers.ts, Ascent decision)', () => {
  it.each([
    // cell, read as (null: refused as ambiguous)
    ['1,500', null],
    ['12,250 h', null],
    ['1,5', 1.5],
    ['1,25', 1.25],
    ['1.500', null],
    ['2.250 h', null],
    ['0.500', 0.5],
    ['1.500,5', 1500.5],
    ['1500', 1500],
  ])('an amount of %j: %s', (cell, amount) => {
    const r = row('10/03/2026', 'Risk', '', 'Book', cell, '', '', '', '');
    if (amount === null) {
      expect(r.activity).toBeNull();
      expect(r.errors).toContainEqual({ field: 'amount', code: 'AMBIGUOUS_NUMBER', value: cell });
    } else expect(r.activity?.amount).toBe(amount);
  });

  it.each([
    // cell, decimal mark of the file, read as
    ['2.250', ',', 2250],
    ['2,250', ',', 2.25],
    ['2.250', '.', 2.25],
    ['2,250', '.', 2250],
  ] as const)('an amount of %j in a file whose decimal mark is %j: %s', (cell, mark, amount) => {
    const r = readRow(['10/03/2026', 'Risk', '', 'Book', cell], 7, {
      ...options,
      decimalMark: mark,
    })!;
    expect(r.errors).toEqual([]);
    expect(r.activity?.amount).toBe(amount);
  });

  it('refuses an unclear area cell too, even when the amount is blank', () => {
    const r = row('10/03/2026', 'Risk', '', 'Course', '', '1.250', '', '', '');
    expect(r.activity).toBeNull();
    expect(r.errors).toContainEqual({
      field: 'split.waysOfWorking',
      code: 'AMBIGUOUS_NUMBER',
      value: '1.250',
    });
  });
});

describe('readRow: valid but unusual values (unusualActivity, README Decisions)', () => {
  it('imports 600 hours in one row, and points it out', () => {
    const r = row('10/03/2026', 'Workshop', '', 'Course', '600', '600', '', '', '');
    expect(r.activity?.amount).toBe(600);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      { field: 'amount', code: 'MORE_THAN_A_CYCLE', actual: 600, expected: 120 },
    ]);
  });

  it('imports a year before 1970, and points it out', () => {
    const r = row('10/03/1962', 'Workshop', '', 'Course', '6', '6', '', '', '');
    expect(r.activity?.date).toBe('1962-03-10');
    expect(r.warnings).toEqual([{ field: 'date', code: 'LONG_AGO' }]);
  });

  it('says nothing about an ordinary row', () => {
    expect(row('10/03/2026', 'Workshop', '', 'Course', '120', '120', '', '', '').warnings).toEqual(
      [],
    );
  });
});
