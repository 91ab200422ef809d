// Deleting an interaction says which one: its button and the notice name its kind, the contact
// and its day ("Delete Call with Priya Shah, 1 Nov 2026"), never only the contact's name,
// which is the contact's own Delete (and would read as deleting the person).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  saveContact,
  saveInteraction,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
/**
 * A row button's name: "Delete" and the entry's title. (jsdom reads no space before the
 * visually hidden title a browser reads: "DeleteCall with …".)
 */
const deleteNamed = (title: string) =>
  new RegExp(`^Delete ?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const SLOW = { timeout: 10_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('interaction-delete-title'));
  const contact = await saveContact(
    store,
    {
      name: 'Priya Shah',
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
  if (!contact.ok) throw new Error('contact not saved');
  for (const [date, kind] of [
    ['2026-11-01', 'call'],
    ['2026-11-05', 'message'],
  ] as const) {
    const saved = await saveInteraction(
      store,
      {
        contactId: contact.value.id,
        date,
        kind,
        notes: '',
        hours: 0,
        area: 'powerSkills',
        followUp: null,
      },
      { asOf },
    );
    if (!saved.ok) throw new Error('interaction not saved');
  }
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('an interaction’s Delete', { timeout: 20_000 }, () => {
  it('names its kind, the contact and its day, in the button and in the notice', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['interactions']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const call = `Call with Priya Shah, ${formatDate('2026-11-01')}`;
    const button = await screen.findByRole('button', { name: deleteNamed(call) }, SLOW);
    const message = `Message with Priya Shah, ${formatDate('2026-11-05')}`;
    expect(screen.queryByRole('button', { name: deleteNamed(message) })).not.toBeNull();
    expect(screen.queryByRole('button', { name: deleteNamed('Priya Shah') })).toBeNull();

    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByText(`Deleted “${call}”.`)).not.toBeNull(), SLOW);
    expect(await store.db.table('interactions').count()).toBe(1);
    expect(await store.db.table('contacts').count()).toBe(1);
  });
});
