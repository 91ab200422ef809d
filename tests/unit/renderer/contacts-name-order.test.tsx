// Contacts are listed by name as a person reads it: "de Vries" among the Ds, "Émile" among the
// Es and "ana" among the As — not after "Zhang" because of a small or accented first letter. The
// interaction form's contact choice follows the same order.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
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
  store = await openStore(freshName('contacts-name-order'));
  for (const name of ['Zhang Wei', 'de Vries', 'Émile Roux', 'ana Lima', 'Bram Jansen']) {
    const saved = await saveContact(
      store,
      {
        name,
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'contact',
        since: null,
        until: null,
        notes: '',
      },
      asOf,
    );
    if (!saved.ok) throw new Error('contact not saved');
  }
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const order = ['ana Lima', 'Bram Jansen', 'de Vries', 'Émile Roux', 'Zhang Wei'];

function screenOf(rest: string[]) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={rest} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

describe('contacts in name order', { timeout: 20_000 }, () => {
  it('the Contacts table lists them as a person reads the names', async () => {
    screenOf(['contacts']);
    const table = await screen.findByRole('table', { name: /Your contacts/ }, SLOW);
    await waitFor(() => {
      const names = within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent);
      expect(names).toEqual(order);
    }, SLOW);
  });

  it('the interaction form offers them in that order', async () => {
    screenOf(['interactions']);
    fireEvent.click(await screen.findByRole('button', { name: 'Log an interaction' }, SLOW));
    const select = await screen.findByRole('combobox', { name: 'Contact' }, SLOW);
    const names = [...(select as HTMLSelectElement).options].map((o) => o.textContent);
    expect(names).toEqual(order);
  });
});
