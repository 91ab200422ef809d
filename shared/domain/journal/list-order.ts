/**
 * The order the network's lists are in (Ascent's decision, M), as held credentials are ordered
 * by acronym (credentials/order): names as a person reads them — case and accents aside,
 * numbers by value — so "ana Lima" comes among the As, "de Vries" among the Ds and "Émile Roux"
 * among the Es, not after "Zhang Wei" as the stored text's code order put them; ties by id, so
 * two records never swap from one list to the next. Before, memberships followed their stored
 * id, a random string, so a new one landed anywhere.
 */
import type { Contact, Membership } from './types';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Contacts (the Contacts table, the interaction form's choice, the mentors): by name. */
export function compareContacts(
  a: Pick<Contact, 'id' | 'name'>,
  b: Pick<Contact, 'id' | 'name'>,
): number {
  return collator.compare(a.name, b.name) || byId(a, b);
}

/** Memberships: by association, then the one that began earlier. */
export function compareMemberships(
  a: Pick<Membership, 'id' | 'organisation' | 'since'>,
  b: Pick<Membership, 'id' | 'organisation' | 'since'>,
): number {
  return (
    collator.compare(a.organisation, b.organisation) || a.since.localeCompare(b.since) || byId(a, b)
  );
}
