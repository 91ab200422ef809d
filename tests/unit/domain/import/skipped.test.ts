// The rows an import leaves out are kept, and can be saved as a CSV to fix and import again:
// the file's own header and cells, plus a Problem column (issue 4 part 5, the import's end).
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../../renderer/src/features/import/csv-file';
import { toCsvText } from '../../../../renderer/src/features/credit-log/csv-text';
import {
  activitiesToImport,
  analyzeImport,
  countOutcomes,
  setUpImport,
  skippedRows,
  skippedRowsDelimiter,
  skippedRowsExtension,
  skippedRowsFileName,
  skippedRowsTable,
  splitSkipped,
  type Delimiter,
  type ImportOptions,
  type RowOutcome,
} from '../../../../shared/domain/import';

const asOf = '2026-11-22';

/** A file as the wizard reads it: detected header and mapping, day-first dates. */
function analyse(
  text: string,
  keep: ReadonlySet<number> = new Set(),
  defaultType: ImportOptions['defaultType'] = null,
) {
  const table = parseCsvText(text);
  const setup = setUpImport(table.rows);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType,
    asOf,
  };
  const existing = [{ id: 'old', date: '2026-03-10', title: 'Risk workshop', provider: 'Acme' }];
  const outcomes = analyzeImport(table.rows, setup, options, existing);
  return { table, setup, outcomes, skipped: skippedRows(outcomes, keep), keep };
}

const describeRow = (o: RowOutcome) =>
  o.errors.length
    ? o.errors.map((e) => `${e.field} ${e.code}`).join('; ')
    : `duplicate of ${o.duplicateOf?.kind}`;
const labels = { problem: 'Problem', describe: describeRow };

const FILE = [
  'Date,Title,Provider,Type,PDUs',
  '10/03/2026,Risk workshop,Acme,Course,2', // row 2: already in the log
  '11/03/2026,Agile basics,Acme,Course,3', // row 3: fine
  ',No date,Acme,Course,1', // row 4: date missing
  '12/03/2026,Mentoring,Acme,Course,lots', // row 5: amount unreadable
  '', // row 6: blank, left out without a word
  '11/03/2026,Agile basics,Acme,Course,3', // row 7: duplicate of row 3
].join('\n');

describe('skippedRows: exactly the rows an import leaves out', () => {
  it.each([
    ['no duplicate kept', [], [2, 4, 5, 7]],
    ['the duplicate of the log kept', [2], [4, 5, 7]],
    ['both duplicates kept', [2, 7], [4, 5]],
  ])('%s', (_name, kept, rows) => {
    const f = analyse(FILE, new Set(kept));
    expect(f.skipped.map((o) => o.rowNumber)).toEqual(rows);
    // The same number the finished import says was skipped, and no row both imported and skipped.
    const counts = countOutcomes(f.outcomes, 6, f.keep);
    expect(f.skipped).toHaveLength(counts.withErrors + counts.duplicates - counts.kept);
    expect(f.skipped.length + activitiesToImport(f.outcomes, f.keep).length).toBe(
      f.outcomes.length,
    );
  });
});

/**
 * A tracker's totals lines (Title first, rows without a type read as books): one without a date,
 * one dated with the period's end. Neither is imported unasked, and neither is lost: both are
 * listed with the rows left out, each saying why, and neither is saved with the rows to correct.
 */
const TRACKER = [
  'Course,Date,Provider,Type,PDUs',
  'Agile basics,11/03/2026,Acme,Course,3', // row 2: fine
  'Total Quality Management,12/03/2026,Acme,Course,2', // row 3: a course, not a totals line
  'Mentoring,13/03/2026,Acme,Course,lots', // row 4: amount unreadable
  '', // row 5: blank, left out without a word
  'Total,31/10/2026,,,5', // row 6: a totals line with a date
  'Subtotal,,,,5', // row 7: a totals line without one
].join('\n');

