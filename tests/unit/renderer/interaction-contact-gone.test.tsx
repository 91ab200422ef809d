// The interaction form's contact, when the contact chosen in it is deleted in another window
// (here: a repository write outside the screen) while the form is open. The select showed the
// first contact left — another person than the one the save would name — and the save was
// refused with "Choose a contact"; with one contact left, choosing the one shown changed
// nothing, so the interaction could not be saved at all. Now the select shows that a contact is
// to be chosen, the save says so at the field, and once one is chosen it saves.
// Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  deleteContact,
  listInteractions,
  saveContact,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('interaction-contact-gone'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

async function contact(name: string): Promise<string> {
  const saved = await saveContact(
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
  if (!saved.ok) throw new Error('contact not saved');
  return saved.value.id;
}

describe('the contact chosen in the interaction form, deleted in another window', () => {
  it('is not shown as another person; the save asks for a contact, then saves', async () => {
    const ana = await contact('Ana Lima');
    const priya = await contact('Priya Shah');
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['interactions', 'new']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Log an interaction' }, SLOW);
    const select = within(form).getByLabelText<HTMLSelectElement>('Contact');
    fireEvent.change(select, { target: { value: priya } });
    fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: 'Exam tips' } });

    await deleteContact(store, priya, 'unlink');
    // Only Ana Lima is left, but the form never says Ana Lima was chosen.
    await waitFor(
      () => expect(within(form).queryByRole('option', { name: 'Priya Shah' })).toBeNull(),
      SLOW,
    );
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe('Choose a contact');

    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await within(form).findAllByText('Choose a contact from your network.', {}, SLOW);
    expect(await listInteractions(store)).toHaveLength(0);
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Exam tips');

    fireEvent.change(select, { target: { value: ana } });
    expect(select.value).toBe(ana);
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Log an interaction' })).toBeNull(),
      SLOW,
    );
    const [saved] = await listInteractions(store);
    expect(saved!.contactId).toBe(ana);
    expect(saved!.notes).toBe('Exam tips');
  });
});
