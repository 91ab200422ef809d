// The row that names the columns, as the user chooses it: the rows they can choose from, the rows
// above the chosen one (not imported, so counted and named), and a file without such a row, whose
// every row is read as an activity.
import { describe, expect, it } from 'vitest';
import {
  countOutcomes,
  headerChoices,
  NO_HEADER_ROW,
  readRows,
  rowRuns,
  rowsAboveHeader,
  setUpImport,
  skippedRows,
  skippedRowsTable,
  type ImportOptions,
} from '../../../../shared/domain/import';

const table = (lines: string[]) => lines.map((l) => l.split(','));

/** A file with no row of column names whose first row looks like one (two names it knows). */
const HEADERLESS = table([
  '2025-03-10,Leadership essentials,Course,7',
  '2025-04-02,Risk workshop,Webinar,2',
  '2025-05-20,Agile meetup,Meeting,1.5',
]);

const options = (mapping: ImportOptions['mapping']): ImportOptions => ({
  mapping,
  unit: 'body-unit',
  dateOrder: 'dmy',
  defaultType: null,
  asOf: '2026-11-22',
});

describe('headerChoices', () => {
  it('offers the first non-blank rows, each with its filled cells trimmed', () => {
    const rows = table(['PDU tracker 2026,,', ',,', ' Date , Course ,Hours', '2026-03-10,Scrum,7']);
    expect(headerChoices(rows)).toEqual([
      { row: 0, names: ['PDU tracker 2026'] },
      { row: 2, names: ['Date', 'Course', 'Hours'] },
      { row: 3, names: ['2026-03-10', 'Scrum', '7'] },
    ]);
  });

  it('offers at most ten rows, however long the file', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`2026-01-${10 + i}`, `Talk ${i}`, '1']);
    const choices = headerChoices(rows);
    expect(choices).toHaveLength(10);
    expect(choices.at(-1)?.row).toBe(9);
  });

  it('offers nothing for an empty table', () => {
    expect(headerChoices([])).toEqual([]);
  });
});

describe('rowsAboveHeader', () => {
  const rows = table(['Name,Jane Doe', ',', 'Member ID,12345', 'Date,Title', '2026-03-10,Scrum']);
  it.each<[string, number, number[]]>([
    ['the first row: none', 0, []],
    ['no header row: none', NO_HEADER_ROW, []],
    ['below a title and a blank line: the title only (the blank line holds nothing)', 2, [1]],
    ['below a title block: every row of it that holds anything', 3, [1, 3]],
    ['the last row: every row above', 4, [1, 3, 4]],
  ])('%s', (_, headerRow, above) => {
    expect(rowsAboveHeader(rows, headerRow)).toEqual(above);
  });
});

describe('rowRuns', () => {
  it.each<[number[], [number, number][]]>([
    [[], []],
    [[1], [[1, 1]]],
    [[1, 2], [[1, 2]]],
    [
      [1, 2, 3, 5],
      [
        [1, 3],
        [5, 5],
      ],
    ],
    [
      [2, 4, 5, 7],
      [
        [2, 2],
        [4, 5],
        [7, 7],
      ],
    ],
  ])('%j → %j', (rows, runs) => {
    expect(rowRuns(rows)).toEqual(runs);
  });
});

describe('a file without a header row', () => {
  it('Ascent’s guess takes its first row as the header, so only two rows would be read', () => {
    const guess = setUpImport(HEADERLESS);
    expect(guess.headerRow).toBe(0);
    expect(readRows(HEADERLESS, guess, options(guess.mapping))).toHaveLength(2);
  });

  it('with no header row chosen, every row is read and counted, the first included', () => {
    const setup = setUpImport(HEADERLESS, NO_HEADER_ROW);
    const mapping: ImportOptions['mapping'] = ['date', 'title', 'type', 'amount'];
    const outcomes = readRows(HEADERLESS, setup, options(mapping));
    expect(outcomes.map((o) => [o.rowNumber, o.activity?.title])).toEqual([
      [1, 'Leadership essentials'],
      [2, 'Risk workshop'],
      [3, 'Agile meetup'],
    ]);
    // The import screen counts the rows below the header: here, all of them.
    const dataRows = HEADERLESS.length - setup.headerRow - 1;
    expect(countOutcomes(outcomes, dataRows, new Set())).toMatchObject({ valid: 3, ignored: 0 });
  });

  it('its skipped rows are saved as the file had them, under a header of blank names', () => {
    const rows = [...HEADERLESS, ['2025-06-01', 'Budget talk', 'Course', 'lots']];
    const setup = setUpImport(rows, NO_HEADER_ROW);
    const outcomes = readRows(rows, setup, options(['date', 'title', 'type', 'amount']));
    const saved = skippedRowsTable(rows, NO_HEADER_ROW, skippedRows(outcomes, new Set()), {
      problem: 'Problem',
      describe: () => 'Not a number',
    });
    expect(saved).toEqual({
      header: ['', '', '', '', 'Problem'],
      rows: [['2025-06-01', 'Budget talk', 'Course', 'lots', 'Not a number']],
    });
  });
});
