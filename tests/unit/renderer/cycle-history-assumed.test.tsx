// A renewal Ascent assumed when the person said "I have renewed PMP every cycle so far" is
// told apart in the credential's cycle history, with a button to record the day they really
// renewed; a renewal they recorded themselves is not. PMP earned 15 Jun 2014: cycles 1 and 2
// renewed by assumption on their last days (14 Jun 2017, 14 Jun 2020), cycle 3 renewed by hand
// on 1 Mar 2023, cycle 4 ended 14 Jun 2026 unrenewed (suspended). Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listHeld, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';

let store: Store;
let heldId: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('cycle-history-assumed'));
  const saved = await saveHeld(
    store,
    {
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2014-06-15',
      renewals: [
        { date: '2017-06-14', method: 'credits', assumed: true },
        { date: '2020-06-14', method: 'credits', assumed: true },
        { date: '2023-03-01', method: 'credits' },
      ],
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  heldId = saved.value.id;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>
          <CredentialDetail heldId={heldId} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const note = (date: string) =>
  `Renewed ${formatDate(date)} — assumed, as you said you renewed PMP every cycle. If you renewed on another day, record it.`;

/** The Status cell of each cycle, oldest first, as a user reads it. */
async function statuses(): Promise<string[]> {
  const history = await screen.findByRole('region', { name: 'Cycle history' }, SLOW);
  const rows = await within(history).findAllByRole('row', {}, SLOW);
  return rows.slice(1).map((r) => within(r).getAllByRole('cell').at(-1)?.textContent ?? '');
}

describe('the cycle history of a PMP with assumed renewals', { timeout: 30_000 }, () => {
  it('says which renewals were assumed, and not of one recorded by hand', async () => {
    show();
    await waitFor(async () => expect(await statuses()).toHaveLength(4), SLOW);
    expect(await statuses()).toEqual([
      `${note('2017-06-14')}Record the date you renewed`,
      `${note('2020-06-14')}Record the date you renewed`,
      'Renewed',
      'Suspended',
    ]);
    const history = screen.getByRole('region', { name: 'Cycle history' });
    expect(
      within(history)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Record the date you renewed cycle 1', 'Record the date you renewed cycle 2']);
  });

  it('records the real day from the keyboard, and Cancel gives focus back', async () => {
    show();
    const history = await screen.findByRole('region', { name: 'Cycle history' }, SLOW);
    const open = await within(history).findByRole(
      'button',
      { name: 'Record the date you renewed cycle 2' },
      SLOW,
    );
    expect(open.getAttribute('aria-expanded')).toBe('false');

    // Opened: focus is in the date, the days it may take are said; Cancel goes back.
    fireEvent.click(open);
    const form = await within(history).findByRole('form', { name: 'Date you renewed cycle 2' });
    const day = within(form).getByLabelText('Renewed cycle 2 on');
    await waitFor(() => expect(document.activeElement).toBe(day), SLOW);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(within(form).getByText(/^A day from/).textContent).toBe(
      `A day from ${formatDate('2017-06-15')} to ${formatDate('2021-06-14')}, when cycle 2 could be renewed.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(open), SLOW);
    expect(within(history).queryByRole('form')).toBeNull();

    // A day outside the window is refused with the range to use; nothing is saved.
    fireEvent.click(open);
    const again = await within(history).findByRole('form', { name: 'Date you renewed cycle 2' });
    const input = within(again).getByLabelText('Renewed cycle 2 on');
    fireEvent.change(input, { target: { value: '2021-06-15' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save date' }));
    expect((await within(again).findByText(/could be renewed from/)).textContent).toBe(
      `Cycle 2 could be renewed from ${formatDate('2017-06-15')} to ${formatDate('2021-06-14')}: enter a day in that range.`,
    );

    // In the suspension year: saved as recorded by hand; the row no longer says "assumed".
    fireEvent.change(input, { target: { value: '2020-09-01' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save date' }));
    await waitFor(async () => expect((await statuses())[1]).toBe('Renewed'), SLOW);
    expect(within(history).getByRole('status').textContent).toBe(
      `Cycle 2: renewal recorded on ${formatDate('2020-09-01')}.`,
    );
    await waitFor(
      () =>
        expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Cycle history' })),
      SLOW,
    );
    expect((await statuses())[0]).toBe(`${note('2017-06-14')}Record the date you renewed`);
    const [row] = await listHeld(store);
    expect(row?.renewals).toEqual([
      { date: '2017-06-14', method: 'credits', assumed: true },
      { date: '2020-09-01', method: 'credits' },
      { date: '2023-03-01', method: 'credits' },
    ]);
  });
});
