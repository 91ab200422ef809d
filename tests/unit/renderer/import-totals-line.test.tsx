// A spreadsheet's totals line ("Total" in its first cell, sums under the numbers) is neither
// imported without a word nor dropped without one. With a date (a period's end, =MAX() of the
// dates) it is shown with a warning and skipped unless kept, as a likely duplicate is; without
// one it is left out. Either way, once imported, it is listed with the rows left out, saying why.
// A course called "Total Quality Management" is imported like any other.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { freshName } from '../../db/helpers';
import { choose, previewRow, show, SLOW, summary } from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-totals'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** A tracker with the title first, its totals line dated, then one without a date. */
const TRACKER = [
  'Course,Date,Provider,Type,PDUs,Power Skills',
  'Negotiation basics,2025-02-03,Chapter,Webinar,1.5,1.5',
  'Total Quality Management,2025-02-04,Acme,Course,2,2',
  'Total,2025-10-31,,Course,3.5,3.5',
  'Total,,,,3.5,3.5',
].join('\n');

const TOTALS = 'Looks like a totals line, not an activity: its first cell says “Total”.';

/** The rows of a finished import's table, by its name. */
const listed = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

const titles = async () => (await listActivities(store)).map((a) => a.title).sort();

describe('a totals line in the preview', () => {
  it('with a date: warned about and skipped unless kept; without one: left out, saying why', async () => {
    show(store);
    await choose(TRACKER, 'tracker.csv');
    expect(summary()).toEqual([
      '2 ready to import',
      '0 with errors (not imported)',
      '0 likely duplicates (skipped unless you keep them)',
      '1 row looks like a totals line, not an activity (skipped unless you keep it)',
      '1 row blank or totals, left out',
    ]);
    expect(previewRow(4)).toEqual([
      '4',
      formatDate('2025-10-31'),
      'Total',
      '',
      'Course or training',
      '3.5',
      `${TOTALS} Skipped unless you keep it.Keep row 4 anyway`,
    ]);
    // The undated line shows the file's own text, nothing marked wrong: there is nothing to correct.
    expect(previewRow(5)).toEqual([
      '5',
      '',
      'Total',
      '',
      '',
      '3.5',
      `Left out: not imported${TOTALS}`,
    ]);
    expect(document.querySelectorAll('td.import-cell-wrong')).toHaveLength(0);
    expect(screen.queryByRole('checkbox', { name: 'Keep row 5 anyway' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import 2 activities' })).toBeDefined();
  });
});

describe('a totals line after the import', () => {
  it('not kept: not written, and both lines are listed with the rows left out', async () => {
    show(store);
    await choose(TRACKER, 'tracker.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 activities' }));
    expect(
      await screen.findByText(
        '2 activities imported, 0 rows skipped, 2 totals lines left out.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(await titles()).toEqual(['Negotiation basics', 'Total Quality Management']);
    expect(listed('Rows you left out (2)')).toEqual([
      ['4', 'Total', TOTALS],
      ['5', 'Total', TOTALS],
    ]);
    expect(
      screen.getByText(
        'These rows look like a spreadsheet’s totals line, not an activity. To import one later, choose this file again: the rows imported now are found as likely duplicates and skipped.',
      ),
    ).toBeDefined();
    // Nothing to correct: no rows to correct, no CSV to save.
    expect(screen.queryByRole('table', { name: 'Rows not imported' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Save the skipped rows/ })).toBeNull();
  });

  it('the dated one kept: written, and only the undated one is listed as left out', async () => {
    show(store);
    await choose(TRACKER, 'tracker.csv');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep row 4 anyway' }));
    expect(summary()).toContain(
      '1 row looks like a totals line, not an activity (skipped unless you keep it; 1 kept)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 activities' }));
    expect(
      await screen.findByText(
        '3 activities imported, 0 rows skipped, 1 totals line left out.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(await titles()).toEqual(['Negotiation basics', 'Total', 'Total Quality Management']);
    expect(listed('Rows you left out (1)')).toEqual([['5', 'Total', TOTALS]]);
  });
});