describe('splitSkipped: totals lines are left out, not rows to correct', () => {
  it.each<[string, number[], number[], number[], number]>([
    ['nothing kept', [], [4], [6, 7], 2],
    ['the dated totals line kept', [6], [4], [7], 3],
  ])('%s', (_name, kept, toCorrect, leftOut, imported) => {
    const f = analyse(TRACKER, new Set(kept), 'read');
    const parts = splitSkipped(f.skipped);
    expect(parts.toCorrect.map((o) => o.rowNumber)).toEqual(toCorrect);
    expect(parts.leftOut.map((o) => o.rowNumber)).toEqual(leftOut);
    // Each says first that it looks like a totals line.
    expect(parts.leftOut.map((o) => o.warnings[0]?.code)).toEqual(leftOut.map(() => 'TOTALS_LINE'));
    expect(activitiesToImport(f.outcomes, f.keep)).toHaveLength(imported);
    // Every row read is imported or listed; only the blank line is neither.
    expect(f.skipped.length + imported).toBe(f.outcomes.length);
    expect(f.outcomes.map((o) => o.rowNumber)).toEqual([2, 3, 4, 6, 7]);
  });
});

describe('skippedRowsTable: the file’s own cells with a Problem column', () => {
  it('keeps the header and each skipped row as it was, with what was wrong', () => {
    const f = analyse(FILE);
    expect(skippedRowsTable(f.table.rows, f.setup.headerRow, f.skipped, labels)).toEqual({
      header: ['Date', 'Title', 'Provider', 'Type', 'PDUs', 'Problem'],
      rows: [
        ['10/03/2026', 'Risk workshop', 'Acme', 'Course', '2', 'duplicate of existing'],
        ['', 'No date', 'Acme', 'Course', '1', 'date REQUIRED'],
        ['12/03/2026', 'Mentoring', 'Acme', 'Course', 'lots', 'amount NOT_A_NUMBER'],
        ['11/03/2026', 'Agile basics', 'Acme', 'Course', '3', 'duplicate of row'],
      ],
    });
  });

  const outcome = (rowNumber: number): RowOutcome => ({
    rowNumber,
    raw: {},
    activity: null,
    reading: {
      date: '',
      title: '',
      type: 'read',
      amount: Number.NaN,
      unit: 'hours',
      split: null,
      status: 'earned',
    },
    errors: [{ field: 'date', code: 'REQUIRED' }],
    warnings: [],
    duplicateOf: null,
  });
  it.each<[string, string[][], number, number[], { header: string[]; rows: string[][] }]>([
    [
      'lines above the header: rows are found by their number in the file',
      [['My PDUs 2026'], [], ['Date', 'Title'], ['', 'A'], ['', 'B']],
      2,
      [5],
      { header: ['Date', 'Title', 'Problem'], rows: [['', 'B', 'date REQUIRED']] },
    ],
    [
      'a short row is filled out to the header, so the Problem column stays in its place',
      [['Date', 'Title', 'Notes'], ['']],
      0,
      [2],
      { header: ['Date', 'Title', 'Notes', 'Problem'], rows: [['', '', '', 'date REQUIRED']] },
    ],
    [
      'a row that lost its quotes keeps every cell: the header gets blank names up to it',
      [
        ['Date', 'Title'],
        ['', 'Risk', ' cost and time'],
      ],
      0,
      [2],
      {
        header: ['Date', 'Title', '', 'Problem'],
        rows: [['', 'Risk', ' cost and time', 'date REQUIRED']],
      },
    ],
    [
      'a Problem column saved before is filled again, not added twice',
      [
        ['Date', 'problem', 'Title'],
        ['', 'old words', 'A'],
      ],
      0,
      [2],
      { header: ['Date', 'Problem', 'Title'], rows: [['', 'date REQUIRED', 'A']] },
    ],
    [
      '…unless a row runs past the header: its shifted cell there is kept',
      [
        ['Date', 'Problem'],
        ['', 'old', 'shifted'],
      ],
      0,
      [2],
      {
        header: ['Date', 'Problem', '', 'Problem'],
        rows: [['', 'old', 'shifted', 'date REQUIRED']],
      },
    ],
    [
      'nothing skipped: the header alone',
      [['Date', 'Title']],
      0,
      [],
      {
        header: ['Date', 'Title', 'Problem'],
        rows: [],
      },
    ],
  ])('%s', (_name, table, headerRow, rowNumbers, expected) => {
    expect(skippedRowsTable(table, headerRow, rowNumbers.map(outcome), labels)).toEqual(expected);
  });
});

