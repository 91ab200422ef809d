// Whole files: messy spreadsheets from tests/fixtures/csv read through the renderer's
// CSV adapter (Papa Parse) and the pure import, with the outcomes a user would see.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvFile, type CsvTable } from '../../../../renderer/src/features/import/csv-file';
import {
  activitiesToImport,
  analyzeImport,
  countOutcomes,
  dateOrderEvidence,
  missingFields,
  remap,
  setUpImport,
  skippedRows,
  splitSkipped,
  type ImportOptions,
  type RowOutcome,
} from '../../../../shared/domain/import';

const asOf = '2026-11-22';

function load(name: string): CsvTable {
  const table = readCsvFile(readFileSync(`tests/fixtures/csv/${name}`));
  if ('refused' in table) throw new Error(`${name} refused: ${table.refused}`);
  return table;
}

/** The file as the wizard first shows it: detected header, mapping, unit and date order. */
function importFile(name: string, existing: Parameters<typeof analyzeImport>[3] = []) {
  const table = load(name);
  const setup = setUpImport(table.rows);
  const evidence = dateOrderEvidence(table.rows, setup.headerRow, setup.mapping);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: evidence.order ?? 'dmy',
    defaultType: null,
    asOf,
  };
  const outcomes = analyzeImport(table.rows, setup, options, existing);
  const counts = countOutcomes(outcomes, table.rows.length - setup.headerRow - 1, new Set());
  const at = (n: number) => outcomes.find((o) => o.rowNumber === n)!;
  return { table, setup, evidence, outcomes, counts, at };
}

const errorCodes = (o: RowOutcome) => o.errors.map((e) => `${e.field}:${e.code}`);

describe('a PMI CCRS-like export (quoted cells, CRLF, "10-Mar-2025" dates)', () => {
  const existing = [
    {
      id: 'old',
      date: '2026-01-18',
      title: 'negotiation  SKILLS',
      provider: 'ACME Training, Inc.',
    },
  ];
  const f = importFile('pmi-ccrs-export.csv', existing);

  it('detects every column and reads PDUs', () => {
    expect(f.table.delimiter).toBe(',');
    expect(f.setup.headerRow).toBe(0);
    expect(f.setup.mapping).toEqual([
      'claimCode',
      'provider',
      'title',
      'type',
      'startDate',
      'date',
      'waysOfWorking',
      'powerSkills',
      'businessAcumen',
      'amount',
      'status',
    ]);
    expect(f.setup.unit).toBe('body-unit');
  });

  it('has 6 valid rows, 2 with errors and 2 likely duplicates', () => {
    expect(f.counts).toMatchObject({ valid: 6, withErrors: 2, duplicates: 2, ignored: 0 });
    expect(errorCodes(f.at(7))).toEqual(['split:SPLIT_MISMATCH']);
    expect(f.at(8).errors).toEqual([
      { field: 'status', code: 'UNKNOWN_STATUS', value: 'Rejected' },
    ]);
    expect(f.at(10).duplicateOf).toEqual({ kind: 'row', rowNumber: 9 });
    expect(f.at(11).duplicateOf).toEqual({ kind: 'existing', activityId: 'old' });
  });

  it('keeps quoted commas and doubled quotes, and maps CCRS words to types and statuses', () => {
    expect(f.at(2).activity).toEqual({
      date: '2025-03-10',
      startDate: '2025-03-08',
      title: 'Risk "deep dive" masterclass',
      provider: 'Acme Training, Inc.',
      type: 'course-or-training',
      amount: 8,
      unit: 'body-unit',
      split: { waysOfWorking: 5, powerSkills: 2, businessAcumen: 1 },
      status: 'accepted',
      claimCode: 'C-1001',
    });
    expect(f.at(4).activity).toMatchObject({ type: 'online-or-digital-media', status: 'reported' });
    expect(f.at(5).activity).not.toHaveProperty('provider');
    expect(f.at(6).activity).toMatchObject({ type: 'volunteer', amount: 4, split: null });
  });
});

