// The end of a spreadsheet import keeps the rows it left out: listed with what was wrong, and
// saved on request as a CSV of the file's own cells plus a Problem column, to correct and
// import again.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  analyzeImport,
  setUpImport,
  skippedRows,
  type Delimiter,
  type ImportOptions,
} from '../../../shared/domain/import';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { ImportDone } from '../../../renderer/src/features/import/ImportDone';
import { parseCsvText } from '../../../renderer/src/features/import/csv-file';
import {
  skippedProblems,
  skippedSavedText,
} from '../../../renderer/src/features/import/skipped-text';
import { guardsFormulae, toCsvText } from '../../../renderer/src/features/credit-log/csv-text';
import { skippedRowsText } from '../../../renderer/src/features/import/skipped-csv';
import type { LoadedFile } from '../../../renderer/src/features/import/use-import-wizard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

afterEach(cleanup);

const FILE = [
  'Date;Title;Provider;Type;PDUs',
  '10/03/2026;Risk workshop;Acme;Course;2',
  ';No date;Acme;Course;1',
  '12/03/2026;=Mentoring;Acme;Course;lots',
  '10/03/2026;Risk workshop;Acme;Course;2',
].join('\r\n');

function finished(text = FILE) {
  const table = parseCsvText(text);
  const setup = setUpImport(table.rows);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType: null,
    asOf: '2026-11-22',
  };
  const file: LoadedFile = { name: 'my pdus.csv', table, setup };
  const outcomes = analyzeImport(table.rows, setup, options, []);
  return { file, skipped: skippedRows(outcomes, new Set()) };
}

function show(platform: Platform, text = FILE) {
  const { file, skipped } = finished(text);
  render(
    <PlatformProvider platform={platform}>
      <ImportDone imported={1} skipped={skipped} file={file} onUndo={async () => {}} />
    </PlatformProvider>,
  );
}

