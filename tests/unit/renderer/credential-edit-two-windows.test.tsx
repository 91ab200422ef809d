// A held credential's "Edit stage and dates" form while the credential is changed elsewhere
// (another window on the same database: here, writes straight through the repository). Only
// a change to what the form shows is news to it; a renewal recorded meanwhile is kept by the
// save. The clock is frozen, so every save carries the same timestamp.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  recordRenewal,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const CHANGED = 'This credential was changed in another window after you opened this form.';

let store: Store;
let held: HeldRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('credential-two-windows'));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-15', renewals: [] },
    ASOF,
  );
  if (!saved.ok) throw new Error('fixture');
  held = saved.value;
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function openFormAndType() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>
          <CredentialDetail heldId={held.id} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
  const form = screen.getByRole('form', { name: 'Edit credential' });
  fireEvent.change(within(form).getByLabelText('Exam date (optional)'), {
    target: { value: '2024-02-02' },
  });
  return form;
}

describe('a credential edited here and changed elsewhere', { timeout: 20_000 }, () => {
  it('is not told of a renewal recorded meanwhile, and its save keeps the renewal', async () => {
    const form = await openFormAndType();
    const renewed = await recordRenewal(store, held.id, { date: '2026-11-20' }, ASOF);
    expect(renewed.ok).toBe(true);
    await screen.findByText(/^Renewed on /, {}, SLOW);
    expect(within(form).queryByRole('alert')).toBeNull();

    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit credential' })).toBeNull(),
      SLOW,
    );
    expect(await listHeld(store)).toMatchObject([
      { examDate: '2024-02-02', earnedDate: '2024-03-15', renewals: [{ date: '2026-11-20' }] },
    ]);
  });

  it('is told of a changed date, keeps what was typed, and a save replaces the change', async () => {
    const form = await openFormAndType();
    const elsewhere = await saveHeld(store, { ...held, earnedDate: '2024-04-01' }, ASOF);
    expect(elsewhere.ok).toBe(true);
    expect(await within(form).findByRole('alert', {}, SLOW)).toHaveProperty(
      'textContent',
      expect.stringContaining(CHANGED),
    );
    expect(within(form).getByLabelText('Exam date (optional)')).toHaveProperty(
      'value',
      '2024-02-02',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit credential' })).toBeNull(),
      SLOW,
    );
    expect(await listHeld(store)).toMatchObject([
      { examDate: '2024-02-02', earnedDate: '2024-03-15' },
    ]);
  });
});
