// A file already imported, chosen again: its rows are likely duplicates. Taking that import back
// from the Last import panel on the same screen frees them at once: the duplicate marks follow
// the credit log as it is now, not as it was when the file was chosen.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  activitiesToImport,
  analyzeImport,
  setUpImport,
  type ImportOptions,
} from '../../../shared/domain/import';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { importActivities } from '../../../renderer/src/db/repositories/import';
import { CreditLogScreen } from '../../../renderer/src/features/credit-log/CreditLogScreen';
import { parseCsvText } from '../../../renderer/src/features/import/csv-file';
import { freshName } from '../../db/helpers';
import { asOf, choose, renderInApp, SLOW, summary } from './import-screen-harness';

const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-undo-frees'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const FILE = [
  'Date,Activity,Provider,Type,PDUs,Power Skills',
  '2025-02-03,Negotiation basics,Chapter,Webinar,1.5,1.5',
  '2025-02-05,Leadership reading,Chapter,Book,2,2',
].join('\n');

/** The same file, imported earlier (as the screen reads it). */
async function importedBefore() {
  const table = parseCsvText(FILE);
  const setup = setUpImport(table.rows);
  const options: ImportOptions = {
    mapping: setup.mapping,
    unit: setup.unit,
    dateOrder: 'dmy',
    defaultType: null,
    asOf,
  };
  const rows = activitiesToImport(analyzeImport(table.rows, setup, options, []), new Set());
  const result = await importActivities(store, rows, asOf, { fileName: 'talks.csv' });
  if (!result.ok || result.ids.length !== 2) throw new Error('not imported');
}

/** The import screen as the app shows it: inside the credit log, reading the log live. */
function show() {
  renderInApp(store, <CreditLogScreen rest={['import']} />);
}

describe('a file chosen again, then its earlier import taken back', () => {
  it('its rows are no longer duplicates: they can be imported again', TEST, async () => {
    await importedBefore();
    show();
    await choose(FILE);
    expect(summary()).toEqual([
      '0 ready to import',
      '0 with errors (not imported)',
      '2 likely duplicates (skipped unless you keep them)',
    ]);
    expect(screen.getByRole('button', { name: 'Import 0 activities' })).toHaveProperty(
      'disabled',
      true,
    );

    const last = await screen.findByRole('region', { name: 'Last import' }, SLOW);
    fireEvent.click(within(last).getByRole('button', { name: 'Undo that import' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Undo the last import?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove 2 activities' }));
    expect(
      await screen.findByText(
        '2 imported activities were removed. Your credit log is as it was before the import.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(await listActivities(store)).toEqual([]);

    await waitFor(
      () =>
        expect(summary()).toEqual([
          '2 ready to import',
          '0 with errors (not imported)',
          '0 likely duplicates (skipped unless you keep them)',
        ]),
      SLOW,
    );
    expect(screen.queryByText(/^Likely already in your log/)).toBeNull();
    const again = screen.getByRole('button', { name: 'Import 2 activities' });
    expect(again).toHaveProperty('disabled', false);

    // And imported again: both are written.
    fireEvent.click(again);
    expect(
      await screen.findByText('2 activities imported, 0 rows skipped.', {}, SLOW),
    ).toBeDefined();
    expect((await listActivities(store)).map((a) => a.title).sort()).toEqual([
      'Leadership reading',
      'Negotiation basics',
    ]);
  });
});
