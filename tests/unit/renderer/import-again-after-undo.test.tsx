// An import taken back from its summary is most often one made with a wrong choice (the unit,
// the date order). "Import taken back" offers to go back to the choices: the same file with the
// row of column names, the mapping, the unit and the date order the person chose, its rows no
// longer duplicates, and the focus on step 2. It used to offer only the way to the credit log,
// and the file had to be chosen and every choice made again.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { CreditLogScreen } from '../../../renderer/src/features/credit-log/CreditLogScreen';
import { freshName } from '../../db/helpers';
import { choose, renderInApp, shownOption, SLOW } from './import-screen-harness';

const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-again-after-undo'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const FILE = [
  'Date,Activity,Provider,Type,Amount',
  '03/04/2025,Negotiation basics,Chapter,Webinar,1.5',
  '05/06/2025,Leadership reading,Chapter,Book,2',
].join('\n');

const UNIT = 'The amount column counts';

/** Presses Import once the rows are read again for the latest choice. */
async function importTwo() {
  const button = screen.getByRole('button', { name: 'Import 2 activities' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false), SLOW);
  fireEvent.click(button);
  await screen.findByText('2 activities imported, 0 rows skipped.', {}, SLOW);
}
const monthFirst = () =>
  screen.getByLabelText<HTMLInputElement>('Month first: 03/04/2026 is March 4, 2026');

describe('an import taken back from its summary', () => {
  it('goes back to the same file with every choice kept', TEST, async () => {
    renderInApp(store, <CreditLogScreen rest={['import']} />);
    await choose(FILE);
    fireEvent.change(screen.getByLabelText(UNIT), { target: { value: 'ceu' } });
    fireEvent.click(monthFirst());
    await importTwo();
    expect((await listActivities(store)).map((a) => [a.date, a.unit])).toEqual(
      expect.arrayContaining([
        ['2025-03-04', 'ceu'],
        ['2025-05-06', 'ceu'],
      ]),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    await screen.findByRole('heading', { name: 'Import taken back' }, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Change the choices and import again' }));

    const step2 = await screen.findByRole('heading', { name: '2. Check the columns' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(step2), SLOW);
    expect(screen.queryByText('Chosen: talks.csv')).not.toBeNull();
    expect(shownOption(UNIT)).toBe('CEU (1 CEU = 10 hours)');
    expect(monthFirst().checked).toBe(true);
    const again = await screen.findByRole('button', { name: 'Import 2 activities' }, SLOW);
    await waitFor(() => expect(again).toHaveProperty('disabled', false), SLOW);

    // The unit put right, the file is imported again: both rows, in hours.
    fireEvent.change(screen.getByLabelText(UNIT), { target: { value: 'hours' } });
    await importTwo();
    expect((await listActivities(store)).map((a) => [a.date, a.amount, a.unit])).toEqual(
      expect.arrayContaining([
        ['2025-03-04', 1.5, 'hours'],
        ['2025-05-06', 2, 'hours'],
      ]),
    );
  });
});
