// Column guesses that would misread a whole file without a word: a "Meeting minutes" column is
// a record of a meeting, not the duration, and a provider's number is not its name (the number,
// stored as every activity's provider, would also hide a course already logged from the
// likely-duplicate check, so it would be imported twice). Ascent decisions in headers.ts.
import { describe, expect, it } from 'vitest';
import {
  analyzeImport,
  detectColumns,
  setUpImport,
  type ImportField,
  type ImportOptions,
} from '../../../../shared/domain/import';

describe('a header with "minutes" is the amount only when it means a duration', () => {
  it.each<[string, ImportField | null]>([
    ['Minutes', 'amount'],
    ['Duration (minutes)', 'amount'],
    ['Time spent (minutes)', 'amount'],
    ['Total minutes', 'amount'],
    ['Training minutes', 'amount'],
    ['No. of minutes', 'amount'],
    ['Dauer (Minuten)', 'amount'],
    ['Meeting minutes', null],
    ['Minutes of the meeting', null],
    ['Link to minutes', null],
    ['Minutes (link)', null],
  ])('%j beside Date, Title, Type → %s', (header, field) => {
    expect(detectColumns(['Date', 'Title', 'Type', header])[3]).toBe(field);
  });

  it('a file with a "Meeting minutes" column asks for the amount rather than read it', () => {
    const setup = setUpImport([
      ['Date', 'Title', 'Type', 'Meeting minutes'],
      ['2026-03-10', 'Chapter meeting', 'Meeting', 'Agreed the 2027 programme'],
    ]);
    expect(setup.mapping).toEqual(['date', 'title', 'type', null]);
    expect(setup.unit).toBe('body-unit');
  });

  it('"Notes from meeting minutes" is the notes, not the amount', () => {
    expect(detectColumns(['Date', 'Title', 'Type', 'Notes from meeting minutes'])).toEqual([
      'date',
      'title',
      'type',
      'notes',
    ]);
  });
});

describe('a column naming an identifier is never the provider or the title', () => {
  it.each<[string[], (ImportField | null)[]]>([
    [
      ['Provider Number', 'Provider Name', 'Activity Title', 'Activity Date', 'PDUs'],
      [null, 'provider', 'title', 'date', 'amount'],
    ],
    [
      ['Provider ID', 'Provider', 'Course code', 'Course', 'Date', 'Hours'],
      [null, 'provider', null, 'title', 'date', 'amount'],
    ],
    [
      ['Provider #', 'Provider', 'Activity No.', 'Activity', 'Date', 'Hours'],
      [null, 'provider', null, 'title', 'date', 'amount'],
    ],
    [
      ['Claim number', 'Provider', 'Activity', 'Date', 'PDUs'],
      ['claimCode', 'provider', 'title', 'date', 'amount'],
    ],
  ])('%j', (header, mapping) => {
    expect(detectColumns(header)).toEqual(mapping);
  });

  it('a course logged by hand is found as a likely duplicate of the file row naming its provider', () => {
    const table = [
      ['Provider Number', 'Provider Name', 'Activity Title', 'Activity Date', 'Category', 'PDUs'],
      ['4410', 'Acme Training', 'Agile Leadership', '2026-03-10', 'Course', '8'],
    ];
    const setup = setUpImport(table);
    const options: ImportOptions = {
      mapping: setup.mapping,
      unit: setup.unit,
      dateOrder: 'dmy',
      defaultType: null,
      asOf: '2026-11-22',
      splitApplies: false,
    };
    const logged = {
      id: 'a1',
      date: '2026-03-10',
      title: 'Agile leadership',
      provider: 'ACME Training',
    };
    const [row] = analyzeImport(table, setup, options, [logged]);
    expect(row!.activity?.provider).toBe('Acme Training');
    expect(row!.duplicateOf).toEqual({ kind: 'existing', activityId: 'a1' });
  });
});
