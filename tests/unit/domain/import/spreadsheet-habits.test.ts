// Habits of real spreadsheets the import reads rather than refuses: durations written as times
// (Excel's [h]:mm), a tracker's empty template rows (formulas that give 0), Excel's "sep=;"
// first line, a Word or PowerPoint file picked by mistake, an "Office hours notes" column, and
// a CEU amount off the CEU steps said in CEU.
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../../renderer/src/features/import/csv-file';
import { refusedText, rowIssueText } from '../../../../renderer/src/features/import/messages';
import {
  detectColumns,
  readRow,
  readRows,
  setUpImport,
  type ImportOptions,
  type ImportUnit,
} from '../../../../shared/domain/import';

const options = (unit: ImportUnit): ImportOptions => ({
  mapping: ['date', 'title', 'type', 'amount'],
  dateOrder: 'dmy',
  unit,
  defaultType: null,
  asOf: '2026-11-22',
  splitApplies: false,
});

const row = (amount: string, unit: ImportUnit = 'hours') =>
  readRow(['2026-03-10', 'Risk webinar', 'Webinar', amount], 2, options(unit))!;

describe('an amount written as a time (Excel [h]:mm)', () => {
  it.each<[string, ImportUnit, number]>([
    ['1:30', 'hours', 1.5],
    ['01:30:00', 'hours', 1.5],
    ['0:45', 'hours', 0.75],
    ['12:15', 'hours', 12.25],
    ['1:30', 'body-unit', 1.5],
    // Under a minutes column a time is still hours and minutes, not minutes and seconds.
    ['1:30', 'minutes', 1.5],
    ['0:45:00', 'minutes', 0.75],
  ])('%s under %s is %s hours, without an error', (cell, unit, amount) => {
    const r = row(cell, unit);
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount });
  });

  it('is rounded down to the quarter hour as minutes are, and says so in its own words', () => {
    const r = row('1:20');
    expect(r.activity).toMatchObject({ amount: 1.25 });
    expect(r.warnings).toEqual([
      { field: 'amount', code: 'MINUTES_ROUNDED', value: '1:20', actual: 1.25 },
    ]);
  });

  it('is converted under a CEU column, as "90 min" is', () => {
    const r = row('1:30', 'ceu');
    expect(r.errors).toEqual([]);
    expect(r.activity).toMatchObject({ amount: 0.15, unit: 'ceu' });
  });

  it.each(['1:75', '1:5', '2:30:90', '1:30:5'])(
    '%s is not a time: refused as one, saying how to write it',
    (cell) => {
      const r = row(cell);
      expect(r.activity).toBeNull();
      expect(r.errors).toEqual([{ field: 'amount', code: 'NOT_A_DURATION', value: cell }]);
      expect(rowIssueText(r.errors[0]!)).toContain('is not a time Ascent can read');
    },
  );

  it('under a quarter hour is refused without calling the time minutes', () => {
    const r = row('0:10');
    expect(r.errors[0]).toMatchObject({ field: 'amount', code: 'UNDER_A_QUARTER_HOUR' });
    expect(rowIssueText(r.errors[0]!)).toBe(
      'Amount: “0:10” is less than a quarter hour (15 minutes), the least the credit log records. Correct the cell or leave the row out of the file, then import the file again.',
    );
  });
});

describe('a tracker’s empty template rows', () => {
  const header = ['Date', 'Title', 'Type', 'Hours', 'Notes'];
  const o: ImportOptions = {
    ...options('hours'),
    mapping: ['date', 'title', 'type', 'amount', 'notes'],
  };
  const read = (rows: string[][]) => readRows([header, ...rows], { headerRow: 0, header }, o);

  it.each([
    [['', '', '', '0', '']],
    [['', '', '', '0.00', '']],
    [['  ', '', ' ', '-', '  ']],
    [['', '', '', '0:00', '']],
    [['0', '0', '', '0', '0']],
    // A type's drop-down default does not make a row of one.
    [['', '', 'Webinar', '0', '']],
  ])('%j is a blank row, not an error row', (cells) => {
    expect(readRow(cells, 3, o)).toBeNull();
    expect(read([['10/03/2026', 'Risk webinar', 'Webinar', '1.5', ''], cells])).toHaveLength(1);
  });

  it('a row holding anything written stays a row to correct, beside a template row left out', () => {
    const written = [
      ['', '', '', '1.5', ''],
      ['', 'Risk webinar', '', '0', ''],
      ['10/03/2026', '', '', '0', ''],
      ['', '', '', '0', 'Certificate to follow'],
    ];
    const rows = read([...written, ['', '', '', '0', '']]);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    for (const r of rows) expect(r.errors.length).toBeGreaterThan(0);
  });
});

const bytes = (s: string) => new TextEncoder().encode(s);

