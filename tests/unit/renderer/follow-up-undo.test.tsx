// A follow-up marked done can be taken back from the Undo bar: its date comes back, unless the
// interaction was changed (a new follow-up date) or deleted since.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  clearFollowUp,
  deleteInteraction,
  restoreFollowUp,
  saveContact,
  saveInteraction,
  type InteractionRow,
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
  store = await openStore(freshName('follow-up-undo'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function interactionWithFollowUp(followUp: string): Promise<InteractionRow> {
  const contact = await saveContact(
    store,
    {
      name: 'Priya Raman',
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
  return saved.value;
}

const followUpOf = async (id: string) =>
  (await store.db.table<InteractionRow>('interactions').get(id))?.followUp;

describe('follow-up done and back (repository)', () => {
  it('clearing returns the date it had; putting back restores it', async () => {
    const i = await interactionWithFollowUp('2026-12-01');
    const done = (await clearFollowUp(store, i.id))!;
    expect(done.followUp).toBe('2026-12-01');
    expect(await followUpOf(i.id)).toBeNull();
    expect(await clearFollowUp(store, i.id)).toBeNull();
    expect(await restoreFollowUp(store, done)).toBe(true);
    expect(await followUpOf(i.id)).toBe('2026-12-01');
  });

  it('a follow-up date set since, or a deleted interaction, is left as it is', async () => {
    const i = await interactionWithFollowUp('2026-12-01');
    const done = (await clearFollowUp(store, i.id))!;
    await store.db.table('interactions').update(i.id, { followUp: '2027-01-15' });
    expect(await restoreFollowUp(store, done)).toBe(false);
    expect(await followUpOf(i.id)).toBe('2027-01-15');
    await deleteInteraction(store, i.id, 'unlink');
    expect(await restoreFollowUp(store, done)).toBe(false);
    expect(await store.db.table('interactions').get(i.id)).toBeUndefined();
  });

  it('a new follow-up set and marked done again since is not replaced by the old date', async () => {
    const i = await interactionWithFollowUp('2026-12-01');
    const first = (await clearFollowUp(store, i.id))!;
    vi.setSystemTime(new Date(2026, 10, 22, 10, 5));
    await store.db.table('interactions').update(i.id, { followUp: '2027-02-01' });
    const second = (await clearFollowUp(store, i.id))!;
    expect(second.followUp).toBe('2027-02-01');
    // The first Undo no longer applies: the interaction is not as it left it.
    expect(await restoreFollowUp(store, first)).toBe(false);
    expect(await followUpOf(i.id)).toBeNull();
    expect(await restoreFollowUp(store, second)).toBe(true);
    expect(await followUpOf(i.id)).toBe('2027-02-01');
  });
});

describe('follow-up done and back (screen)', { timeout: 20_000 }, () => {
  it('Done, then Undo, lists the follow-up again', async () => {
    await interactionWithFollowUp('2026-12-01');
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['interactions']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    fireEvent.click(within(list).getByRole('button', { name: /Done: follow up with Priya Raman/ }));
    await screen.findByText('No follow-ups planned.', undefined, SLOW);
    expect(screen.getByText('Follow-up with Priya Raman marked as done.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      const back = screen.getByRole('list', { name: 'Follow-ups' });
      expect(
        within(back).getByRole('button', { name: /Done: follow up with Priya Raman/ }),
      ).toBeDefined();
    }, SLOW);
  });
});
