// The Network tabs' empty lists, as the Learning tabs have them: with nothing recorded yet each
// says what to add (an interaction asks for a contact first); when the search or the contacts'
// "Show" choice hides every entry, it says what hides them, and its button brings them back and
// puts the focus in the search box (or on the "Show" choice it cleared).
// Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  saveContact,
  saveInteraction,
  saveMembership,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };
let store: Store;

beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('network-empty-lists'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function showNetwork(tab: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={[tab]} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function contact(name: string, relation: 'contact' | 'mentor' = 'contact') {
  const saved = await saveContact(
    store,
    {
      name,
      organisation: 'Acme',
      role: '',
      howMet: '',
      tags: [],
      relation,
      since: relation === 'contact' ? null : '2026-01-10',
      until: null,
      notes: '',
    },
    asOf,
  );
  if (!saved.ok) throw new Error(`contact not saved: ${JSON.stringify(saved)}`);
  return saved.value;
}

const search = () => screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
const typeSearch = (value: string) => fireEvent.change(search(), { target: { value } });
const tabText = (name: string) => screen.getByRole('region', { name }).textContent ?? '';

describe('nothing recorded yet: what to add', TEST, () => {
  it('contacts', async () => {
    showNetwork('contacts');
    expect(
      await screen.findByText(
        'No contacts yet. Add the people you work with, learn from or mentor to keep track of them.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show all contacts' })).toBeNull();
  });

  it('interactions, with no contacts: a contact comes first, said once', async () => {
    showNetwork('interactions');
    expect(await screen.findByText('No interactions yet.', {}, SLOW)).toBeDefined();
    expect(tabText('Interactions').match(/first/g)).toHaveLength(1);
  });

  it('interactions, with a contact: what to log', async () => {
    await contact('Priya Shah');
    showNetwork('interactions');
    expect(
      await screen.findByText(
        'No interactions yet. Log a call, a meeting or a mentoring talk with one of your contacts.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(tabText('Interactions')).not.toContain('Add a contact first, then');
  });

  it('memberships', async () => {
    showNetwork('memberships');
    expect(
      await screen.findByText(
        'No memberships yet. Add the associations you belong to, with their renewal dates, so you are reminded in time.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
  });
});

describe('a search that hides every entry says so; its button brings them back', TEST, () => {
  /** Presses "Clear the search" and checks the search box is empty and has the focus. */
  function clearTheSearch() {
    const clear = screen.getByRole('button', { name: 'Clear the search' });
    clear.focus();
    fireEvent.click(clear);
    expect(search().value).toBe('');
    expect(document.activeElement).toBe(search());
  }

  it('contacts', async () => {
    await contact('Priya Shah');
    showNetwork('contacts');
    await screen.findByRole('row', { name: /Priya Shah/ }, SLOW);
    typeSearch('kanban');
    expect(
      screen.getByText('No contacts match “kanban”. Clear the search to see them all.'),
    ).toBeDefined();
    expect(tabText('Contacts')).not.toContain('No contacts yet');
    clearTheSearch();
    expect(await screen.findByRole('row', { name: /Priya Shah/ }, SLOW)).toBeDefined();
  });

  it('interactions', async () => {
    const priya = await contact('Priya Shah');
    const saved = await saveInteraction(
      store,
      {
        contactId: priya.id,
        date: '2026-11-10',
        kind: 'call',
        notes: 'Portfolio review',
        hours: 0,
        area: 'powerSkills',
        followUp: null,
      },
      { asOf },
    );
    if (!saved.ok) throw new Error(`interaction not saved: ${JSON.stringify(saved)}`);
    showNetwork('interactions');
    await screen.findByRole('row', { name: /Priya Shah/ }, SLOW);
    typeSearch('kanban');
    expect(
      screen.getByText('No interactions match “kanban”. Clear the search to see them all.'),
    ).toBeDefined();
    expect(tabText('Interactions')).not.toContain('No interactions yet');
    clearTheSearch();
    expect(await screen.findByRole('row', { name: /Priya Shah/ }, SLOW)).toBeDefined();
  });

  it('memberships', async () => {
    const saved = await saveMembership(
      store,
      {
        organisation: 'PMI Chapter',
        since: '2025-11-27',
        renewal: '2027-11-27',
        endedOn: null,
        cost: null,
        notes: '',
      },
      asOf,
    );
    if (!saved.ok) throw new Error(`membership not saved: ${JSON.stringify(saved)}`);
    showNetwork('memberships');
    await screen.findByRole('row', { name: /PMI Chapter/ }, SLOW);
    typeSearch('kanban');
    expect(
      screen.getByText('No memberships match “kanban”. Clear the search to see them all.'),
    ).toBeDefined();
    expect(tabText('Memberships')).not.toContain('No memberships yet');
    clearTheSearch();
    expect(await screen.findByRole('row', { name: /PMI Chapter/ }, SLOW)).toBeDefined();
  });
});

describe('the contacts’ "Show" choice is cleared too', TEST, () => {
  it('names the relationship and the search; "Show all contacts" clears both', async () => {
    await contact('Priya Shah');
    showNetwork('contacts');
    await screen.findByRole('row', { name: /Priya Shah/ }, SLOW);
    const showChoice = screen.getByLabelText('Show') as HTMLSelectElement;
    fireEvent.change(showChoice, { target: { value: 'mentor' } });
    typeSearch('priya');
    expect(
      screen.getByText(
        'No contacts with the relationship “My mentor” match “priya”. Choose “Show all contacts” to see them all.',
      ),
    ).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Show all contacts' }));
    expect(await screen.findByRole('row', { name: /Priya Shah/ }, SLOW)).toBeDefined();
    expect(showChoice.value).toBe('');
    expect(search().value).toBe('');
    expect(document.activeElement).toBe(search());
  });

  it('with only the "Show" choice hiding them, the focus goes back to it', async () => {
    await contact('Priya Shah');
    showNetwork('contacts');
    await screen.findByRole('row', { name: /Priya Shah/ }, SLOW);
    const showChoice = screen.getByLabelText('Show') as HTMLSelectElement;
    fireEvent.change(showChoice, { target: { value: 'mentee' } });
    expect(
      screen.getByText(
        'No contacts with the relationship “My mentee”. Choose “Show all contacts” to see them all.',
      ),
    ).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Show all contacts' }));
    expect(await screen.findByRole('row', { name: /Priya Shah/ }, SLOW)).toBeDefined();
    expect(showChoice.value).toBe('');
    expect(document.activeElement).toBe(showChoice);
  });
});
