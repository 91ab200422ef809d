// Interactions on the same day were listed in the order of their stored ids, which are random,
// under the caption "Your interactions, latest first", and the Dashboard's "Events and
// follow-ups" card listed their follow-ups due on one day in that same random order. On one day
// the interaction logged later now comes first, in the Interactions table, in the Network
// screen's follow-ups and on the Dashboard card alike.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { UpcomingCard } from '../../../renderer/src/features/network/UpcomingCard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
let store: Store;

const contact = (id: string, name: string) => ({
  id,
  name,
  organisation: '',
  role: '',
  howMet: '',
  tags: [],
  relation: 'contact',
  since: null,
  until: null,
  notes: '',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
});
const interaction = (
  id: string,
  contactId: string,
  date: string,
  loggedAt: string,
  followUp: string | null,
) => ({
  id,
  contactId,
  date,
  kind: 'call',
  notes: '',
  hours: 0,
  area: 'powerSkills',
  followUp,
  createdAt: loggedAt,
  updatedAt: loggedAt,
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('interactions-same-day-order'));
  await store.db
    .table('contacts')
    .bulkPut([
      contact('c1', 'Priya Raman'),
      contact('c2', 'Sam Okafor'),
      contact('c3', 'Lee Chen'),
    ]);
  // Ids in the opposite order to when they were logged: the lists must not follow them.
  await store.db
    .table('interactions')
    .bulkPut([
      interaction('z', 'c1', '2026-11-10', '2026-11-10T08:00:00.000Z', '2026-12-01'),
      interaction('a', 'c2', '2026-11-10', '2026-11-10T17:00:00.000Z', '2026-12-01'),
      interaction('m', 'c3', '2026-11-15', '2026-11-15T09:00:00.000Z', null),
    ]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('interactions on the same day', { timeout: 20_000 }, () => {
  it('the Interactions table and its follow-ups: the one logged later first', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['interactions']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const table = await screen.findByRole('table', { name: /latest first/ }, SLOW);
    await waitFor(() => {
      const names = within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent);
      expect(names).toEqual(['Lee Chen', 'Sam Okafor', 'Priya Raman']);
    }, SLOW);
    const followUps = screen.getByRole('list', { name: 'Follow-ups' });
    expect(
      within(followUps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/: Sam Okafor/), expect.stringMatching(/: Priya Raman/)]);
  });

  it('the Dashboard card lists their follow-ups due on one day in the same order', async () => {
    render(
      <StoreProvider store={store}>
        <UpcomingCard />
      </StoreProvider>,
    );
    const items = await screen.findAllByRole('listitem', {}, SLOW);
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Follow up with Sam Okafor$/),
      expect.stringMatching(/Follow up with Priya Raman$/),
    ]);
  });
});
