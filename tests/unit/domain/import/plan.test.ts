// What an import writes once its rows are read (plan.ts), and how each row's cells are shown
// in the preview (preview.ts): rows with a warning can be left out, the counts of warnings
// cover only the rows imported, and a row with errors keeps every value that could be read.
import { describe, expect, it } from 'vitest';
import {
  activitiesToImport,
  analyzeImport,
  canLeaveOut,
  countOutcomes,
  previewCells,
  readRows,
  setUpImport,
  skippedRows,
  type ImportOptions,
} from '../../../../shared/domain/import';

const asOf = '2026-11-22';

function analyse(lines: string[], existing: { id: string; date: string; title: string }[] = []) {
  const table = lines.map((l) => l.split(','));
  const setup = setUpImport(table);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType: null,
    asOf,
  };
  return { table, setup, options, outcomes: analyzeImport(table, setup, options, existing) };
}

const HEADER = 'Date,Activity,Provider,Type,PDUs,Power Skills';
const FILE = [
  HEADER,
  '2025-02-03,Negotiation basics,Chapter,Webinar,1.5,1.5', // row 2: fine
  '2025-02-04,Stakeholder workshop,Acme,Course,500,500', // row 3: more than a cycle
  '1925-02-05,Leadership reading,,Book,2,2', // row 4: before 1970
  '2025-02-06,Risk talk,Acme,Webinar,1,', // row 5: no split (area cell blank)
  '2025-02-07,Scope talk,Acme,Webinar,lots,1', // row 6: error
];

describe('leaving out a row with a warning', () => {
  it('is offered on valid rows with a warning only', () => {
    const { outcomes } = analyse(FILE);
    expect(outcomes.map((o) => [o.rowNumber, canLeaveOut(o)])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
  });

  it.each<[string, number[], Record<string, number>, number[]]>([
    [
      'nothing left out',
      [],
      { valid: 4, leftOut: 0, toImport: 4, unusual: 2, noSplit: 1, withErrors: 1 },
      [6],
    ],
    [
      'the 500-hour row left out',
      [3],
      { valid: 3, leftOut: 1, toImport: 3, unusual: 1, noSplit: 1, withErrors: 1 },
      [3, 6],
    ],
    [
      'both unusual rows left out',
      [3, 4],
      { valid: 2, leftOut: 2, toImport: 2, unusual: 0, noSplit: 1, withErrors: 1 },
      [3, 4, 6],
    ],
    [
      'rows that cannot be left out are not (a fine row, a row with errors)',
      [2, 6],
      { valid: 4, leftOut: 0, toImport: 4, unusual: 2, noSplit: 1, withErrors: 1 },
      [6],
    ],
  ])('%s', (_name, leaveOut, counts, skipped) => {
    const { outcomes } = analyse(FILE);
    const out = new Set(leaveOut);
    expect(countOutcomes(outcomes, 5, new Set(), out)).toMatchObject(counts);
    expect(skippedRows(outcomes, new Set(), out).map((o) => o.rowNumber)).toEqual(skipped);
    const written = activitiesToImport(outcomes, new Set(), out);
    expect(written).toHaveLength(counts.toImport!);
    // No row both written and skipped, none lost.
    expect(written.length + skipped.length).toBe(outcomes.length);
  });
});

describe('the warning counts cover only the rows imported', () => {
  const logged = [
    { id: 'a', date: '2025-02-03', title: 'Negotiation basics', provider: 'Chapter' },
    { id: 'b', date: '2025-02-04', title: 'Stakeholder workshop', provider: 'Acme' },
    { id: 'c', date: '1925-02-05', title: 'Leadership reading' },
  ];
  const again = FILE.slice(0, 4);

  it('duplicates skipped: no unusual row counted', () => {
    const { outcomes } = analyse(again, logged);
    expect(countOutcomes(outcomes, 3, new Set())).toMatchObject({
      valid: 0,
      duplicates: 3,
      toImport: 0,
      unusual: 0,
      noSplit: 0,
    });
  });

  it('a duplicate kept is counted with its warning', () => {
    const { outcomes } = analyse(again, logged);
    expect(countOutcomes(outcomes, 3, new Set([3]))).toMatchObject({
      kept: 1,
      toImport: 1,
      unusual: 1,
    });
  });
});

describe('previewCells: every value read, the file’s text only where wrong', () => {
  it('a fine row: all read', () => {
    const [o] = analyse(FILE).outcomes;
    expect(previewCells(o!)).toEqual({
      date: { wrong: false, value: '2025-02-03' },
      title: { wrong: false, value: 'Negotiation basics' },
      provider: { wrong: false, value: 'Chapter' },
      type: { wrong: false, value: 'online-or-digital-media' },
      amount: { wrong: false, value: 1.5 },
    });
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'an unreadable amount',
      '2025-09-01,Budget talk,Acme,Course,lots,',
      {
        date: { wrong: false, value: '2025-09-01' },
        type: { wrong: false, value: 'course-or-training' },
        amount: { wrong: true, raw: 'lots' },
      },
    ],
    [
      'an unreadable date',
      '2025-13-45,Risk talk,Acme,Course,2,2',
      {
        date: { wrong: true, raw: '2025-13-45' },
        title: { wrong: false, value: 'Risk talk' },
        amount: { wrong: false, value: 2 },
      },
    ],
    [
      'a date in the future, for an earned activity',
      '2026-12-10,Advanced scheduling,Acme,Course,8,8',
      { date: { wrong: true, raw: '2026-12-10' }, amount: { wrong: false, value: 8 } },
    ],
    [
      'an unknown type',
      '2025-09-02,Scope talk,,Misc,1,1',
      {
        type: { wrong: true, raw: 'Misc' },
        provider: { wrong: false, value: '' },
        date: { wrong: false, value: '2025-09-02' },
      },
    ],
    [
      'an empty title',
      '2025-09-02,,Acme,Course,1,1',
      { title: { wrong: true, raw: '' }, type: { wrong: false, value: 'course-or-training' } },
    ],
  ])('%s', (_name, line, cells) => {
    const [o] = analyse([HEADER, line]).outcomes;
    expect(o!.activity).toBeNull();
    expect(previewCells(o!)).toMatchObject(cells);
  });

  it('a row whose cells were shifted by a lost quote: what cannot be read is wrong', () => {
    // "Risk, cost and time" lost its quotes: every cell after it moved one column on.
    const cells = ['2025-09-02', 'Risk', ' cost and time', 'Acme', 'Course', '1', '1'];
    const table = [HEADER.split(','), cells];
    const { setup, options } = analyse([HEADER]);
    const [o] = readRows(table, setup, options);
    expect(o!.errors.map((e) => e.code)).toEqual(['TOO_MANY_CELLS']);
    expect(previewCells(o!)).toMatchObject({
      date: { wrong: false, value: '2025-09-02' },
      title: { wrong: false, value: 'Risk' },
      provider: { wrong: false, value: 'cost and time' },
      type: { wrong: true, raw: 'Acme' },
      amount: { wrong: true, raw: 'Course' },
    });
  });
});
