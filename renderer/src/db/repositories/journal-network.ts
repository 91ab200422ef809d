/**
 * Repositories of the network journal (issue 6 part 4): contacts (mentors and mentees among
 * them), interactions with their follow-ups, and association memberships.
 */
import type { LocalDate } from '../../../../shared/dates';
import {
  validateContact,
  validateInteraction,
  validateMembership,
  type Contact,
  type Interaction,
  type Membership,
} from '../../../../shared/domain/journal';
import {
  compareContacts,
  compareInteractions,
  compareMemberships,
} from '../../../../shared/domain/journal/list-order';
import type { Store } from '../database';
import {
  deleteEntry,
  saveEntry,
  type Input,
  type SaveOptions,
  type Stamped,
} from './journal-entries';
import { creditTables, type JournalSaved } from './journal-links';
import type { DeleteAction, Derive } from './journal';
import { writeTransaction } from './write';

export type ContactRow = Contact & Stamped;
export type InteractionRow = Interaction & Stamped;
export type MembershipRow = Membership & Stamped;

const rows = <T>(store: Store, name: string) => store.db.table<T, string>(name);

export const listContacts = async (store: Store) =>
  (await rows<ContactRow>(store, 'contacts').toArray()).sort(compareContacts);
/** Latest first; on one day the one logged later first (compareInteractions). */
export const listInteractions = async (store: Store) =>
  (await rows<InteractionRow>(store, 'interactions').toArray()).sort(compareInteractions);
export const listMemberships = async (store: Store) =>
  (await rows<MembershipRow>(store, 'memberships').toArray()).sort(compareMemberships);

/** The contacts who are mentors (the `relation` index), by name as listContacts orders them. */
export async function listMentors(store: Store): Promise<ContactRow[]> {
  const found = await rows<ContactRow>(store, 'contacts')
    .where('relation')
    .equals('mentor')
    .toArray();
  return found.sort(compareContacts);
}

/**
 * `ifStill`: the stored contact an edit form opened on; the save is refused, nothing written,
 * when it was changed or deleted since (in another window: saveEntry's check). Without it an
 * edit saved over a contact deleted elsewhere brought it back bare, without its interactions,
 * and the other window's Undo could then no longer put them back.
 */
export async function saveContact(
  store: Store,
  input: Input<Contact>,
  asOf: LocalDate,
  ifStill?: ContactRow,
): Promise<JournalSaved<ContactRow>> {
  // The day an edited contact already holds is not refused again (validateContact).
  const stored = input.id ? await rows<ContactRow>(store, 'contacts').get(input.id) : undefined;
  const check = (c: Contact) => validateContact(c, asOf, stored?.since);
  return saveEntry<Contact>(store, 'contacts', input, check, { asOf, ifStill });
}

/**
 * An interaction belongs to a known contact. The contacts are read inside the same write
 * transaction as the interaction (saveEntry's joins it), so a contact deleted in another window
 * either goes first and the save is refused (UNKNOWN_CONTACT), or goes after and takes the new
 * interaction with it: never an interaction pointing at no contact, which a restore refuses.
 */
export async function saveInteraction(
  store: Store,
  input: Input<Interaction>,
  /** `creditsOf`: how its credit entries are derived; an edit that changes none asks nothing. */
  options: SaveOptions & { creditsOf?: Derive<Interaction> },
): Promise<JournalSaved<InteractionRow>> {
  const tables = ['interactions', 'contacts', ...creditTables];
  return writeTransaction(store, tables, async () => {
    const known = new Set(
      (await rows<ContactRow>(store, 'contacts').toCollection().primaryKeys()).map(String),
    );
    return saveEntry<Interaction>(
      store,
      'interactions',
      input,
      (i) => validateInteraction(i, known, options.asOf),
      { ...options, tables: ['contacts'] },
    );
  });
}

/** A follow-up is done: it is cleared (the interaction stays). */
/** A follow-up marked done: the date it had, and the interaction as that left it (for Undo). */
export interface ClearedFollowUp {
  followUp: LocalDate;
  cleared: InteractionRow;
}

/**
 * Marks a follow-up done (clears its date). Returns what Undo needs, or null when there was
 * none to clear (already done, or deleted, elsewhere).
 */
export async function clearFollowUp(store: Store, id: string): Promise<ClearedFollowUp | null> {
  return writeTransaction(store, ['interactions'], async () => {
    const table = rows<InteractionRow>(store, 'interactions');
    const row = await table.get(id);
    if (!row?.followUp) return null;
    const cleared = { ...row, followUp: null, updatedAt: new Date().toISOString() };
    await table.put(cleared);
    return { followUp: row.followUp, cleared };
  });
}

/**
 * Undo of clearFollowUp: the follow-up date back, only while the interaction is still exactly
 * as marking it done left it (compared by content: a date set and done again since, or any
 * other change or a delete, is left as it is). Returns whether it was put back.
 */
export async function restoreFollowUp(store: Store, done: ClearedFollowUp): Promise<boolean> {
  return writeTransaction(store, ['interactions'], async () => {
    const table = rows<InteractionRow>(store, 'interactions');
    const row = await table.get(done.cleared.id);
    if (JSON.stringify(row) !== JSON.stringify(done.cleared)) return false;
    await table.put({ ...row!, followUp: done.followUp, updatedAt: new Date().toISOString() });
    return true;
  });
}

/** `ifStill`: as saveContact's, for an edit of a membership. */
export async function saveMembership(
  store: Store,
  input: Input<Membership>,
  asOf: LocalDate,
  ifStill?: MembershipRow,
): Promise<JournalSaved<MembershipRow>> {
  return saveEntry<Membership>(store, 'memberships', input, validateMembership, {
    asOf,
    ifStill,
  });
}

/**
 * A contact goes with its interactions, whose credit entries follow the user's answer, and
 * leaves the "contacts met" of every event, all in one transaction.
 */
export const deleteContact = (store: Store, id: string, action: DeleteAction) =>
  deleteEntry(
    store,
    'contacts',
    id,
    action,
    [{ table: 'interactions', key: 'contactId', sources: true }],
    [{ table: 'events', field: 'contactIds' }],
  );

export const deleteInteraction = (store: Store, id: string, action: DeleteAction) =>
  deleteEntry(store, 'interactions', id, action);

export const deleteMembership = (store: Store, id: string) =>
  deleteEntry(store, 'memberships', id, 'delete');