describe('a hand-kept tracker (BOM, title line, semicolons, decimal commas, blank lines)', () => {
  const f = importFile('tracker-semicolon.csv');

  it('finds the header under the title line and reads dates day first, from the data', () => {
    expect(f.table.delimiter).toBe(';');
    expect(f.setup.headerRow).toBe(2);
    expect(f.setup.header[0]).toBe('Date');
    expect(f.setup.unit).toBe('hours');
    expect(f.evidence).toMatchObject({ order: 'dmy', example: '25/03/2026' });
  });

  it('has 6 valid rows, 3 with errors, 1 duplicate, and leaves out 2 blank lines and the total', () => {
    expect(f.counts).toMatchObject({ valid: 6, withErrors: 3, duplicates: 1, ignored: 3 });
    expect(f.at(9).duplicateOf).toEqual({ kind: 'row', rowNumber: 8 });
    expect(f.at(11).errors).toEqual([{ field: 'type', code: 'UNKNOWN_TYPE', value: 'Misc' }]);
    expect(errorCodes(f.at(13))).toEqual(['date:EARNED_IN_FUTURE']);
    expect(errorCodes(f.at(14))).toContain('amount:HOURS_NOT_QUARTER');
  });

  it('lists its totals line ("Total;;;;32,05") as left out, saying why', () => {
    expect(f.at(16)).toMatchObject({
      activity: null,
      errors: [],
      warnings: [{ field: 'row', code: 'TOTALS_LINE', value: 'Total' }],
    });
    expect(
      splitSkipped(skippedRows(f.outcomes, new Set())).leftOut.map((o) => o.rowNumber),
    ).toEqual([16]);
  });

  it('reads accents, quoted separators and decimal commas', () => {
    expect(f.at(4).activity).toEqual({
      date: '2026-03-25',
      title: 'Scrum for PMs',
      provider: 'Café Agile; Porto',
      type: 'course-or-training',
      amount: 7.5,
      unit: 'hours',
      split: { waysOfWorking: 4.5, powerSkills: 2, businessAcumen: 1 },
      status: 'earned',
      notes: 'Good, practical; bring a laptop',
    });
    expect(f.at(7).activity).toMatchObject({
      title: 'The Phoenix Project',
      type: 'read',
      split: { waysOfWorking: 0, powerSkills: 0, businessAcumen: 3 },
      notes: 'Novel about "IT ops", recommended',
    });
    expect(f.at(12).activity).toMatchObject({ type: 'give-presentation', amount: 1.25 });
  });

  it('imports the 6 valid rows, or 7 when the duplicate is kept', () => {
    expect(activitiesToImport(f.outcomes, new Set())).toHaveLength(6);
    expect(activitiesToImport(f.outcomes, new Set([9]))).toHaveLength(7);
  });
});

describe('Excel serial dates', () => {
  const f = importFile('excel-serial-dates.csv');

  it('reads serials (a time fraction dropped) and an ISO date among them', () => {
    expect(f.counts).toMatchObject({ valid: 5, withErrors: 2, duplicates: 0 });
    expect(f.at(2).activity).toMatchObject({ date: '2026-03-10', startDate: '2026-03-08' });
    expect(f.at(3).activity).toMatchObject({ date: '2025-06-18', status: 'reported' });
    expect(f.at(8).activity?.date).toBe('2026-03-10');
  });

  it('accepts a planned future activity and refuses an earned one and the phantom 29 Feb 1900', () => {
    expect(f.at(5).activity).toMatchObject({ date: '2027-02-01', status: 'planned' });
    expect(errorCodes(f.at(6))).toEqual(['date:EARNED_IN_FUTURE']);
    expect(f.at(7).errors).toEqual([{ field: 'date', code: 'DATE_INVALID', value: '60' }]);
  });
});

