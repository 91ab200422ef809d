// The last contact deleted in another window (here: a repository write outside the screen)
// while a new interaction is being typed. The form gave way to "Add a contact first", and what
// was typed was lost. Now the form stays with what was typed; its contact field asks for a
// contact and says there is none left to choose; once one is added, it can be chosen and the
// interaction saved. A form about to open with no contact at all still says to add one first.
// Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
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
  store = await openStore(freshName('interaction-last-contact-gone'));
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

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={['interactions', 'new']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const tab = () => screen.getByRole('region', { name: 'Interactions' });

describe('the last contact, deleted while a new interaction is typed', () => {
  it('keeps the form and its text; the contact field asks for a contact', async () => {
    const ana = await contact('Ana Lima');
    show();
    const form = await screen.findByRole('form', { name: 'Log an interaction' }, SLOW);
    const notes = within(form).getByLabelText<HTMLTextAreaElement>('Notes');
    fireEvent.change(notes, { target: { value: 'Exam tips' } });

    await deleteContact(store, ana, 'unlink');
    await waitFor(
      () => expect(within(form).queryByRole('option', { name: 'Ana Lima' })).toBeNull(),
      SLOW,
    );
    expect(form.isConnected).toBe(true);
    expect(tab().textContent).not.toContain('Add a contact first');
    expect(notes.value).toBe('Exam tips');
    expect(hasUnsavedChanges()).toBe(true);
    const select = within(form).getByLabelText<HTMLSelectElement>('Contact');
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe('Choose a contact');
    expect(form.textContent).toContain(
      'You have no contacts now. Add one under Contacts and mentors, then choose it here.',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await within(form).findAllByText('Choose a contact from your network.', {}, SLOW);
    expect(await listInteractions(store)).toHaveLength(0);
    expect(notes.value).toBe('Exam tips');

    // A contact added (in the other window): it can be chosen, and the interaction saved.
    const bram = await contact('Bram Jansen');
    await within(form).findByRole('option', { name: 'Bram Jansen' }, SLOW);
    expect(form.textContent).not.toContain('You have no contacts now.');
    fireEvent.change(select, { target: { value: bram } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Log an interaction' })).toBeNull(),
      SLOW,
    );
    const [saved] = await listInteractions(store);
    expect(saved!.contactId).toBe(bram);
    expect(saved!.notes).toBe('Exam tips');
  });

  it('with no contact at all, the form does not open: add a contact first, as before', async () => {
    show();
    await waitFor(() => expect(tab().textContent).toContain('Add a contact first'), SLOW);
    expect(screen.queryByRole('form', { name: 'Log an interaction' })).toBeNull();
  });
});
