// Step 3 of the spreadsheet import, "Check the rows": the summary's warning lines count only
// rows that will be imported, a row with a warning can be left out (and taken back in), and
// every row shows its values in one style, the file's own text only in the cell that is wrong.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities, type ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { freshName } from '../../db/helpers';
import { choose, previewRow, show, SLOW, summary } from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-preview'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const HEADER = 'Date,Activity,Provider,Type,PDUs,Power Skills';

/** Three talks, the second of 500 hours: more than any cycle asks for. */
const TALKS = [
  HEADER,
  '2025-02-03,Negotiation basics,Chapter,Webinar,1.5,1.5',
  '2025-02-04,Stakeholder workshop,Acme,Course,500,500',
  '2025-02-05,Leadership reading,Chapter,Book,2,2',
].join('\n');

/** The same talks as already logged: choosing the file again finds each one. */
const LOGGED: ActivityRow[] = [
  ['a1', '2025-02-03', 'Negotiation basics', 'Chapter'],
  ['a2', '2025-02-04', 'Stakeholder workshop', 'Acme'],
  ['a3', '2025-02-05', 'Leadership reading', 'Chapter'],
].map(([id, date, title, provider]) => ({
  id: id!,
  date: date!,
  title: title!,
  provider,
  type: 'online-or-digital-media',
  amount: 1,
  unit: 'body-unit',
  split: { waysOfWorking: 0, powerSkills: 1, businessAcumen: 0 },
  status: 'earned',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
}));

const showAll = () => {
  const select = screen.getByLabelText('Show');
  fireEvent.change(select, { target: { value: 'all' } });
};

