// A quotation mark never closed in a CSV makes the parser read every later line into that
// row's last cell. Such a row is a row with an error, never imported: the counts, the Import
// button and the rows listed as skipped follow the one rule for errors (plan.ts), so the lines
// it swallowed are never dropped without a word.
import { describe, expect, it } from 'vitest';
import {
  activitiesToImport,
  analyzeImport,
  countOutcomes,
  readRows,
  setUpImport,
  skippedRows,
  splitSkipped,
  type ImportOptions,
} from '../../../../shared/domain/import';

const HEADER = ['Date', 'Activity', 'Provider', 'Type', 'PDUs', 'Power Skills', 'Notes'];
/**
 * As Papa Parse reads a file whose row 3 ends in `"great`: rows 4 and 5 (and the file's last
 * line break) are in its Notes cell, and the table has three rows.
 */
const TABLE = [
  HEADER,
  ['2026-03-10', 'A', 'Acme', 'Webinar', '1', '1', ''],
  [
    '2026-03-11',
    'B',
    'Acme',
    'Webinar',
    '1',
    '1',
    'great\n2026-03-12,C,Acme,Webinar,1,1,\n2026-03-13,D,Acme,Webinar,1,1,ok\n',
  ],
];

type Logged = { id: string; date: string; title: string; provider?: string };

function analyse(unclosedQuotes: number[] | undefined, table = TABLE, existing: Logged[] = []) {
  const setup = setUpImport(table);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType: null,
    asOf: '2026-11-22',
    ...(unclosedQuotes ? { unclosedQuotes } : {}),
  };
  return { setup, options, outcomes: analyzeImport(table, setup, options, existing) };
}

describe('a row whose quotation mark is never closed', () => {
  it('is a row with an error that says how many lines were read into it', () => {
    const row3 = analyse([3]).outcomes[1]!;
    expect(row3.rowNumber).toBe(3);
    expect(row3.activity).toBeNull();
    expect(row3.errors).toEqual([{ field: 'row', code: 'UNCLOSED_QUOTE', actual: 2 }]);
    expect(row3.warnings).toEqual([]);
    // What could be read is still shown.
    expect(row3.reading).toMatchObject({ date: '2026-03-11', title: 'B' });
  });

  it('is counted with the errors and not imported; the rows before it are', () => {
    const { outcomes } = analyse([3]);
    expect(countOutcomes(outcomes, TABLE.length - 1, new Set())).toMatchObject({
      valid: 1,
      withErrors: 1,
      duplicates: 0,
      ignored: 0,
      toImport: 1,
    });
    expect(activitiesToImport(outcomes, new Set()).map((a) => a.title)).toEqual(['A']);
    const skipped = skippedRows(outcomes, new Set());
    expect(skipped.map((o) => o.rowNumber)).toEqual([3]);
    // A row to correct, saved with the others in the skipped-rows CSV.
    expect(splitSkipped(skipped).toCorrect.map((o) => o.rowNumber)).toEqual([3]);
  });

  it('cannot be kept as a duplicate or left out: it is an error, whatever else it looks like', () => {
    const existing = [{ id: 'a1', date: '2026-03-11', title: 'B', provider: 'Acme' }];
    const { outcomes } = analyse([3], TABLE, existing);
    expect(outcomes[1]!.duplicateOf).toBeNull();
    expect(countOutcomes(outcomes, 2, new Set([3]))).toMatchObject({
      withErrors: 1,
      duplicates: 0,
      kept: 0,
      toImport: 1,
    });
  });

  it('is an error when only the rest of its own line ran into the cell', () => {
    const table = [HEADER, ['2026-03-11', 'B', 'Acme', 'Webinar', '1', '1', 'great, really']];
    expect(analyse([2], table).outcomes[0]!.errors).toEqual([
      { field: 'row', code: 'UNCLOSED_QUOTE', actual: 0 },
    ]);
  });

  it('is found when the rows are read in slices', () => {
    const { setup, options } = analyse([3]);
    expect(readRows(TABLE, setup, options, 2, 3)[0]!.errors[0]!.code).toBe('UNCLOSED_QUOTE');
    expect(readRows(TABLE, setup, options, 1, 2)[0]!.errors).toEqual([]);
  });

  it('leaves a file without one as it was', () => {
    expect(analyse(undefined).outcomes.map((o) => o.errors)).toEqual([[], []]);
  });
});
