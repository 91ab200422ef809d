// A mentoring interaction's credit entries count once. An edit that changes nothing they come
// from (only the next follow-up) opens no "Credit entries to confirm" panel again, as in the
// Learning tabs; "Confirm credit entries" writes them once however often it is clicked; and a
// confirmation that finds them already in the credit log says so in plain words and closes.
// PMP earned 15 Jan 2025; today 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interactionCredits } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { confirmCredits } from '../../../renderer/src/db/repositories/journal';
import {
  saveContact,
  type InteractionRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const PANEL = 'Credit entries to confirm';
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('network-confirm-once'));
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
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function renderNetwork() {
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

/** The status notice that says `words`, read whole. */
async function notice(words: string) {
  await waitFor(() => {
    const found = screen.getAllByRole('status').filter((s) => s.textContent?.includes(words));
    expect(found).toHaveLength(1);
  }, SLOW);
  const region = screen.getAllByRole('status').find((s) => s.textContent?.includes(words))!;
  return [...region.querySelectorAll('span')].find((s) => s.textContent?.includes(words))
    ?.textContent;
}

const activityCount = () => store.db.table('activities').count();

/** "Mentoring given", 20 Nov 2026, 2 h, with Priya Shah: saved, its panel open. */
async function logMentoring() {
  fireEvent.click(await screen.findByRole('button', { name: 'Log an interaction' }, SLOW));
  const form = screen.getByRole('form', { name: 'Log an interaction' });
  fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'mentoring-given' } });
  fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-11-20' } });
  fireEvent.change(within(form).getByLabelText('Hours'), { target: { value: '2' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
  await notice('confirm them');
  return screen.getByRole('region', { name: PANEL });
}

describe('a mentoring interaction whose credit entries are confirmed', { timeout: 20_000 }, () => {
  it('opens nothing to confirm after an edit of only its next follow-up', async () => {
    renderNetwork();
    const panel = await logMentoring();
    fireEvent.click(within(panel).getByRole('button', { name: 'Confirm credit entries' }));
    await notice('Confirmed');
    expect(await activityCount()).toBe(1);

    fireEvent.click(await screen.findByRole('button', { name: /^Edit/ }, SLOW));
    const form = screen.getByRole('form', { name: 'Edit interaction' });
    fireEvent.change(within(form).getByLabelText('Next follow-up (optional)'), {
      target: { value: '2026-12-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    // No question: nothing the credit comes from changed.
    expect(await notice('Saved the changes')).toBe(
      `Saved the changes to the mentoring you gave Priya Shah on ${formatDate('2026-11-20')}. ` +
        `Next follow-up: ${formatDate('2026-12-01')}.`,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('heading', { name: PANEL })).toBeNull();
    expect(await activityCount()).toBe(1);
  });
});

describe('the Confirm credit entries button', { timeout: 20_000 }, () => {
  it('writes the credit entries once on a double-click', async () => {
    renderNetwork();
    const panel = await logMentoring();
    const button = within(panel).getByRole('button', { name: 'Confirm credit entries' });
    fireEvent.click(button);
    fireEvent.click(button);
    await notice('Confirmed');
    await waitFor(() => expect(screen.queryByRole('heading', { name: PANEL })).toBeNull(), SLOW);
    expect(await activityCount()).toBe(1);
  });

  it('is off while they are being written', async () => {
    renderNetwork();
    const panel = await logMentoring();
    const button = within(panel).getByRole('button', { name: 'Confirm credit entries' });
    fireEvent.click(button);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await notice('Confirmed');
    expect(await activityCount()).toBe(1);
  });

  it('says in plain words when they were already added, and closes', async () => {
    renderNetwork();
    const panel = await logMentoring();
    // Confirmed meanwhile elsewhere (another window), while this panel is still open.
    const row = (await store.db.table('interactions').toArray())[0] as InteractionRow;
    const list = interactionCredits(row, 'Priya Shah', [
      { id: 'h', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    ]).suggestions.map((s) => s.activity);
    expect((await confirmCredits(store, 'interactions', row.id, list, asOf)).ok).toBe(true);

    fireEvent.click(within(panel).getByRole('button', { name: 'Confirm credit entries' }));
    expect(await notice('already added')).toBe(
      'The credit entries of “Mentoring I gave with Priya Shah” were already added to your ' +
        'credit log, so they were not added again.',
    );
    await waitFor(() => expect(screen.queryByRole('heading', { name: PANEL })).toBeNull(), SLOW);
    expect(screen.queryByText(/ALREADY_CONFIRMED/)).toBeNull();
    expect(await activityCount()).toBe(1);
  });
});