describe('the summary counts only rows that will be imported', () => {
  it('a file chosen again: the unusual row is a skipped duplicate, so no line counts it', async () => {
    show(store, LOGGED);
    await choose(TALKS);
    expect(summary()).toEqual([
      '0 ready to import',
      '0 with errors (not imported)',
      '3 likely duplicates (skipped unless you keep them)',
    ]);
    expect(screen.getByRole('button', { name: 'Import 0 activities' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('a kept duplicate with an unusual amount is counted, in the singular', async () => {
    show(store, LOGGED);
    await choose(TALKS);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep row 3 anyway' }));
    expect(summary()).toEqual([
      '0 ready to import',
      '0 with errors (not imported)',
      '3 likely duplicates (skipped unless you keep them; 1 kept)',
      '1 row with an unusual amount or year is imported as it is, so check it below or leave it out',
    ]);
    // What to check is shown on the kept row.
    expect(previewRow(3)).toContain(
      'Likely already in your log as “Stakeholder workshop” (same date, title and provider): skipped.Keep row 3 anyway500 hours for one activity is more than any credential asks for in a whole cycle (120). Is the amount or its unit right?',
    );
  });

  it('several unusual rows are counted in the plural', async () => {
    show(store);
    await choose(
      [
        HEADER,
        '2025-02-04,Stakeholder workshop,Acme,Course,500,500',
        '1925-02-05,Leadership reading,,Book,2,2',
        '2025-02-06,Risk summit,Acme,Course,600,600',
      ].join('\n'),
    );
    expect(summary()).toContain(
      '3 rows with an unusual amount or year are imported as they are, so check them below or leave them out',
    );
  });

  it('rows without a split are counted in the singular too', async () => {
    show(store);
    await choose(
      [
        'Date,Activity,Provider,Type,PDUs',
        '2025-02-03,Negotiation basics,Chapter,Webinar,1.5',
        '2025-02-04,Leadership reading,Chapter,Book,2',
      ].join('\n'),
    );
    expect(summary()).toContain(
      '2 rows without a Talent Triangle split: PMI needs one before they count',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Leave row 2 out' }));
    expect(summary()).toContain(
      '1 row without a Talent Triangle split: PMI needs one before it counts',
    );
  });
});

describe('a row with a warning can be left out', () => {
  it('is left out, taken back in, and left out of what is imported; the import can be undone', async () => {
    show(store);
    await choose(TALKS);
    const leave = screen.getByRole('checkbox', { name: 'Leave row 3 out' });
    expect(leave).toHaveProperty('checked', false);
    expect(previewRow(3)[6]).toMatch(/^Ready to import500 hours for one activity/);
    // Only the warned row offers it.
    expect(screen.queryByRole('checkbox', { name: 'Leave row 2 out' })).toBeNull();

    leave.focus();
    fireEvent.click(leave);
    expect(document.activeElement).toBe(leave);
    expect(previewRow(3)[6]).toMatch(/^Left out: not imported500 hours for one activity/);
    expect(summary()).toEqual([
      '2 ready to import',
      '0 with errors (not imported)',
      '0 likely duplicates (skipped unless you keep them)',
      '1 row you left out (not imported)',
    ]);
    expect(screen.getByRole('button', { name: 'Import 2 activities' })).toBeDefined();

    // Taken back in.
    fireEvent.click(leave);
    expect(summary()).toEqual([
      '3 ready to import',
      '0 with errors (not imported)',
      '0 likely duplicates (skipped unless you keep them)',
      '1 row with an unusual amount or year is imported as it is, so check it below or leave it out',
    ]);
    expect(screen.getByRole('button', { name: 'Import 3 activities' })).toBeDefined();

    // Left out again, then imported: the row is not written, and is listed as left out.
    fireEvent.click(leave);
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 activities' }));
    expect(
      await screen.findByText(
        '2 activities imported, 0 rows skipped, 1 row you left out.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect((await listActivities(store)).map((a) => a.title).sort()).toEqual([
      'Leadership reading',
      'Negotiation basics',
    ]);
    const skipped = screen.getByRole('table', { name: 'Rows you left out (1)' });
    expect(
      within(skipped)
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)),
    ).toEqual([
      [
        '3',
        'Stakeholder workshop',
        '500 hours for one activity is more than any credential asks for in a whole cycle (120). Is the amount or its unit right?',
      ],
    ]);
    expect(screen.queryByRole('table', { name: 'Rows not imported' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    expect(
      await screen.findByText(
        '2 imported activities were removed. Your credit log is as it was before the import.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(await listActivities(store)).toEqual([]);
  });
});

describe('every row in one style: the file’s text only in the wrong cell', () => {
  it('formats what could be read and marks the cell that is wrong', async () => {
    show(store);
    await choose(
      [
        HEADER,
        '2025-09-06,Negotiation basics,Chapter,Course,1.5,1.5',
        '2025-13-45,Risk talk,Acme,Course,2,2',
        '2025-09-01,Budget talk,Acme,Course,lots,',
        '2025-09-02,Scope talk,Acme,Misc,1,1',
        '2026-12-10,Advanced scheduling,Acme,Course,8,8',
      ].join('\n'),
    );
    showAll();
    const cells = (n: number) => previewRow(n).slice(0, 6);
    expect(cells(2)).toEqual([
      '2',
      formatDate('2025-09-06'),
      'Negotiation basics',
      'Chapter',
      'Course or training',
      '1.5',
    ]);
    expect(cells(3)).toEqual([
      '3',
      'Wrong: 2025-13-45',
      'Risk talk',
      'Acme',
      'Course or training',
      '2',
    ]);
    expect(cells(4)).toEqual([
      '4',
      formatDate('2025-09-01'),
      'Budget talk',
      'Acme',
      'Course or training',
      'Wrong: lots',
    ]);
    expect(cells(5)).toEqual([
      '5',
      formatDate('2025-09-02'),
      'Scope talk',
      'Acme',
      'Wrong: Misc',
      '1',
    ]);
    // A real date that may not be used (earned in the future): the file's text, marked.
    expect(cells(6)).toEqual([
      '6',
      'Wrong: 2026-12-10',
      'Advanced scheduling',
      'Acme',
      'Course or training',
      '8',
    ]);
    // Each row's message is as before.
    expect(previewRow(4)[6]).toBe(
      'Amount: “lots” is not a number. Write a number such as 1.5 in it, then import the file again.',
    );
    expect(document.querySelectorAll('td.import-cell-wrong')).toHaveLength(4);
  });

  it('an empty required cell is marked as the wrong one', async () => {
    show(store);
    await choose([HEADER, '2025-09-06,,Chapter,Course,1.5,1.5'].join('\n'));
    expect(previewRow(2).slice(0, 6)).toEqual([
      '2',
      formatDate('2025-09-06'),
      'Wrong: empty',
      'Chapter',
      'Course or training',
      '1.5',
    ]);
  });
});
