// Memberships are listed by association as a person reads it (then the earlier one first), not
// in the order of their stored ids, which are random: a new membership landed anywhere, and the
// order differed from one person's data to the next.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveMembership } from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('memberships-order'));
  // Ids in the opposite of the expected order.
  const rows = [
    { id: 'a', organisation: 'PMI Netherlands Chapter', since: '2024-01-01' },
    { id: 'b', organisation: 'PMI', since: '2025-03-01' },
    { id: 'c', organisation: 'PMI', since: '2020-03-01' },
    { id: 'd', organisation: 'iiba', since: '2023-05-01' },
    { id: 'e', organisation: 'APM', since: '2022-02-01' },
  ];
  for (const r of rows) {
    const saved = await saveMembership(
      store,
      { ...r, renewal: null, endedOn: null, cost: null, notes: '' },
      asOf,
    );
    if (!saved.ok) throw new Error('membership not saved');
  }
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('memberships in order', { timeout: 20_000 }, () => {
  it('by association, then the earlier membership first', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['memberships']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const table = await screen.findByRole('table', { name: /Your memberships/ }, SLOW);
    await waitFor(() => {
      const rows = within(table)
        .getAllByRole('rowheader')
        .map((th) => `${th.textContent} ${th.nextElementSibling?.textContent}`);
      expect(rows).toEqual([
        `APM ${formatDate('2022-02-01')}`,
        `iiba ${formatDate('2023-05-01')}`,
        `PMI ${formatDate('2020-03-01')}`,
        `PMI ${formatDate('2025-03-01')}`,
        `PMI Netherlands Chapter ${formatDate('2024-01-01')}`,
      ]);
    }, SLOW);
  });
});
