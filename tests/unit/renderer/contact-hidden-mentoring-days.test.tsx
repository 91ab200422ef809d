// Network → Contacts: a relationship changed from "My mentor" to "Contact" hides the mentoring
// days, but they were still checked and saved: a mentoring end typed before its start refused
// the save with an error at a field no longer on the form, and a valid pair stayed stored
// unseen. A plain contact now keeps no mentoring days.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listContacts } from '../../../renderer/src/db/repositories/journal-network';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('contact-hidden-mentoring-days'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function openNewContact() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={['contacts', 'new']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const name = await screen.findByLabelText('Name', {}, SLOW);
  fireEvent.change(name, { target: { value: 'Ana Lima' } });
  fireEvent.change(screen.getByLabelText('Relationship'), { target: { value: 'mentor' } });
}

const typeDays = (since: string, until: string) => {
  fireEvent.change(screen.getByLabelText('Mentoring since'), { target: { value: since } });
  fireEvent.change(screen.getByLabelText('Mentoring ended (optional)'), {
    target: { value: until },
  });
};

describe('a contact that is no longer a mentor', { timeout: 20_000 }, () => {
  it('saves without the hidden mentoring days, even a refused pair', async () => {
    await openNewContact();
    typeDays('2025-05-01', '2025-01-01'); // ended before it began
    fireEvent.change(screen.getByLabelText('Relationship'), { target: { value: 'contact' } });
    expect(screen.queryByLabelText('Mentoring since')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect(await listContacts(store)).toHaveLength(1), SLOW);
    const [saved] = await listContacts(store);
    expect(saved).toMatchObject({
      name: 'Ana Lima',
      relation: 'contact',
      since: null,
      until: null,
    });
  });

  it('keeps no valid mentoring days either', async () => {
    await openNewContact();
    typeDays('2024-01-10', '2025-06-30');
    fireEvent.change(screen.getByLabelText('Relationship'), { target: { value: 'contact' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect(await listContacts(store)).toHaveLength(1), SLOW);
    const [saved] = await listContacts(store);
    expect(saved).toMatchObject({ relation: 'contact', since: null, until: null });
  });

  it('a mentor still keeps them', async () => {
    await openNewContact();
    typeDays('2024-01-10', '2025-06-30');
    fireEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect(await listContacts(store)).toHaveLength(1), SLOW);
    const [saved] = await listContacts(store);
    expect(saved).toMatchObject({ relation: 'mentor', since: '2024-01-10', until: '2025-06-30' });
  });
});
