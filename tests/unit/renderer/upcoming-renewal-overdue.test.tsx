// The dashboard's "Events and follow-ups" card keeps a membership renewal whose day has just
// passed, marked overdue as a follow-up is, for as long as the reminders list it (their 90
// days): "Renew PMI" left the card the day after its renewal day while the reminders called it
// overdue and the Memberships tab said it had lapsed.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveMembership } from '../../../renderer/src/db/repositories/journal-network';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UpcomingCard } from '../../../renderer/src/features/network/UpcomingCard';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('upcoming-renewal-overdue'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function member(organisation: string, renewal: string) {
  const saved = await saveMembership(
    store,
    { organisation, since: '2024-02-01', renewal, endedOn: null, cost: null, notes: '' },
    TODAY,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

describe('a membership renewal on the dashboard card', () => {
  it('passed yesterday: still listed first, marked overdue; one ahead is not', async () => {
    await member('PMI', '2026-11-21');
    await member('IIBA', '2026-12-10');
    render(
      <StoreProvider store={store}>
        <UpcomingCard />
      </StoreProvider>,
    );
    const items = await screen.findAllByRole('listitem', {}, SLOW);
    // Dates as the machine's locale writes them; the words after them are what matters here.
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/2026: Renew PMI \(overdue\)$/),
      expect.stringMatching(/2026: Renew IIBA$/),
    ]);
  });

  it('passed 91 days ago: gone, as from the reminders', async () => {
    await member('PMI', '2026-08-23');
    render(
      <StoreProvider store={store}>
        <UpcomingCard />
      </StoreProvider>,
    );
    await screen.findByText(/Nothing in the next 60 days/, {}, SLOW);
    expect(screen.queryByText(/Renew PMI/)).toBeNull();
  });
});
