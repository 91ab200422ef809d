/**
 * Editing a recorded renewal on the credential's page (PMP earned 3 Feb 2017: cycle 1 to
 * 2 Feb 2020, its suspension year to 2 Feb 2021, domain-facts §1):
 * - Edit opens the renewal's own fields filled in, focus in its date; saved, the row shows the
 *   new day, focus is back on its Edit and the notice says the day it had before (no Undo);
 * - Cancel, and Escape (asking first once something was typed), close it with nothing saved
 *   and focus back on the renewal's Edit; so does Save with nothing changed;
 * - an edit refused (after the PMP expired, or leaving another renewal renewing no cycle) says
 *   why and what to do at the date, the form stays open, and nothing is saved;
 * - in a suite (PRINCE2, §3), how it was renewed is filled in and can be changed.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
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
import { PlatformProvider } from '../../../renderer/src/platform';
import type { HeldCredential, Renewal } from '../../../shared/domain/credentials';
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

/** The page of a credential held since `earnedDate`, on 1 Jun 2024. */
async function page(
  label: string,
  renewals: Renewal[],
  extra: Partial<HeldCredential> = { credentialId: 'pmp', earnedDate: '2017-02-03' },
): Promise<{ row: HeldRow; list: HTMLElement }> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2024, 5, 1, 9, 0));
  store = await openStore(freshName(label));
  const input = { credentialId: 'pmp', stage: 'earned' as const, renewals, ...extra };
  const saved = await saveHeld(store, input, '2024-06-01');
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

const editButton = (list: HTMLElement, date: string) =>
  within(list).getByRole('button', { name: `Edit the renewal of ${day(date)}` });

async function openEdit(list: HTMLElement, date: string) {
  fireEvent.click(editButton(list, date));
  const form = await within(list).findByRole(
    'form',
    { name: `Edit the renewal of ${day(date)}` },
    SLOW,
  );
  const input = within(form).getByLabelText('Renewed on') as HTMLInputElement;
  await waitFor(() => expect(document.activeElement).toBe(input), SLOW);
  return { form, input };
}

describe('editing a recorded renewal', { timeout: 20_000 }, () => {
  it('opens its day filled in; saved, the row shows the new day and focus is on its Edit', async () => {
    const { list } = await page('renewal-edit-save', [{ date: '2020-01-10' }]);
    const { form, input } = await openEdit(list, '2020-01-10');
    expect(input.value).toBe('2020-01-10');
    fireEvent.change(input, { target: { value: '2020-01-20' } });
    await act(async () =>
      fireEvent.click(within(form).getByRole('button', { name: 'Save renewal' })),
    );
    await waitFor(() => expect(document.activeElement).toBe(editButton(list, '2020-01-20')), SLOW);
    expect(within(list).queryByRole('form')).toBeNull();
    expect(within(list).getByRole('listitem').textContent).toContain(
      `${day('2020-01-20')}: renewed cycle 1 (${day('2017-02-03')} – ${day('2020-02-02')})`,
    );
    expect((await listHeld(store))[0]!.renewals).toEqual([{ date: '2020-01-20' }]);
    expect(
      screen.queryByText(
        `Renewal of PMP saved: now ${day('2020-01-20')} (it was ${day('2020-01-10')}).`,
      ),
    ).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Cancel after typing keeps the renewal as it was, focus back on its Edit', async () => {
    const { row, list } = await page('renewal-edit-cancel', [{ date: '2020-01-10' }]);
    const { form, input } = await openEdit(list, '2020-01-10');
    fireEvent.change(input, { target: { value: '2020-01-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(editButton(list, '2020-01-10')), SLOW);
    expect(within(list).queryByRole('form')).toBeNull();
    expect(await listHeld(store)).toEqual([row]);
  });

  it('Save with nothing changed closes it and writes nothing', async () => {
    const { row, list } = await page('renewal-edit-unchanged', [{ date: '2020-01-10' }]);
    const { form } = await openEdit(list, '2020-01-10');
    fireEvent.click(within(form).getByRole('button', { name: 'Save renewal' }));
    await waitFor(() => expect(document.activeElement).toBe(editButton(list, '2020-01-10')), SLOW);
    expect(await listHeld(store)).toEqual([row]);
  });

  it('Escape closes it at once when nothing was typed, else after "Discard your changes?"', async () => {
    const { row, list } = await page('renewal-edit-escape', [{ date: '2020-01-10' }]);
    let { input } = await openEdit(list, '2020-01-10');
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(editButton(list, '2020-01-10')), SLOW);
    expect(within(list).queryByRole('form')).toBeNull();

    ({ input } = await openEdit(list, '2020-01-10'));
    fireEvent.change(input, { target: { value: '2020-01-20' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(document.activeElement).toBe(editButton(list, '2020-01-10')), SLOW);
    expect(within(list).queryByRole('form')).toBeNull();
    expect(await listHeld(store)).toEqual([row]);
  });

  it('a day after the PMP expired is refused at the date, saying what to do; nothing saved', async () => {
    const { row, list } = await page('renewal-edit-expired', [{ date: '2020-01-10' }]);
    const { form, input } = await openEdit(list, '2020-01-10');
    fireEvent.change(input, { target: { value: '2021-03-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save renewal' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const error = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe(
      `Nothing was saved: PMP expired on ${day('2021-02-03')}, so a renewal from that day on cannot renew it. If it was renewed in time, check the date you entered; if not, PMI asks for the exam again.`,
    );
    expect(within(list).getByRole('form')).toBe(form);
    expect(await listHeld(store)).toEqual([row]);
  });

  it('a day that leaves another renewal renewing no cycle is refused, naming it', async () => {
    const { row, list } = await page('renewal-edit-strands', [
      { date: '2020-01-10' },
      { date: '2022-12-01' },
    ]);
    const { form, input } = await openEdit(list, '2022-12-01');
    fireEvent.change(input, { target: { value: '2019-12-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save renewal' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(form.textContent).toContain(
      `Nothing was saved: with this renewal on ${day('2019-12-01')}, your renewal of ${day('2020-01-10')} would renew no cycle. Enter another date, or correct that renewal first.`,
    );
    expect(await listHeld(store)).toEqual([row]);
  });
});

describe('editing a PRINCE2 renewal', { timeout: 20_000 }, () => {
  it('fills in how it was renewed, and saves a change of it', async () => {
    const { list } = await page('renewal-edit-suite', [{ date: '2024-05-01', method: 'exam' }], {
      credentialId: 'prince2-practitioner',
      earnedDate: '2023-03-01',
    });
    const { form } = await openEdit(list, '2024-05-01');
    const how = within(form).getByLabelText('How it was renewed') as HTMLSelectElement;
    expect(how.value).toBe('exam');
    fireEvent.change(how, { target: { value: 'credits' } });
    await act(async () =>
      fireEvent.click(within(form).getByRole('button', { name: 'Save renewal' })),
    );
    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull(), SLOW);
    expect((await listHeld(store))[0]!.renewals).toEqual([
      { date: '2024-05-01', method: 'credits' },
    ]);
  });
});