describe('the saved CSV, corrected and imported again', () => {
  it('reads back with the Problem column ignored, and the corrected rows import', () => {
    const f = analyse(FILE);
    const saved = toCsvText(skippedRowsTable(f.table.rows, f.setup.headerRow, f.skipped, labels));
    // The person corrects the two rows with errors in a spreadsheet.
    const fixed = saved
      .replace(',No date,', ',Budgeting,')
      .replace(/^"?,Budgeting/m, '14/03/2026,Budgeting')
      .replace(',lots,', ',4,');
    const again = parseCsvText(fixed);
    const setup = setUpImport(again.rows);
    expect(setup.mapping).toEqual(['date', 'title', 'provider', 'type', 'amount', null]);
    const outcomes = analyzeImport(again.rows, setup, { ...optionsOf(setup.mapping), asOf }, []);
    expect(outcomes.map((o) => [o.rowNumber, o.activity?.title ?? null, o.errors])).toEqual([
      [2, 'Risk workshop', []],
      [3, 'Budgeting', []],
      [4, 'Mentoring', []],
      [5, 'Agile basics', []],
    ]);
  });
});

describe('formula-like cells survive the saved CSV', () => {
  const GUARDED_FILE = [
    'Date,Title,Provider,Type,PDUs',
    ',-5 risk review,@Acme,Course,1', // row 2: date missing
    '12/03/2026,=SUM(A1:A3) budgeting,+PMI,Course,lots', // row 3: amount unreadable
  ].join('\n');

  it('are saved with an apostrophe, read back without it, and import as they were', () => {
    const f = analyse(GUARDED_FILE);
    const saved = toCsvText(skippedRowsTable(f.table.rows, f.setup.headerRow, f.skipped, labels));
    // The saved file guards them, so a spreadsheet shows them as text instead of running them.
    expect(saved).toContain(`,"'-5 risk review","'@Acme",`);
    expect(saved).toContain(`,"'=SUM(A1:A3) budgeting","'+PMI",`);

    const again = parseCsvText(saved);
    expect(again.rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['', '-5 risk review', '@Acme', 'Course', '1'],
      ['12/03/2026', '=SUM(A1:A3) budgeting', '+PMI', 'Course', 'lots'],
    ]);

    // Corrected in a spreadsheet (which keeps the apostrophes) and imported again.
    const fixed = parseCsvText(saved.replace(/^,/m, '14/03/2026,').replace(',lots,', ',4,'));
    const setup = setUpImport(fixed.rows);
    const outcomes = analyzeImport(fixed.rows, setup, { ...optionsOf(setup.mapping), asOf }, []);
    expect(
      outcomes.map((o) => [o.errors, o.activity?.title, o.activity?.provider, o.activity?.amount]),
    ).toEqual([
      [[], '-5 risk review', '@Acme', 1],
      [[], '=SUM(A1:A3) budgeting', '+PMI', 4],
    ]);
  });
});

function optionsOf(mapping: ImportOptions['mapping']): Omit<ImportOptions, 'asOf'> {
  return { mapping, unit: 'body-unit', dateOrder: 'dmy', defaultType: null };
}

describe('skippedRowsFileName', () => {
  it.each([
    ['pdus-2025.csv', 'pdus-2025-skipped-rows.csv'],
    ['Mijn PDU’s: 2025.CSV', 'Mijn PDU’s- 2025-skipped-rows.csv'],
    ['no extension', 'no extension-skipped-rows.csv'],
    ['.csv', 'import-skipped-rows.csv'],
    [null, 'import-skipped-rows.csv'],
  ])('%s → %s', (name, expected) => {
    expect(skippedRowsFileName(name)).toBe(expected);
  });

  it.each<[string, Delimiter, string]>([
    ['pdus.csv', ',', 'pdus-skipped-rows.csv'],
    ['pdus.csv', ';', 'pdus-skipped-rows.csv'],
    ['pdus.csv', '|', 'pdus-skipped-rows.csv'],
    // Tab-separated (Excel's "Unicode text"): a spreadsheet splits a .csv only at its list separator.
    ['pdus.txt', '\t', 'pdus-skipped-rows.txt'],
    ['pdus.csv', '\t', 'pdus-skipped-rows.txt'],
  ])('%s separated by %j → %s', (name, delimiter, expected) => {
    expect(skippedRowsFileName(name, delimiter)).toBe(expected);
  });
});

describe('the saved file is separated as the file imported was', () => {
  it.each<[Delimiter, Delimiter, 'csv' | 'txt']>([
    [',', ',', 'csv'],
    [';', ';', 'csv'],
    ['\t', '\t', 'txt'],
    ['|', '|', 'csv'],
  ])('%j → %j, .%s', (imported, saved, extension) => {
    expect(skippedRowsDelimiter(imported)).toBe(saved);
    expect(skippedRowsExtension(saved)).toBe(extension);
  });
});