describe('Excel’s "sep=" first line', () => {
  it.each([
    ['sep=;\r\nDate;Title;Hours\r\n10/03/2026;Risk, cost and time;1,5\r\n', ';'],
    ['\uFEFFsep=,\nDate,Title,Hours\n10/03/2026,Risk; cost,1.5\n', ','],
    ['sep=\t\nDate\tTitle\tHours\n10/03/2026\tRisk; cost\t1.5\n', '\t'],
  ])('names the separator and is not a row: %j', (text, delimiter) => {
    const table = readCsvFile(bytes(text));
    if ('refused' in table) throw new Error(`refused: ${table.refused}`);
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows[0]).toEqual(['Date', 'Title', 'Hours']);
    expect(table.rows).toHaveLength(2);
    const setup = setUpImport(table.rows);
    expect(setup.headerRow).toBe(0);
    expect(setup.mapping).toEqual(['date', 'title', 'amount']);
  });

  it('is used even where the lines would suggest another separator', () => {
    // Every line has more commas than semicolons; the hint says semicolons.
    const table = readCsvFile(
      bytes('sep=;\nDate;Title, part 1, part 2;Hours\n10/03/2026;A, B, C;1,5\n'),
    );
    if ('refused' in table) throw new Error(`refused: ${table.refused}`);
    expect(table.rows[1]).toEqual(['10/03/2026', 'A, B, C', '1,5']);
  });
});

/** A zip's first local header with one entry's name, as Office and OpenDocument files start. */
function zipNaming(...names: string[]): Uint8Array {
  const parts = names.map((name) => [
    0x50,
    0x4b,
    0x03,
    0x04,
    ...new Array<number>(26).fill(0),
    ...new TextEncoder().encode(name),
  ]);
  return new Uint8Array(parts.flat());
}

/** An old binary Office file: the OLE signature, then its directory naming its main stream. */
function oleNaming(stream: string): Uint8Array {
  const name = [...stream].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array<number>(504).fill(0),
    ...[...'Root Entry'].flatMap((c) => [c.charCodeAt(0), 0]),
    ...new Array<number>(108).fill(0),
    ...name,
    0,
    0,
  ]);
}

describe('an old binary Office file (.doc, .xls, .ppt)', () => {
  it.each([
    ['a .doc', 'WordDocument', 'document'],
    ['a .ppt', 'PowerPoint Document', 'presentation'],
    ['an .xls (Excel 97 and later)', 'Workbook', 'workbook'],
    ['an .xls (Excel 5)', 'Book', 'workbook'],
  ])('%s is refused as what it is', (_kind, stream, reason) => {
    expect(readCsvFile(oleNaming(stream))).toEqual({ refused: reason });
  });
});

describe('a Word or PowerPoint file', () => {
  it.each([
    ['a .docx', zipNaming('[Content_Types].xml', '_rels/.rels', 'word/document.xml'), 'document'],
    ['an .odt', zipNaming('mimetypeapplication/vnd.oasis.opendocument.text'), 'document'],
    [
      'a .pptx',
      zipNaming('[Content_Types].xml', '_rels/.rels', 'ppt/presentation.xml'),
      'presentation',
    ],
    [
      'an .odp',
      zipNaming('mimetypeapplication/vnd.oasis.opendocument.presentation'),
      'presentation',
    ],
  ])(
    '%s is refused as what it is, while an .xlsx or .ods is still a workbook',
    (_kind, file, reason) => {
      expect(readCsvFile(file)).toEqual({ refused: reason });
      expect(readCsvFile(zipNaming('[Content_Types].xml', 'xl/workbook.xml'))).toEqual({
        refused: 'workbook',
      });
      expect(
        readCsvFile(zipNaming('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')),
      ).toEqual({ refused: 'workbook' });
    },
  );

  it('is told what it is and what to do, not called a workbook', () => {
    const word = refusedText('document' as never);
    expect(word).toContain('Word');
    expect(word).not.toContain('workbook');
    expect(word).toContain('File › Save As (or Download) › CSV');
    const slides = refusedText('presentation' as never);
    expect(slides).toContain('PowerPoint');
    expect(slides).not.toContain('workbook');
  });
});

describe('hours only as a duration', () => {
  it('"Office hours notes" is not the amount (it is notes)', () => {
    expect(detectColumns(['Date', 'Title', 'Office hours notes', 'PDUs'])).toEqual([
      'date',
      'title',
      'notes',
      'amount',
    ]);
    expect(detectColumns(['Date', 'Course', 'Opening hours'])).toEqual(['date', 'title', null]);
  });

  it('while the hours of a duration are still the amount', () => {
    expect(detectColumns(['Date', 'Course', 'Office hours notes'])).toEqual([
      'date',
      'title',
      'notes',
    ]);
    for (const h of [
      'Hours',
      'Contact hours',
      'PDU hours',
      'Total hours',
      'Hours earned',
      'Number of hours',
      'CPD hours',
      'Training hours',
      'Contact hours (1 CEU = 10 hours)',
    ])
      expect(detectColumns(['Date', 'Title', 'Office hours notes', h])).toEqual([
        'date',
        'title',
        'notes',
        'amount',
      ]);
  });
});

describe('a CEU amount off the CEU steps', () => {
  it('says the CEU steps and the amounts either side, not .25, .5 or .75', () => {
    const r = row('0.33', 'ceu');
    expect(r.activity).toBeNull();
    const text = rowIssueText(r.errors[0]!);
    expect(text).toBe(
      'Amount: “0.33” is not in CEU steps. In CEU, use steps of 0.025 (a quarter hour): write 0.325 or 0.35, then import the file again.',
    );
    expect(text).not.toContain('.75');
    // An amount in hours keeps the quarter-hour words.
    expect(rowIssueText(row('1.3').errors[0]!)).toContain('.25, .5 or .75');
  });

  it('under one step, says the least', () => {
    expect(rowIssueText(row('0.01', 'ceu').errors[0]!)).toContain('write 0.025 or more');
  });
});
