/**
 * Writes on the credential's page that the database refuses (a full disk: QuotaExceededError
 * from the transaction) say so where they were made, as the rule panel's choice rows do,
 * rather than leaving an unhandled rejection and silence: "Record renewal", the rule panel's
 * "Use my number", and "Save date" for the real date of an assumed renewal.
 *
 * Also the rule panel's own number: "1,500" (1500 or 1.5?) is asked about, never saved as 1.5,
 * as the credit log asks (parseHours); and a number saved onto a credential changed in another
 * window since the panel was drawn is refused, not written over that change.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageErrorText } from '../../../renderer/src/components/storage-messages';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { ruleSaveWords } from '../../../renderer/src/features/credentials/rule-number-words';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TODAY = '2019-06-01';
const full = storageErrorText('QUOTA');
let store: Store;

afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.restoreAllMocks();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function showHeld(label: string, input: Omit<HeldCredential, 'id'>): Promise<HeldRow> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2019, 5, 1, 9, 0)); // 1 Jun 2019
  store = await openStore(freshName(label));
  const saved = await saveHeld(store, input, TODAY);
  if (!saved.ok) throw new Error('fixture');
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <CredentialDetail heldId={saved.value.id} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return saved.value;
}

const pmp = { credentialId: 'pmp', stage: 'earned' as const, earnedDate: '2017-02-03' };

/** From now on every write to the credentials fails as a full disk makes it fail. */
function diskFull() {
  const transaction = store.db.transaction.bind(store.db) as (...args: unknown[]) => unknown;
  vi.spyOn(store.db, 'transaction').mockImplementation(((...args: unknown[]) => {
    const [mode, tables] = args as [string, string[] | string];
    if (mode === 'rw' && [tables].flat().includes('credentials'))
      return Promise.reject(
        Object.assign(new Error('Quota exceeded.'), { name: 'QuotaExceededError' }),
      );
    return transaction(...args);
  }) as typeof store.db.transaction);
}

async function ownNumberRow(label: RegExp) {
  const panel = await screen.findByRole('region', { name: 'The rule behind the numbers' }, SLOW);
  const input = within(panel).getAllByLabelText(label)[0]!;
  const row = input.closest('li')!;
  return { input, row };
}

describe('a credential write the database refuses', { timeout: 30_000 }, () => {
  it('"Record renewal" says nothing was saved, and why', async () => {
    const row = await showHeld('refused-renewal', pmp);
    const form = await screen.findByRole('form', { name: 'Record a renewal' }, SLOW);
    diskFull();
    fireEvent.change(within(form).getByLabelText('Renewed on'), {
      target: { value: '2019-05-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record renewal' }));
    await waitFor(() => expect(screen.queryByText(full)).not.toBeNull(), SLOW);
    expect(screen.queryByText(/^Renewal recorded/)).toBeNull();
    expect(await listHeld(store)).toEqual([row]);
  });

  it('"Use my number" says nothing was saved, and why', async () => {
    const row = await showHeld('refused-number', pmp);
    const { input, row: li } = await ownNumberRow(/^Your number for/);
    diskFull();
    fireEvent.change(input, { target: { value: '40' } });
    fireEvent.click(within(li).getByRole('button', { name: 'Use my number' }));
    await waitFor(() => expect(within(li).queryByText(full)).not.toBeNull(), SLOW);
    expect(await listHeld(store)).toEqual([row]);
  });

  it('"Save date" for an assumed renewal says nothing was saved, and why', async () => {
    const row = await showHeld('refused-assumed', {
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2014-06-15',
      renewals: [{ date: '2017-06-14', method: 'credits', assumed: true }],
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Record the date you renewed cycle 1' }, SLOW),
    );
    const form = await screen.findByRole('form', { name: 'Date you renewed cycle 1' }, SLOW);
    diskFull();
    fireEvent.change(within(form).getByLabelText('Renewed cycle 1 on'), {
      target: { value: '2017-05-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save date' }));
    await waitFor(() => expect(within(form).queryByText(full)).not.toBeNull(), SLOW);
    expect(await listHeld(store)).toEqual([row]);
  });
});

describe('the rule panel’s own number', { timeout: 30_000 }, () => {
  it('"1,500" is asked about, not saved as 1.5', async () => {
    const row = await showHeld('own-number-thousands', pmp);
    const { input, row: li } = await ownNumberRow(/^Your number for “Total per cycle/);
    fireEvent.change(input, { target: { value: '1,500' } });
    fireEvent.click(within(li).getByRole('button', { name: 'Use my number' }));
    await waitFor(
      () =>
        expect(
          within(li).queryByText(
            '“1,500” could be 1500 or 1.5: type the one you mean, 1500 or 1.5.',
          ),
        ).not.toBeNull(),
      SLOW,
    );
    expect(await listHeld(store)).toEqual([row]);
  });

  it('"1,5" is still read as 1.5', async () => {
    await showHeld('own-number-comma', pmp);
    const { input, row: li } = await ownNumberRow(/^Your number for “Total per cycle/);
    fireEvent.change(input, { target: { value: '40,5' } });
    fireEvent.click(within(li).getByRole('button', { name: 'Use my number' }));
    await waitFor(async () => {
      const [stored] = await listHeld(store);
      expect(Object.values(stored?.overrides ?? {})).toContain(40.5);
    }, SLOW);
  });

  it('is not saved over a change made in another window', async () => {
    const row = await showHeld('own-number-two-windows', pmp);
    const { input, row: li } = await ownNumberRow(/^Your number for/);
    // Another window records a renewal; this page has not drawn it yet when the number is saved.
    const elsewhere = { ...row, renewals: [{ date: '2019-05-01', method: 'credits' as const }] };
    const get = store.db.table('credentials').get.bind(store.db.table('credentials'));
    let written = false;
    const transaction = store.db.transaction.bind(store.db) as (...args: unknown[]) => unknown;
    vi.spyOn(store.db, 'transaction').mockImplementation(((...args: unknown[]) => {
      const [mode] = args as [string];
      if (mode === 'rw' && !written) {
        written = true;
        // The other window's write lands just before this one's.
        return (async () => {
          await store.db.table('credentials').put({ ...elsewhere, updatedAt: 'later' });
          return transaction(...args);
        })();
      }
      return transaction(...args);
    }) as typeof store.db.transaction);
    fireEvent.change(input, { target: { value: '40' } });
    fireEvent.click(within(li).getByRole('button', { name: 'Use my number' }));
    await waitFor(
      () => expect(within(li).queryByText(ruleSaveWords.conflict)).not.toBeNull(),
      SLOW,
    );
    expect((await get(row.id))?.renewals).toEqual(elsewhere.renewals);
  });
});
