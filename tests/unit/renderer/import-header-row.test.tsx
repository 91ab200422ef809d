// Which row of the file names its columns: Ascent guesses, and the person can choose another of
// the first rows or none at all. A file without column names is then imported whole, and the
// rows above a chosen header are never dropped without a word: the preview and the finished
// import name them. What the person chose besides the columns outlives the change.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { rowsAboveText } from '../../../renderer/src/features/import/messages';
import { freshName } from '../../db/helpers';
import {
  choose,
  chooseHeaderRow,
  chooseWithoutSummary,
  headerRowSelect,
  previewRow,
  show,
  shownOption,
  SLOW,
  summary,
} from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-header-row'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** No row of column names, but the first row names two columns Ascent knows. */
const HEADERLESS = [
  '2025-03-10,Leadership essentials,Course,7',
  '2025-04-02,Risk workshop,Webinar,2',
  '2025-05-20,Agile meetup,Meeting,1.5',
].join('\n');

/** A member record above the real header, naming as many columns as it does. */
const RECORD = [
  'Name,Jane Doe,Status,Active,Total hours,120,Provider,PMI',
  'Member ID,12345',
  'Date,Title,Type,Hours',
  '2025-03-10,Risk workshop,Course,2',
  '2025-04-02,Agile meetup,Meeting,1.5',
].join('\n');

const UNIT = 'The amount column counts';
const DEFAULT_TYPE = 'Rows whose type Ascent does not recognise';
const NONE = 'None — every row is an activity';

const titles = async () => (await listActivities(store)).map((a) => a.title).sort();
const options = () =>
  within(headerRowSelect())
    .getAllByRole('option')
    .map((o) => o.textContent);
const mapColumn = (name: string, field: string) =>
  fireEvent.change(screen.getByLabelText(`Import column “${name}” as`), {
    target: { value: field },
  });

describe('a file without a row of column names', () => {
  it('offers its first rows and “None”; with None every row is previewed and imported', async () => {
    show(store);
    await chooseWithoutSummary(HEADERLESS, 'talks.csv');
    // Ascent took the first row for column names: it is offered, chosen, and can be undone.
    expect(options()).toEqual([
      'Row 1: 2025-03-10, Leadership essentials, Course, 7',
      'Row 2: 2025-04-02, Risk workshop, Webinar, 2',
      'Row 3: 2025-05-20, Agile meetup, Meeting, 1.5',
      NONE,
    ]);
    expect(shownOption('Which row holds the column names?')).toBe(
      'Row 1: 2025-03-10, Leadership essentials, Course, 7',
    );

    expect(screen.queryByText('Columns of talks.csv, named in row 1')).not.toBeNull();
    chooseHeaderRow(NONE);
    expect(screen.queryByText('Columns of talks.csv (the file names no columns)')).not.toBeNull();
    // Nothing is mapped: the columns are numbered and the person is told what to choose.
    expect(
      screen.queryByText(
        'Choose a column for: Completion date, Title, Activity type, Amount (or an area column). Or choose a type for rows without one.',
      ),
    ).not.toBeNull();
    mapColumn('Column 1', 'date');
    mapColumn('Column 2', 'title');
    mapColumn('Column 3', 'type');
    mapColumn('Column 4', 'amount');

    await waitFor(() => expect(summary()).toContain('3 ready to import'), SLOW);
    expect(summary().some((line) => line?.includes('above the column names'))).toBe(false);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    expect(previewRow(1)[2]).toBe('Leadership essentials');
    expect(previewRow(3)[2]).toBe('Agile meetup');

    fireEvent.click(screen.getByRole('button', { name: 'Import 3 activities' }));
    expect(
      await screen.findByText('3 activities imported, 0 rows skipped.', {}, SLOW),
    ).not.toBeNull();
    expect(await titles()).toEqual(['Agile meetup', 'Leadership essentials', 'Risk workshop']);
  });
});

describe('rows above the column names', () => {
  it('a title line above a header Ascent found is counted in the summary', async () => {
    show(store);
    await choose(
      ['PDU tracker 2026,,', ',,', 'Date,Course,Type,Hours', '2026-03-10,Scrum,Course,7'].join(
        '\n',
      ),
    );
    expect(shownOption('Which row holds the column names?')).toBe(
      'Row 3: Date, Course, Type, Hours',
    );
    expect(summary()).toContain('1 row above the column names is not imported: row 1.');
  });

  it('a record Ascent took for the header: choosing the real one reads its rows and names the rows above, to the end', async () => {
    show(store);
    await chooseWithoutSummary(RECORD, 'record.csv');
    expect(shownOption('Which row holds the column names?')).toBe(
      'Row 1: Name, Jane Doe, Status, Active, Total hours, 120, Provider…',
    );

    chooseHeaderRow('Row 3: Date, Title, Type, Hours');
    // The mapping and the unit follow the new header.
    expect(shownOption('Import column “Title” as')).toBe('Title');
    expect(shownOption('Import column “Hours” as')).toBe('Amount (PDUs or hours)');
    expect(shownOption(UNIT)).toBe('Hours');
    await waitFor(() => expect(summary()).toContain('2 ready to import'), SLOW);
    expect(summary()).toContain('2 rows above the column names are not imported: rows 1–2.');

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 activities' }));
    expect(
      await screen.findByText('2 activities imported, 0 rows skipped.', {}, SLOW),
    ).not.toBeNull();
    expect(
      screen.queryByText('2 rows above the column names were not imported: rows 1–2.'),
    ).not.toBeNull();
    expect(await titles()).toEqual(['Agile meetup', 'Risk workshop']);
  });

  it('the unit and the type for unrecognised rows the person chose stay when the header row changes', async () => {
    show(store);
    await chooseWithoutSummary(RECORD, 'record.csv');
    fireEvent.change(screen.getByLabelText(UNIT), { target: { value: 'ceu' } });
    fireEvent.change(screen.getByLabelText(DEFAULT_TYPE), { target: { value: 'read' } });

    chooseHeaderRow('Row 3: Date, Title, Type, Hours');
    expect(shownOption('Import column “Date” as')).toBe('Completion date');
    expect(shownOption(UNIT)).toBe('CEU (1 CEU = 10 hours)');
    expect(shownOption(DEFAULT_TYPE)).toBe('Import as Read');

    chooseHeaderRow(NONE);
    expect(shownOption('Import column “Column 1” as')).toBe('Ignore this column');
    expect(shownOption(UNIT)).toBe('CEU (1 CEU = 10 hours)');
    expect(shownOption(DEFAULT_TYPE)).toBe('Import as Read');
  });
});

describe('rowsAboveText', () => {
  it.each<[number[], boolean, string]>([
    [[1], false, '1 row above the column names is not imported: row 1.'],
    [[1, 2], false, '2 rows above the column names are not imported: rows 1–2.'],
    [[1, 3], false, '2 rows above the column names are not imported: rows 1 and 3.'],
    [
      [1, 2, 4, 6, 7],
      false,
      '5 rows above the column names are not imported: rows 1–2, 4 and 6–7.',
    ],
    [[2], true, '1 row above the column names was not imported: row 2.'],
    [[1, 2, 3], true, '3 rows above the column names were not imported: rows 1–3.'],
  ])('%j (done: %s) → %s', (rows, done, text) => {
    expect(rowsAboveText(rows, done)).toBe(text);
  });
});
