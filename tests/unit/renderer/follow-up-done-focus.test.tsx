// Marking a follow-up done takes it off the list, and its Done button with it: focus moves to
// the next follow-up's Done button (the one before on the last), else to the Follow-ups heading,
// never to the page itself (a keyboard user would start again at the top).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
const SLOW = { timeout: 5000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('follow-up-done-focus'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function followUpWith(name: string, followUp: string): Promise<void> {
  const contact = await saveContact(
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
  if (!contact.ok) throw new Error('contact not saved');
  const saved = await saveInteraction(
    store,
    {
      contactId: contact.value.id,
      date: '2026-11-10',
      kind: 'meeting',
      notes: '',
      hours: 0,
      area: 'powerSkills',
      followUp,
    },
    { asOf },
  );
  if (!saved.ok) throw new Error('interaction not saved');
}

function screenOf() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={['interactions']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const doneFor = (name: string) =>
  within(screen.getByRole('list', { name: 'Follow-ups' })).getByRole('button', {
    name: new RegExp(`Done: follow up with ${name}`),
  });

describe('follow-up Done keeps the keyboard place', { timeout: 20_000 }, () => {
  it('focus goes to the next follow-up’s Done button', async () => {
    await followUpWith('Priya Raman', '2026-12-01');
    await followUpWith('Kim Park', '2026-12-05');
    screenOf();
    await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    const done = doneFor('Priya Raman');
    done.focus();
    fireEvent.click(done);
    await screen.findByText('Follow-up with Priya Raman marked as done.', undefined, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(doneFor('Kim Park')), SLOW);
  });

  it('the last one done: focus goes to the Follow-ups heading', async () => {
    await followUpWith('Priya Raman', '2026-12-01');
    screenOf();
    await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    const done = doneFor('Priya Raman');
    done.focus();
    fireEvent.click(done);
    await screen.findByText('No follow-ups planned.', undefined, SLOW);
    await waitFor(
      () =>
        expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Follow-ups' })),
      SLOW,
    );
  });
});
