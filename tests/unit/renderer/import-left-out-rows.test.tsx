// The end of a spreadsheet import: the rows the user chose to leave out ("Leave row N out") are
// listed apart from the rows to correct, and are not saved in the skipped-rows CSV, which is for
// rows to correct in a spreadsheet and import again.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  analyzeImport,
  setUpImport,
  skippedRows,
  splitSkipped,
  type ImportOptions,
} from '../../../shared/domain/import';
import type { SaveRequest } from '../../../shared/platform';
import { ImportDone } from '../../../renderer/src/features/import/ImportDone';
import { parseCsvText } from '../../../renderer/src/features/import/csv-file';
import type { LoadedFile } from '../../../renderer/src/features/import/use-import-wizard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

afterEach(cleanup);

const HEADER = 'Date,Activity,Provider,Type,PDUs,Power Skills';
const FINE = '2025-02-03,Negotiation basics,Chapter,Webinar,1.5,1.5';
/** 500 hours: more than any cycle asks for, so Ascent warns and offers to leave it out. */
const UNUSUAL = '2025-02-04,Stakeholder workshop,Acme,Course,500,500';
const WRONG = '2025-02-05,Budget talk,Acme,Course,lots,';

const WARNING =
  '500 hours for one activity is more than any credential asks for in a whole cycle (120). Is the amount or its unit right?';

/** The file read, its row 3 (the unusual one) left out, and the rows not imported. */
function finished(lines: string[]) {
  const table = parseCsvText([HEADER, ...lines].join('\n'));
  const setup = setUpImport(table.rows);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType: null,
    asOf: '2026-11-22',
  };
  const file: LoadedFile = { name: 'talks.csv', table, setup };
  const outcomes = analyzeImport(table.rows, setup, options, []);
  return { file, skipped: skippedRows(outcomes, new Set(), new Set([3])) };
}

function show(lines: string[], saved: SaveRequest[] = []) {
  const { file, skipped } = finished(lines);
  const platform = {
    ...fakePlatform(null),
    saveFile: vi.fn(async (req: SaveRequest) => {
      saved.push(req);
      return { saved: true as const, fileName: req.suggestedName };
    }),
  };
  render(
    <PlatformProvider platform={platform}>
      <ImportDone imported={1} skipped={skipped} file={file} onUndo={async () => {}} />
    </PlatformProvider>,
  );
}

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('splitSkipped', () => {
  it('puts the rows left out by choice apart from the rows with errors', () => {
    const { skipped } = finished([FINE, UNUSUAL, WRONG]);
    const { toCorrect, leftOut } = splitSkipped(skipped);
    expect(toCorrect.map((o) => o.rowNumber)).toEqual([4]);
    expect(leftOut.map((o) => o.rowNumber)).toEqual([3]);
  });
});

describe('a finished import with a row left out and a row with an error', () => {
  it('counts them apart, and lists the row left out under its own heading, not with the rows to correct', () => {
    show([FINE, UNUSUAL, WRONG]);
    expect(screen.getAllByRole('status')[0]!.textContent).toBe(
      '1 activity imported, 1 row skipped, 1 row you left out.',
    );
    expect(cells(screen.getByRole('table', { name: 'Rows not imported' }))).toEqual([
      [
        '4',
        'Budget talk',
        'Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again.',
      ],
    ]);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Rows you left out (1)');
    expect(cells(screen.getByRole('table', { name: 'Rows you left out (1)' }))).toEqual([
      ['3', 'Stakeholder workshop', WARNING],
    ]);
    expect(
      screen.getByText(
        'You chose not to import these rows. Nothing in them needs correcting, so “Save the skipped rows as CSV” leaves them out. To import one later, choose this file again: the rows imported now are found as likely duplicates and skipped.',
      ),
    ).toBeDefined();
  });

  it('saves only the row to correct in the skipped-rows CSV', async () => {
    const saved: SaveRequest[] = [];
    show([FINE, UNUSUAL, WRONG], saved);
    fireEvent.click(screen.getByRole('button', { name: 'Save the skipped rows as CSV' }));
    expect(
      await screen.findByText(
        'Saved talks-skipped-rows.csv (1 row). Correct them in a spreadsheet, then import that file here again (its Problem column is ignored).',
      ),
    ).toBeDefined();
    expect(saved.map((s) => s.content)).toEqual([
      '\uFEFF' +
        [
          `${HEADER},Problem`,
          `${WRONG},"Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again."`,
          '',
        ].join('\r\n'),
    ]);
  });
});

describe('a finished import whose only row not imported was left out', () => {
  it('offers no CSV and asks for nothing to be corrected', () => {
    show([FINE, UNUSUAL]);
    expect(screen.getAllByRole('status')[0]!.textContent).toBe(
      '1 activity imported, 0 rows skipped, 1 row you left out.',
    );
    expect(screen.queryByRole('button', { name: /Save the skipped rows/ })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Rows not imported' })).toBeNull();
    expect(screen.queryByText(/correct them in a spreadsheet/)).toBeNull();
    expect(cells(screen.getByRole('table', { name: 'Rows you left out (1)' }))).toEqual([
      ['3', 'Stakeholder workshop', WARNING],
    ]);
    expect(
      screen.getByText(
        'You chose not to import these rows. To import one later, choose this file again: the rows imported now are found as likely duplicates and skipped.',
      ),
    ).toBeDefined();
  });
});
