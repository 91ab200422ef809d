/**
 * The order the network's and the learning journal's lists are in (Ascent's decision, M), as
 * held credentials are ordered by acronym (credentials/order): names as a person reads them —
 * case and accents aside, numbers by value — so "ana Lima" comes among the As, "de Vries" among
 * the Ds and "Émile Roux" among the Es, not after "Zhang Wei" as the stored text's code order
 * put them; dated entries latest first; ties by id, so two records never swap from one list to
 * the next. Before, memberships followed their stored id, a random string, so a new one landed
 * anywhere.
 */
import type { Contact, Course, Interaction, JournalEvent, MediaEntry, Membership } from './types';

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

/**
 * Interactions (the Interactions table, a contact's own list, the Dashboard's follow-ups on a
 * tie), latest first: the later day first; on one day the one logged later first, by its
 * creation stamp, the same "later" that decides whether it answers the other's follow-up
 * (openFollowUps); an interaction keeps no time of day. Ties by id. Before, interactions on
 * one day followed their stored id, a random string.
 */
export function compareInteractions(
  a: Pick<Interaction, 'id' | 'date'> & { createdAt?: string },
  b: Pick<Interaction, 'id' | 'date'> & { createdAt?: string },
): number {
  return later(a.date, b.date) || later(a.createdAt ?? '', b.createdAt ?? '') || byId(b, a);
}

/** The later of two days or ISO stamps first (as text: they sort as they read). */
const later = (x: string, y: string) => (x > y ? -1 : x < y ? 1 : 0);

type Logged = { id: string; createdAt?: string };

/** Latest first, by day, then the one logged later (as compareInteractions); ties by id. */
const latestFirst = (x: string, y: string, a: Logged, b: Logged) =>
  later(x, y) || later(a.createdAt ?? '', b.createdAt ?? '') || byId(b, a);

/**
 * Courses (the Learning screen's Courses table), latest first by their last day known — the
 * end, else the start — and on one day the one logged later first, as interactions; a course
 * with no dates yet comes last. Before, courses of one day followed their stored id, a random
 * string, so a new one landed above or below its neighbour by chance.
 */
export function compareCourses(
  a: Pick<Course, 'id' | 'start' | 'end'> & { createdAt?: string },
  b: Pick<Course, 'id' | 'start' | 'end'> & { createdAt?: string },
): number {
  return latestFirst(a.end ?? a.start ?? '', b.end ?? b.start ?? '', a, b);
}

/** Reading, webinars and podcasts, latest first by the day finished, as compareCourses. */
export function compareMedia(
  a: Pick<MediaEntry, 'id' | 'date'> & { createdAt?: string },
  b: Pick<MediaEntry, 'id' | 'date'> & { createdAt?: string },
): number {
  return latestFirst(a.date, b.date, a, b);
}

/**
 * Events (the Events table, the events a contact was met at), latest first by the day they
 * start, as the Events table has always dated them, and on one day the one logged later first,
 * as compareCourses. Before, events starting on one day followed their stored id, a random
 * string, so a new one landed above or below its neighbour by chance.
 */
export function compareEvents(
  a: Pick<JournalEvent, 'id' | 'start'> & { createdAt?: string },
  b: Pick<JournalEvent, 'id' | 'start'> & { createdAt?: string },
): number {
  return latestFirst(a.start, b.start, a, b);
}

type FollowUp = Pick<Interaction, 'id' | 'date'> & {
  followUp: NonNullable<Interaction['followUp']>;
  createdAt?: string;
};

/**
 * Follow-ups still open (the Network screen's Follow-ups list), the soonest due first: they are
 * a to-do list, not a log. Those due on one day keep the order of their interactions
 * (compareInteractions: the later interaction first, on one day the one logged later), the
 * order the Dashboard's card lists them in too. Before, the Network screen relied on the order
 * it was handed the interactions in.
 */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  const day = a.followUp < b.followUp ? -1 : a.followUp > b.followUp ? 1 : 0;
  return day || compareInteractions(a, b);
}
