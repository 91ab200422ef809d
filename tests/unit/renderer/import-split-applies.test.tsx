// The Talent Triangle split is PMI's alone. Someone who holds only a CBAP or an ISACA
// credential is not told on every imported row that "PMI needs one", nor offered to leave each
// row out for it: the import asks for the split where the activity form does (splitApplies).
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { freshName } from '../../db/helpers';
import { asOf, choose, show, summary } from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-split-applies'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** Two activities with an amount and no area column. */
const FILE = [
  'Date,Activity,Provider,Type,Hours',
  '2026-03-10,Requirements course,IIBA,Course,8',
  '2026-03-11,Audit webinar,ISACA,Webinar,1',
].join('\n');

const NO_SPLIT =
  'No Talent Triangle split: PMI needs one before it counts. Add it in the credit log after importing.';

async function holding(...ids: string[]) {
  for (const credentialId of ids) {
    const saved = await saveHeld(
      store,
      { credentialId, stage: 'earned', earnedDate: '2025-01-15', renewals: [] },
      asOf,
    );
    if (!saved.ok) throw new Error(`${credentialId} not saved`);
  }
}

describe('rows without a Talent Triangle split', () => {
  it.each([
    ['a CBAP holder', ['cbap']],
    ['an ISACA holder', ['cisa']],
  ])('are ready to import, without a word about PMI, for %s', async (_, ids) => {
    await holding(...ids);
    show(store);
    await choose(FILE, 'courses.csv');
    expect(summary()).toEqual([
      '2 ready to import',
      '0 with errors (not imported)',
      '0 likely duplicates (skipped unless you keep them)',
    ]);
    expect(screen.queryByText(NO_SPLIT)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Leave row 2 out' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Leave row 3 out' })).toBeNull();
    // No row needs a look: all of them are shown.
    expect(screen.queryByLabelText('Show')).toBeNull();
    expect(screen.queryByText(/^All rows of courses\.csv/)).not.toBeNull();
    expect(screen.getAllByText('Ready to import')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Import 2 activities' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it.each([
    ['a PMP holder', ['pmp']],
    ['a PMP and CBAP holder', ['pmp', 'cbap']],
    ['someone with no credential yet', []],
  ])('are warned about and may be left out for %s, as before', async (_, ids) => {
    await holding(...ids);
    show(store);
    await choose(FILE, 'courses.csv');
    expect(summary()).toContain(
      '2 rows without a Talent Triangle split: PMI needs one before they count',
    );
    expect(screen.getAllByText(NO_SPLIT)).toHaveLength(2);
    expect(screen.queryByRole('checkbox', { name: 'Leave row 2 out' })).not.toBeNull();
    expect(screen.queryByText(/^Rows that need a look of courses\.csv/)).not.toBeNull();
  });
});
