/**
 * The journal rows the dashboard, the reminders and the calendar read (issue 9): only what can
 * be due — open courses, events, planned follow-ups with what decides whether they are still
 * open, memberships with a renewal day (in a window, for the dashboard's card) — and the names of the contacts shown, by their indexes, instead
 * of every table of a career read whole.
 */
import { addDays, type LocalDate } from '../../../../shared/dates';
import { followUpDue, oldestOverdueListed, openFollowUps } from '../../../../shared/domain/journal';
import { compareEvents, compareInteractions } from '../../../../shared/domain/journal/list-order';
import type { Store } from '../database';
import type { CourseRow, EventRow } from './journal';
import type { ContactRow, InteractionRow, MembershipRow } from './journal-network';

const rows = <T>(store: Store, name: string) => store.db.table<T, string>(name);

/*
 * Every read here is a plain key range, which Dexie answers with one getAll. Its anyOf and
 * noneOf walk a cursor instead, one round trip per row, which costs more than reading a few
 * thousand rows whole.
 */

/** Courses neither completed nor dropped: every status on either side of those two. */
export async function listOpenCourses(store: Store): Promise<CourseRow[]> {
  const status = () => rows<CourseRow>(store, 'courses').where('status');
  const parts = await Promise.all([
    status().below('completed').toArray(),
    status().between('completed', 'dropped', false, false).toArray(),
    status().above('dropped').toArray(),
  ]);
  return parts.flat();
}

/**
 * Memberships with a renewal day, by the renewal index (a membership without one is not in
 * it): what can give a renewal deadline. Ended ones are among them; the deadline rule leaves
 * them out (collectDeadlines). A person belongs to a handful of associations, so these are
 * few rows whatever the length of the career.
 */
export const listRenewingMemberships = (store: Store): Promise<MembershipRow[]> =>
  rows<MembershipRow>(store, 'memberships').where('renewal').aboveOrEqual('').toArray();

/**
 * Up to this many contacts with a follow-up, their interactions are read contact by contact;
 * beyond it, the interactions table whole in one read (each read has a cost of its own, and
 * with that many contacts most of the table is theirs anyway).
 */
export const THREADS_BY_CONTACT = 50;

/**
 * Interactions with a follow-up planned (from `from`, any day when not given, to `until`, or
 * any day when null), together with every interaction with the same contacts: openFollowUps decides whether a follow-up is
 * still open from the later interactions with the same person only, so these rows give it the
 * same answer for every follow-up here as the whole table does. A follow-up without a readable
 * contact (which neither a save nor a restore lets through) is judged against the whole table,
 * as before.
 */
export async function followUpThreads(
  store: Store,
  until: LocalDate | null,
  from: LocalDate | '' = '',
): Promise<InteractionRow[]> {
  const table = rows<InteractionRow>(store, 'interactions');
  const planned = await (
    until === null
      ? table.where('followUp').aboveOrEqual(from)
      : table.where('followUp').between(from, until, true, true)
  ).toArray();
  const contacts = [...new Set(planned.map((i) => i.contactId as unknown))];
  if (contacts.length === 0) return [];
  const readable = (c: unknown): c is string => typeof c === 'string' && c !== '';
  if (contacts.length > THREADS_BY_CONTACT || !contacts.every(readable)) return table.toArray();
  const threads = await Promise.all(
    contacts.map((c) => table.where('contactId').equals(c).toArray()),
  );
  return threads.flat();
}

/** The contacts with these ids that exist, by primary key (the ids may repeat). */
export async function contactsById(store: Store, ids: readonly string[]): Promise<ContactRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await rows<ContactRow>(store, 'contacts').bulkGet(unique);
  return found.filter((c): c is ContactRow => c !== undefined);
}

/** What upcomingItems reads, narrowed to what it can list; see upcomingSources. */
export interface UpcomingSources {
  events: EventRow[];
  interactions: InteractionRow[];
  memberships: MembershipRow[];
  /** The contacts of the open follow-ups listed, for their names. */
  contacts: ContactRow[];
}

/**
 * The rows upcomingItems(…, asOf, days) can list, in the order the whole tables give them
 * (so items on the same day keep their order): events starting by the window's end (an event
 * under way today started earlier, and only its row says when it ends), follow-ups planned
 * from the oldest overdue one listed (oldestOverdueListed) to the window's end with every
 * interaction with their contacts (a later interaction closes one), renewals over the same
 * days, by the renewal index (ended ones among them: the rule leaves them out), and the
 * contacts of the open follow-ups listed (followUpDue).
 */
export async function upcomingSources(
  store: Store,
  asOf: LocalDate,
  days: number,
): Promise<UpcomingSources> {
  const until = addDays(asOf, days);
  const oldest = oldestOverdueListed(asOf);
  const [events, memberships, threads] = await Promise.all([
    rows<EventRow>(store, 'events').where('start').belowOrEqual(until).toArray(),
    rows<MembershipRow>(store, 'memberships')
      .where('renewal')
      .between(oldest, until, true, true)
      .toArray(),
    followUpThreads(store, until, oldest),
  ]);
  // Latest first, as listInteractions gives them (compareInteractions): upcomingItems keeps
  // that order for follow-ups due on the same day, as the Network screen lists them.
  const interactions = threads.sort(compareInteractions);
  const due = openFollowUps(interactions).filter((i) => followUpDue(i, asOf, days));
  const contacts = await contactsById(
    store,
    due.map((i) => i.contactId),
  );
  // As the Events table lists them (compareEvents): events starting on one day keep that order
  // on the dashboard, not their random ids'.
  return { events: events.sort(compareEvents), interactions, memberships, contacts };
}
