// The contact and membership forms when their record is changed or deleted in another window
// (here: a repository write outside the screen) while the form is open, as the interaction form
// does: the form says so, keeps what was typed and writes nothing; only a save after that
// replaces the change, or adds a deleted contact again as a new one — never under the deleted
// one's id, so the other window's Undo still puts the contact back with their interactions.
// Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, Membership } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { restoreEntry } from '../../../renderer/src/db/repositories/journal';
import {
  deleteContact,
  listContacts,
  listInteractions,
  listMemberships,
  saveContact,
  saveInteraction,
  saveMembership,
  type ContactRow,
  type MembershipRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
const TEST = { timeout: 30_000 };

const priya: Omit<Contact, 'id'> = {
  name: 'Priya Shah',
  organisation: 'Acme',
  role: '',
  howMet: '',
  tags: [],
  relation: 'contact',
  since: null,
  until: null,
  notes: '',
};
const chapter: Omit<Membership, 'id'> = {
  organisation: 'PMI Lisbon chapter',
  since: '2026-01-10',
  renewal: '2027-01-10',
  endedOn: null,
  cost: null,
  notes: '',
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('network-edit-conflict'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(tab: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={[tab]} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function seedContact(): Promise<ContactRow> {
  const saved = await saveContact(store, priya, asOf);
  if (!saved.ok) throw new Error('contact not saved');
  return saved.value;
}

async function seedMembership(): Promise<MembershipRow> {
  const saved = await saveMembership(store, chapter, asOf);
  if (!saved.ok) throw new Error('membership not saved');
  return saved.value;
}

/** Opens the row's edit form and types a note in it. */
async function openEdit(row: RegExp, form: string) {
  const found = await screen.findByRole('row', { name: row }, SLOW);
  fireEvent.click(within(found).getByRole('button', { name: /^Edit/ }));
  const opened = screen.getByRole('form', { name: form });
  fireEvent.change(within(opened).getByLabelText('Notes'), { target: { value: 'Met at PMI' } });
  return opened;
}

const CONTACT_CHANGED =
  'This contact was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.';
const CONTACT_DELETED = /^This contact was deleted in another window after you opened this form/;
const MEMBERSHIP_CHANGED =
  'This membership was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.';

describe('the contact form after the contact changed in another window', TEST, () => {
  it('says so and writes nothing; saved again, it replaces the change', async () => {
    const seeded = await seedContact();
    show('contacts');
    const form = await openEdit(/Priya Shah/, 'Edit contact');
    const there = await saveContact(store, { ...seeded, organisation: 'Globex' }, asOf);
    expect(there.ok).toBe(true);

    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await within(form).findByText(CONTACT_CHANGED, {}, SLOW);
    let [stored] = await listContacts(store);
    expect(stored!.organisation).toBe('Globex');
    expect(stored!.notes).toBe('');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Met at PMI');

    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit contact' })).toBeNull(),
      SLOW,
    );
    [stored] = await listContacts(store);
    expect(stored!.organisation).toBe('Acme');
    expect(stored!.notes).toBe('Met at PMI');
  });

  it('does not bring back a contact deleted there; the other window’s Undo still restores them with their interactions', async () => {
    const seeded = await seedContact();
    const call = await saveInteraction(
      store,
      {
        contactId: seeded.id,
        date: '2026-11-20',
        kind: 'call',
        hours: 1,
        area: 'powerSkills',
        followUp: null,
        notes: '',
      },
      { asOf },
    );
    expect(call.ok).toBe(true);
    show('contacts');
    const form = await openEdit(/Priya Shah/, 'Edit contact');
    const removed = await deleteContact(store, seeded.id, 'unlink');

    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await within(form).findByText(CONTACT_DELETED, {}, SLOW);
    expect(await listContacts(store)).toHaveLength(0);

    // Saved after the form said so: added again, as a new contact.
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit contact' })).toBeNull(),
      SLOW,
    );
    const [again] = await listContacts(store);
    expect(again!.id).not.toBe(seeded.id);
    expect(again!.notes).toBe('Met at PMI');

    expect(await restoreEntry(store, removed!)).toBe(true);
    expect((await listContacts(store)).map((c) => c.id)).toContain(seeded.id);
    expect((await listInteractions(store)).map((i) => i.contactId)).toEqual([seeded.id]);
  });
});

describe('the membership form after the membership changed in another window', TEST, () => {
  it('says so and writes nothing; saved again, it replaces the change', async () => {
    const seeded = await seedMembership();
    show('memberships');
    const form = await openEdit(/PMI Lisbon chapter/, 'Edit membership');
    const there = await saveMembership(store, { ...seeded, renewal: '2028-01-10' }, asOf);
    expect(there.ok).toBe(true);

    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));
    await within(form).findByText(MEMBERSHIP_CHANGED, {}, SLOW);
    let [stored] = await listMemberships(store);
    expect(stored!.renewal).toBe('2028-01-10');
    expect(stored!.notes).toBe('');

    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit membership' })).toBeNull(),
      SLOW,
    );
    [stored] = await listMemberships(store);
    expect(stored!.renewal).toBe('2027-01-10');
    expect(stored!.notes).toBe('Met at PMI');
  });
});
