// The end of a spreadsheet import keeps the rows it left out: listed with what was wrong, and
// saved on request as a CSV of the file's own cells plus a Problem column, to correct and
// import again.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  analyzeImport,
  setUpImport,
  skippedRows,
  type ImportOptions,
} from '../../../shared/domain/import';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { ImportDone } from '../../../renderer/src/features/import/ImportDone';
import { parseCsvText } from '../../../renderer/src/features/import/csv-file';
import {
  skippedProblems,
  skippedSavedText,
} from '../../../renderer/src/features/import/skipped-text';
import { guardsFormulae } from '../../../renderer/src/features/credit-log/csv-text';
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

function finished() {
  const table = parseCsvText(FILE);
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

function show(platform: Platform) {
  const { file, skipped } = finished();
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
    expect(saved[0]!.content).toBe(
      '\uFEFF' +
        [
          'Date,Title,Provider,Type,PDUs,Problem',
          ',No date,Acme,Course,1,"Completion date: this cell is empty. Fill it in, then import the file again."',
          // A cell a spreadsheet would run as a formula is written as text (as every CSV Ascent writes).
          `12/03/2026,"'=Mentoring",Acme,Course,lots,"Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again."`,
          '10/03/2026,Risk workshop,Acme,Course,2,"Likely a duplicate of row 2 (same date, title and provider): skipped."',
          '',
        ].join('\r\n'),
    );
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
