// A stray quotation mark in a CSV's last column swallows every later line into one Notes cell.
// The row is a row with an error: it is never shown as "Ready to import", it is counted with the
// errors, the Import button counts only the rows before it, and the finished import lists it
// with what to do, so the lines it swallowed are never left out without a word.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { parseCsvText } from '../../../renderer/src/features/import/csv-file';
import { freshName } from '../../db/helpers';
import { choose, previewRow, show, SLOW, summary } from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-unclosed-quote'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** Row 3's Notes open a quotation mark that never closes: rows 4 and 5 run into it. */
const FILE = [
  'Date,Activity,Provider,Type,PDUs,Power Skills,Notes',
  '2026-03-10,Risk talk,Acme,Webinar,1,1,',
  '2026-03-11,Budget talk,Acme,Webinar,1,1,"great',
  '2026-03-12,Scope talk,Acme,Webinar,1,1,',
  '2026-03-13,Team talk,Acme,Webinar,1,1,ok',
  '',
].join('\n');

const ROW_ERROR =
  'A quotation mark in this row is never closed, so the next 2 lines of the file were read into this row and are not imported either. Close or remove the quotation mark in the spreadsheet, save it as CSV again, then import the file again.';

describe('a quotation mark never closed', () => {
  it('is found once per row, the later lines inside the row', () => {
    const table = parseCsvText(FILE);
    expect(table.quoteProblems).toEqual([3]);
    expect(table.rows).toHaveLength(3);
    // Papa Parse reports a misplaced closing quote twice: the row is said once.
    const twice = parseCsvText('Date,Title\n2026-03-10,"A"b,c\n2026-03-11,B\n');
    expect(twice.quoteProblems).toEqual([2]);
  });

  it('makes its row a row with an error: counted, never ready, not in the Import button', async () => {
    show(store);
    await choose(FILE);
    expect(summary()).toEqual([
      '1 ready to import',
      '1 with errors (not imported)',
      '0 likely duplicates (skipped unless you keep them)',
    ]);
    expect(previewRow(3)[6]).toBe(ROW_ERROR);
    expect(screen.queryByText('Ready to import')).toBeNull();
    // The file-level message above the rows is still said.
    expect(screen.queryByText(/^Row 3: a quotation mark is never closed/)).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Import 1 activity' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('imports only the rows before it, and lists it with what to do', async () => {
    show(store);
    await choose(FILE);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 activity' }));
    expect(await screen.findByText('1 activity imported, 1 row skipped.', {}, SLOW)).toBeDefined();
    expect((await listActivities(store)).map((a) => [a.title, a.notes])).toEqual([
      ['Risk talk', undefined],
    ]);
    const skipped = screen.getByRole('table', { name: 'Rows not imported' });
    expect(
      within(skipped)
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)),
    ).toEqual([['3', 'Budget talk', ROW_ERROR]]);
  });
});