describe('broken rows', () => {
  const f = importFile('broken-rows.csv');

  it('keeps the 2 good rows and explains each of the 9 broken ones', () => {
    expect(f.counts).toMatchObject({ valid: 2, withErrors: 9, duplicates: 0 });
    expect(f.outcomes.map((o) => [o.rowNumber, errorCodes(o)])).toEqual([
      [2, []],
      [3, ['date:DATE_INVALID']],
      [4, ['title:REQUIRED']],
      [5, ['amount:NOT_A_NUMBER']],
      [6, ['amount:NEGATIVE']],
      [7, ['split:SPLIT_MISMATCH']],
      [8, ['row:TOO_MANY_CELLS']],
      [9, ['amount:REQUIRED']],
      [10, ['type:UNKNOWN_TYPE']],
      [11, []],
      [12, ['type:REQUIRED', 'amount:REQUIRED']],
    ]);
    expect(f.at(11).warnings).toEqual([{ field: 'split', code: 'NO_SPLIT' }]);
  });

  it('reports the quote that never closes', () => {
    expect(f.table.quoteProblems).toEqual([12]);
  });
});

describe('a tracker with column names Ascent cannot guess (the e2e file)', () => {
  const f = importFile('odd-headers.csv');

  it('leaves When, What and Who for the user to map and names what is missing', () => {
    expect(f.setup.mapping).toEqual([
      null,
      null,
      null,
      'type',
      'amount',
      'waysOfWorking',
      'powerSkills',
      'businessAcumen',
    ]);
    expect(missingFields(f.setup.mapping, { defaultType: null })).toEqual(['date', 'title']);
    expect(f.counts).toMatchObject({ valid: 0, withErrors: 7 });
  });

  it('once mapped: 4 valid rows, 2 errors, 1 duplicate', () => {
    const mapping = remap(remap(remap(f.setup.mapping, 0, 'date'), 1, 'title'), 2, 'provider');
    const options = {
      mapping,
      unit: f.setup.unit,
      dateOrder: 'dmy' as const,
      defaultType: null,
      asOf,
    };
    const outcomes = analyzeImport(f.table.rows, f.setup, options, []);
    expect(countOutcomes(outcomes, 8, new Set())).toMatchObject({
      valid: 4,
      withErrors: 2,
      duplicates: 1,
      ignored: 1,
    });
    expect(dateOrderEvidence(f.table.rows, 0, mapping).order).toBe('dmy');
  });
});

describe('the CSV adapter', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-16 with a byte-order mark and Windows-1252 (Excel "CSV" on Windows)', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Date\tCafé\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(readCsvFile(utf16)).toMatchObject({ rows: [['Date', 'Café']], delimiter: '\t' });
    const cp1252 = new Uint8Array([...encode('Title;Provider\nA;Caf'), 0xe9, 0x0a]);
    expect(readCsvFile(cp1252)).toMatchObject({
      rows: [
        ['Title', 'Provider'],
        ['A', 'Café'],
      ],
    });
  });

  it('refuses an empty file, a workbook and a file with no rows', () => {
    expect(readCsvFile(new Uint8Array())).toEqual({ refused: 'empty' });
    expect(readCsvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      refused: 'workbook',
    });
    expect(readCsvFile(encode('\uFEFF\r\n;;\r\n'))).toEqual({ refused: 'no-rows' });
  });

  it('reads thousands of rows in slices with the same outcome as in one go', async () => {
    const { readRows, markDuplicates } = await import('../../../../shared/domain/import');
    const lines = ['Date;Title;Type;Hours;Power Skills'];
    for (let i = 0; i < 5000; i += 1)
      lines.push(`${((i % 4000) % 28) + 1}/02/2026;Talk ${i % 4000};Read;1,5;1,5`);
    const table = readCsvFile(encode(lines.join('\r\n')));
    if ('refused' in table) throw new Error('refused');
    const setup = setUpImport(table.rows);
    const o: ImportOptions = {
      mapping: setup.mapping,
      unit: 'hours',
      dateOrder: 'dmy',
      defaultType: null,
      asOf,
    };
    const sliced: RowOutcome[] = [];
    for (let from = 1; from < table.rows.length; from += 700)
      sliced.push(...readRows(table.rows, setup, o, from, from + 700));
    const whole = analyzeImport(table.rows, setup, o, []);
    expect(markDuplicates(sliced, [])).toEqual(whole);
    expect(countOutcomes(whole, 5000, new Set())).toMatchObject({ valid: 4000, duplicates: 1000 });
  });
});
