// Importing a spreadsheet while exploring sample data writes into the sample, which leaving
// removes: only the banner said the sample was on. The import screen now says so itself,
// before a file is chosen, with the way to leave first.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { SAMPLE_DATABASE_NAME } from '../../../renderer/src/features/sample/sample-mode';
import { freshName } from '../../db/helpers';
import { show, SLOW } from './import-screen-harness';

let store: Store | null = null;
afterEach(() => {
  store?.db.close();
  store = null;
});

describe('the import screen while exploring sample data', () => {
  it('says, above the file, that entries go into the sample and are removed on leaving, and how to leave first', async () => {
    store = await openStore(SAMPLE_DATABASE_NAME);
    show(store);
    const file = await screen.findByLabelText('Spreadsheet file (CSV)', {}, SLOW);
    const note = screen.getByRole('region', { name: 'Importing into sample data' });
    expect(note.textContent).toContain(
      'Entries imported now go into the sample, not into your own credit log, and are removed with it when you leave.',
    );
    expect(note.textContent).toContain(
      'To import into your own records, leave the sample data first',
    );
    // Read before the file is chosen.
    expect(note.compareDocumentPosition(file) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // The way out is here, asking first as everywhere.
    fireEvent.click(within(note).getByRole('button', { name: 'Leave sample data…' }));
    expect(
      within(note).getByRole('group', {
        name: 'Remove every sample record and go back to your own?',
      }),
    ).toBeDefined();
  });

  it('says nothing of the kind on the own records', async () => {
    store = await openStore(freshName('own-import'));
    show(store);
    await screen.findByLabelText('Spreadsheet file (CSV)', {}, SLOW);
    expect(screen.queryByRole('region', { name: 'Importing into sample data' })).toBeNull();
    expect(screen.queryByText(/sample/i)).toBeNull();
  });
});
