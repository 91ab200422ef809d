/**
 * A recorded renewal changed in another window while its Edit is open on the credential's page
 * (PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020, domain-facts §1): the form stays where it
 * was, with what was typed and the unsaved-changes guard; Save says the credential changed and
 * saves nothing, so the other window's change is never overwritten; Cancel closes it, focus on
 * the list's heading (the renewal's Edit went with its old day).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  editRenewal,
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
let store: Store;

afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

/** The page of a PMP renewed on 10 Jan 2020, on 1 Jun 2024. */
async function page(label: string): Promise<{ row: HeldRow; list: HTMLElement }> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2024, 5, 1, 9, 0));
  store = await openStore(freshName(label));
  const saved = await saveHeld(
    store,
    {
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2017-02-03',
      renewals: [{ date: '2020-01-10' }],
    },
    '2024-06-01',
  );
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
  const list = await screen.findByRole('region', { name: 'Recorded renewals' }, SLOW);
  return { row: saved.value, list };
}

/** Opens the Edit of the renewal of 10 Jan 2020, types 20 Jan, then another window moves it. */
async function editedElsewhere(label: string) {
  const { row, list } = await page(label);
  fireEvent.click(
    within(list).getByRole('button', { name: `Edit the renewal of ${day('2020-01-10')}` }),
  );
  const name = `Edit the renewal of ${day('2020-01-10')}`;
  const form = await within(list).findByRole('form', { name }, SLOW);
  const input = within(form).getByLabelText('Renewed on') as HTMLInputElement;
  await waitFor(() => expect(document.activeElement).toBe(input), SLOW);
  fireEvent.change(input, { target: { value: '2020-01-20' } });

  const other = await editRenewal(store, row, '2020-01-10', { date: '2020-01-15' }, '2024-06-01');
  if (!other.ok) throw new Error('fixture');
  await waitFor(() => expect(list.textContent).toContain(day('2020-01-15')), SLOW);
  return { list, name, other: other.value };
}

describe('a renewal changed elsewhere while its Edit is open', { timeout: 20_000 }, () => {
  it('keeps the form and what was typed; Save says it changed and overwrites nothing', async () => {
    const { list, name, other } = await editedElsewhere('renewal-edit-elsewhere-save');
    const form = within(list).getByRole('form', { name });
    const input = within(form).getByLabelText('Renewed on') as HTMLInputElement;
    expect(input.value).toBe('2020-01-20');
    expect(hasUnsavedChanges()).toBe(true);
    expect(
      within(form).getByRole('button', { name: 'Cancel' }).closest('li')!.textContent,
    ).toContain(
      `${day('2020-01-10')}: changed elsewhere since you opened its Edit. Cancel to see the renewals as they are now.`,
    );

    await act(async () =>
      fireEvent.click(within(form).getByRole('button', { name: 'Save renewal' })),
    );
    await waitFor(
      () =>
        expect(form.textContent).toContain(
          'The credential changed since this page was drawn; nothing was saved.',
        ),
      SLOW,
    );
    expect(within(list).getByRole('form', { name })).toBe(form);
    expect(await listHeld(store)).toEqual([other]);
  });

  it('Cancel closes it, focus on the list heading', async () => {
    const { list, name, other } = await editedElsewhere('renewal-edit-elsewhere-cancel');
    const form = within(list).getByRole('form', { name });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull(), SLOW);
    await waitFor(
      () =>
        expect(document.activeElement).toBe(
          within(list).getByRole('heading', { name: 'Recorded renewals' }),
        ),
      SLOW,
    );
    expect(hasUnsavedChanges()).toBe(false);
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(await listHeld(store)).toEqual([other]);
  });
});