describe('a finished import with skipped rows', () => {
  it('lists each skipped row by its number in the file, with what was wrong', () => {
    show(fakePlatform(null));
    expect(screen.getAllByRole('status')[0]!.textContent).toBe(
      '1 activity imported, 3 rows skipped.',
    );
    const table = screen.getByRole('table', { name: 'Rows not imported' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      [
        '3',
        'No date',
        'Completion date: this cell is empty. Fill it in, then import the file again.',
      ],
      [
        '4',
        '=Mentoring',
        'Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again.',
      ],
      [
        '5',
        'Risk workshop',
        'Likely a duplicate of row 2 (same date, title and provider): skipped.',
      ],
    ]);
  });

  it('saves them as a CSV of the file’s own cells with a Problem column, and says where', async () => {
    const saved: SaveRequest[] = [];
    show({
      ...fakePlatform(null),
      saveFile: vi.fn(async (req: SaveRequest) => {
        saved.push(req);
        return { saved: true as const, fileName: req.suggestedName };
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save the skipped rows as CSV' }));
    expect(
      await screen.findByText(
        'Saved my pdus-skipped-rows.csv (3 rows). Correct them in a spreadsheet, then import that file here again (its Problem column is ignored). Cells that began with =, +, - or @ were saved with an apostrophe in front, so that a spreadsheet does not run them. Leave it there: Ascent removes it when you import the file again.',
      ),
    ).toBeDefined();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.suggestedName).toBe('my pdus-skipped-rows.csv');
    // The file imported was separated by semicolons: so is the saved one, which a spreadsheet
    // of the same region then opens in columns. A comma needs no quotes in it.
    expect(saved[0]!.content).toBe(
      '\uFEFF' +
        [
          'Date;Title;Provider;Type;PDUs;Problem',
          ';No date;Acme;Course;1;Completion date: this cell is empty. Fill it in, then import the file again.',
          // A cell a spreadsheet would run as a formula is written as text (as every CSV Ascent writes).
          `12/03/2026;"'=Mentoring";Acme;Course;lots;Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again.`,
          '10/03/2026;Risk workshop;Acme;Course;2;Likely a duplicate of row 2 (same date, title and provider): skipped.',
          '',
        ].join('\r\n'),
    );
    expect(saved[0]!.filters).toEqual([{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]);
  });

  it.each<[string, string, string[], string]>([
    [
      'a comma file is saved with commas',
      ',',
      [
        'Date,Title,Provider,Type,PDUs,Problem',
        ',No date,Acme,Course,1,"Completion date: this cell is empty. Fill it in, then import the file again."',
      ],
      'my pdus-skipped-rows.csv',
    ],
    [
      'a tab-separated file is saved with tabs, as text',
      '\t',
      [
        'Date\tTitle\tProvider\tType\tPDUs\tProblem',
        '\tNo date\tAcme\tCourse\t1\tCompletion date: this cell is empty. Fill it in, then import the file again.',
      ],
      'my pdus-skipped-rows.txt',
    ],
  ])('%s', async (_name, delimiter, lines, name) => {
    const saved: SaveRequest[] = [];
    show(
      {
        ...fakePlatform(null),
        saveFile: vi.fn(async (req: SaveRequest) => {
          saved.push(req);
          return { saved: true as const, fileName: req.suggestedName };
        }),
      },
      FILE.replaceAll(';', delimiter),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save the skipped rows as CSV' }));
    expect(await screen.findByText(new RegExp(`^Saved ${name} \\(3 rows\\)`))).toBeDefined();
    expect(saved[0]!.suggestedName).toBe(name);
    expect((saved[0]!.content as string).split('\r\n').slice(0, 2)).toEqual([
      `\uFEFF${lines[0]}`,
      lines[1],
    ]);
  });

  it('says so when the file could not be saved', async () => {
    show({
      ...fakePlatform(null),
      saveFile: async () => {
        throw new Error('disk full');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save the skipped rows as CSV' }));
    expect(await screen.findByText('The file was not saved (disk full). Try again.')).toBeDefined();
  });
});

describe('skippedRowsText: the saved rows, separated and quoted as the file imported', () => {
  const table = {
    header: ['Date', 'Title', 'Hours', 'Problem'],
    rows: [
      ['10/03/2026', 'Risk; cost, time', '7,5', 'Amount: “x” is not a number.'],
      ['11/03/2026', 'Say "hello"\tthere', '1.5', 'two\nlines'],
      ['12/03/2026', '=Mentoring', '2', 'A|B'],
    ],
  };

  it.each<[Delimiter, string[]]>([
    [
      ',',
      [
        'Date,Title,Hours,Problem',
        '10/03/2026,"Risk; cost, time","7,5",Amount: “x” is not a number.',
        '11/03/2026,"Say ""hello""\tthere",1.5,"two\nlines"',
        `12/03/2026,"'=Mentoring",2,A|B`,
      ],
    ],
    [
      ';',
      [
        'Date;Title;Hours;Problem',
        // A decimal comma, the mark of the regions that separate by semicolons, needs no quotes.
        '10/03/2026;"Risk; cost, time";7,5;Amount: “x” is not a number.',
        '11/03/2026;"Say ""hello""\tthere";1.5;"two\nlines"',
        `12/03/2026;"'=Mentoring";2;A|B`,
      ],
    ],
    [
      '\t',
      [
        'Date\tTitle\tHours\tProblem',
        '10/03/2026\tRisk; cost, time\t7,5\tAmount: “x” is not a number.',
        '11/03/2026\t"Say ""hello""\tthere"\t1.5\t"two\nlines"',
        `12/03/2026\t"'=Mentoring"\t2\tA|B`,
      ],
    ],
    [
      '|',
      [
        'Date|Title|Hours|Problem',
        '10/03/2026|Risk; cost, time|7,5|Amount: “x” is not a number.',
        '11/03/2026|"Say ""hello""\tthere"|1.5|"two\nlines"',
        `12/03/2026|"'=Mentoring"|2|"A|B"`,
      ],
    ],
  ])('%j', (delimiter, lines) => {
    const text = skippedRowsText(table, delimiter);
    expect(text).toBe(`\uFEFF${lines.join('\r\n')}\r\n`);
    // Imported again, it reads back as it was, with the same separator found.
    const again = parseCsvText(text);
    expect(again.delimiter).toBe(delimiter);
    expect(again.rows).toEqual([table.header, ...table.rows]);
  });

  it('writes a comma file exactly as every other CSV Ascent writes', () => {
    expect(skippedRowsText(table, ',')).toBe(toCsvText(table));
  });
});

describe('the apostrophe before formula-like cells is mentioned only when there is one', () => {
  it.each([
    [[['12/03/2026', 'Risk workshop', '2']], false],
    [[['12/03/2026', '=Mentoring', '2']], true],
    [[['12/03/2026', 'Talk', '-1']], true],
    [[['12/03/2026', '@Scale summit', '2']], true],
    [[['12/03/2026', 'Risk + issues', '2']], false],
  ])('%j → %s', (rows, guarded) => {
    expect(guardsFormulae({ header: ['Date', 'Title', 'PDUs'], rows })).toBe(guarded);
    expect(skippedSavedText('x.csv', 1, guarded).includes('apostrophe')).toBe(guarded);
  });
});

describe('a likely duplicate in a file that names no provider', () => {
  it('says it was matched on the date and title alone', () => {
    const table = parseCsvText(
      [
        'Date;Title;Type;PDUs',
        '10/03/2026;Risk workshop;Course;2',
        '10/03/2026;Risk workshop;Course;2',
      ].join('\r\n'),
    );
    const setup = setUpImport(table.rows);
    const options: ImportOptions = {
      mapping: setup.mapping,
      unit: setup.unit,
      dateOrder: 'dmy',
      defaultType: null,
      asOf: '2026-11-22',
    };
    const outcomes = analyzeImport(table.rows, setup, options, []);
    expect(outcomes[1]!.duplicateOf).toEqual({ kind: 'row', rowNumber: 2 });
    expect(skippedProblems(outcomes[1]!)).toEqual([
      'Likely a duplicate of row 2 (same date and title; the row names no provider): skipped.',
    ]);
  });
});
