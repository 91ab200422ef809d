// An interaction and its contact across two windows (issue 6 part 4): the contact is checked in
// the same write transaction as the interaction, so a contact deleted by another window can
// never leave an interaction pointing at no contact (a restore refuses such a backup).
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact, Interaction } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteContact,
  saveContact,
  saveInteraction,
} from '../../renderer/src/db/repositories/journal-network';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const ana: Omit<Contact, 'id'> = {
  name: 'Ana Lima',
  organisation: '',
  role: '',
  howMet: '',
  tags: [],
  relation: 'mentor',
  since: '2025-09-01',
  until: null,
  notes: '',
};
const call = (contactId: string): Omit<Interaction, 'id'> => ({
  contactId,
  date: '2026-09-01',
  kind: 'call',
  notes: 'Talked about the exam',
  hours: 1,
  area: 'powerSkills',
  followUp: null,
});

const opened: Store[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.db.close();
});

/** Two windows on one database, and a contact saved in the first. */
async function twoWindowsWithAna() {
  const name = freshName('interaction-contact');
  const here = await openStore(name);
  const there = await openStore(name);
  opened.push(here, there);
  const saved = await saveContact(here, ana, asOf);
  if (!saved.ok) throw new Error('contact not saved');
  return { here, there, contactId: saved.value.id };
}

/** Interactions whose contact is gone: what a restore would refuse. */
async function dangling(store: Store): Promise<string[]> {
  const contacts = new Set(
    (await store.db.table('contacts').toCollection().primaryKeys()).map(String),
  );
  const rows = await store.db.table<{ id: string; contactId: string }>('interactions').toArray();
  return rows.filter((r) => !contacts.has(r.contactId)).map((r) => r.id);
}

describe('saving an interaction while its contact is deleted in another window', () => {
  it('a contact deleted just before: refused with the unknown-contact error, nothing written', async () => {
    const { here, there, contactId } = await twoWindowsWithAna();
    expect(await deleteContact(there, contactId, 'delete')).toBeDefined();
    const result = await saveInteraction(here, call(contactId), { asOf });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'contactId', code: 'UNKNOWN_CONTACT' }],
    });
    expect(await here.db.table('interactions').count()).toBe(0);
    expect(await here.db.table('activities').count()).toBe(0);
  });

  it('a delete that lands while the save reads the contacts never leaves an orphan', async () => {
    const { here, there, contactId } = await twoWindowsWithAna();
    // The other window deletes the contact the moment this one has read the contacts: with
    // the read outside the write transaction the delete would run in between.
    let deleting: Promise<unknown> | undefined;
    const table = here.db.table.bind(here.db);
    const watched = (name: string) => {
      const real = table(name);
      if (name !== 'contacts') return real;
      return Object.assign(Object.create(real) as typeof real, {
        toCollection: () => {
          const all = real.toCollection();
          return Object.assign(Object.create(all) as typeof all, {
            primaryKeys: async () => {
              const keys = await all.primaryKeys();
              deleting ??= Dexie.ignoreTransaction(() => deleteContact(there, contactId, 'delete'));
              return keys;
            },
          });
        },
      });
    };
    vi.spyOn(here.db, 'table').mockImplementation(watched as typeof here.db.table);
    const result = await saveInteraction(here, call(contactId), { asOf });
    await deleting;
    vi.restoreAllMocks();
    expect(deleting).toBeDefined();
    // The save went first, so the delete took the new interaction with its contact.
    expect(result.ok).toBe(true);
    expect(await here.db.table('contacts').count()).toBe(0);
    expect(await dangling(here)).toEqual([]);
    expect(await here.db.table('interactions').count()).toBe(0);
  });
});
