// The contacts table's "How we met" column: the events the person was met at, else the words
// typed in the contact's "How we met" field, else a dash.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveEvent } from '../../../renderer/src/db/repositories/journal';
import { saveContact } from '../../../renderer/src/db/repositories/journal-network';
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
  store = await openStore(freshName('contacts-how-met'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function addContact(name: string, howMet: string): Promise<string> {
  const saved = await saveContact(
    store,
    {
      name,
      organisation: '',
      role: '',
      howMet,
      tags: [],
      relation: 'contact',
      since: null,
      until: null,
      notes: '',
    },
    asOf,
  );
  if (!saved.ok) throw new Error('contact not saved');
  return saved.value.id;
}

describe('the contacts table', { timeout: 20_000 }, () => {
  it('shows the events a contact was met at, else how you met them in your words', async () => {
    const atEvent = await addContact('Priya Shah', 'Chapter meeting');
    await addContact('Morgan Ellis', 'Introduced by a colleague at Acme');
    await addContact('Ana Lima', '');
    const event = await saveEvent(
      store,
      {
        name: 'PMO Summit',
        kind: 'conference',
        organiser: 'PMI',
        start: '2026-10-05',
        end: '2026-10-06',
        place: 'Utrecht',
        virtual: false,
        cost: null,
        link: '',
        notes: '',
        contactIds: [atEvent],
      },
      [],
      { asOf },
    );
    if (!event.ok) throw new Error('event not saved');
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['contacts']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Your contacts' }, SLOW);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const column = headers.indexOf('How we met');
    expect(column).toBeGreaterThan(0);
    const cellOf = (name: string) => {
      const row = within(table)
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(name))!;
      return row.querySelectorAll('th, td')[column]?.textContent;
    };
    await waitFor(() => expect(cellOf('Priya Shah')).toBe('PMO Summit'), SLOW);
    expect(cellOf('Morgan Ellis')).toBe('Introduced by a colleague at Acme');
    expect(cellOf('Ana Lima')).toBe('—');
  });
});
