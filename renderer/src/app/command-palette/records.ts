/**
 * The person's own records in the command palette ("priya" finds the contact, "pmo forum" the
 * event): credentials, goals, study plans, courses, events, reading, contacts, interactions,
 * memberships and credit-log activities whose name has every typed word at the start of one of
 * its words, as the commands are matched. Read when asked, a few of each: the palette must
 * answer at once on a 25-year log, so the long lists (activities, reading, interactions) are
 * looked through newest first and only so far back.
 */
import { localDateOf, type LocalDate } from '../../../../shared/dates';
import { inListingOrder } from '../../../../shared/domain/credentials';
import { compareInteractions } from '../../../../shared/domain/journal/list-order';
import { membershipState } from '../../../../shared/domain/journal/facts';
import { searchFold } from '../../../../shared/text/search';
import { formatDate } from '../../components/format';
import type { Store } from '../../db/database';
import type { ActivityRow } from '../../db/repositories/activities';
import type { GoalRow } from '../../db/repositories/career';
import { withRules, type CustomRow, type HeldRow } from '../../db/repositories/credentials';
import type { CourseRow, EventRow, MediaRow } from '../../db/repositories/journal';
import type {
  ContactRow,
  InteractionRow,
  MembershipRow,
} from '../../db/repositories/journal-network';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { interactionKindLabels, mediaKindLabels } from '../../features/learning/messages';
import { hrefFor, type AreaId } from '../routes';
import type { Command } from './commands';
import { heldRecordLabels } from './held-labels';

/** At most this many records of one kind; activities are the newest that match. */
export const RECORDS_PER_KIND = 5;

/**
 * Activities, reading and interactions are looked for among the newest this many of each only
 * (about the last two years of a busy log): reading a 25-year log of 20,000 entries to find
 * nothing takes seconds, and each screen's own search covers every entry.
 */
export const RECENT_ACTIVITIES = 1_500;

/**
 * Words of a text, case and accents aside (searchFold): runs of letters and digits, so a word
 * after a slash or inside quotation marks ("Risk/Issue", “Making Things Happen”) is one.
 */
const words = (text: string) =>
  searchFold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A matcher for `query`: every typed word starts a word of the text (null: nothing typed). */
export function recordMatcher(query: string): ((text: string) => boolean) | null {
  const typed = words(query);
  if (typed.length === 0) return null;
  return (text) => {
    const own = words(text);
    return typed.every((t) => own.some((w) => w.startsWith(t)));
  };
}

const open = (id: string, label: string, href: string): Command => ({
  id: `open-${id}`,
  group: 'Open',
  label,
  href,
});

/**
 * A journal tab with its search filled in (`#/network/memberships?q=PMI`): the Network screen
 * shows just that entry; the Learning screen opens the tab (it has no address for one entry).
 */
const tabSearch = (area: AreaId, tab: string, q: string) =>
  `${hrefFor(area, tab)}?q=${encodeURIComponent(q)}`;

/** The newest rows of a table with a `date` index that match, read no further than RECENT_ACTIVITIES. */
function newest<T>(store: Store, table: string, match: (row: T) => boolean): Promise<T[]> {
  let read = 0;
  return store.db
    .table<T, string>(table)
    .orderBy('date')
    .reverse()
    .until(() => read++ >= RECENT_ACTIVITIES)
    .filter(match)
    .limit(RECORDS_PER_KIND)
    .toArray();
}

/**
 * The newest matching rows as `compare` orders them (latest first), read no further back than
 * RECENT_ACTIVITIES: `newest` reads by date alone, so on a day shared past the last place it
 * would keep the rows in stored-id order; here the whole of that day is read, then ordered.
 */
async function newestInOrder<T extends { date: string }>(
  store: Store,
  table: string,
  match: (row: T) => boolean,
  compare: (a: T, b: T) => number,
): Promise<T[]> {
  let read = 0;
  const found: T[] = [];
  await store.db
    .table<T, string>(table)
    .orderBy('date')
    .reverse()
    .until(
      (row) =>
        read++ >= RECENT_ACTIVITIES ||
        (found.length >= RECORDS_PER_KIND && row.date < found[found.length - 1]!.date),
    )
    .each((row) => {
      if (match(row)) found.push(row);
    });
  return found.sort(compare).slice(0, RECORDS_PER_KIND);
}

/**
 * The records matching `query`, kind by kind (credentials, goals, plans, journal, activities);
 * a membership's state as on `asOf`.
 */
export async function findRecords(
  store: Store,
  query: string,
  asOf: LocalDate = localDateOf(new Date()),
): Promise<Command[]> {
  const match = recordMatcher(query);
  if (!match) return [];
  const db = store.db;
  // The short lists are read whole (a 25-year career has a few hundred courses or events).
  const [held, custom, goals, plans, contacts, courses, events, memberships] = await Promise.all([
    db.table<HeldRow, string>('credentials').toArray(),
    db.table<CustomRow, string>('customCredentials').toArray(),
    db.table<GoalRow, string>('goals').toArray(),
    db.table<StudyPlanRow, string>('studyPlans').toArray(),
    db.table<ContactRow, string>('contacts').toArray(),
    db.table<CourseRow, string>('courses').toArray(),
    db.table<EventRow, string>('events').toArray(),
    db.table<MembershipRow, string>('memberships').toArray(),
  ]);
  const nameOf = new Map(contacts.map((c) => [c.id, c.name]));
  const [activities, media, interactions] = await Promise.all([
    newest<ActivityRow>(store, 'activities', (a) => match(`${a.title} ${a.provider ?? ''}`)),
    newest<MediaRow>(store, 'media', (m) => match(`${m.title} ${m.author}`)),
    // Latest first as the Network screen lists them: on one day the one logged later first.
    newestInOrder<InteractionRow>(
      store,
      'interactions',
      (i) => match(`${nameOf.get(i.contactId) ?? ''} ${interactionKindLabels[i.kind]}`),
      compareInteractions,
    ),
  ]);
  const some = <T>(rows: readonly T[], text: (r: T) => string, newestFirst?: (r: T) => string) => {
    const found = rows.filter((r) => match(text(r)));
    if (newestFirst) found.sort((a, b) => newestFirst(b).localeCompare(newestFirst(a)));
    return found.slice(0, RECORDS_PER_KIND);
  };
  // In listing order (the earlier of two holdings of one credential first), each told from
  // another holding of the same credential by its days and status (heldRecordLabels).
  const credentials = inListingOrder(withRules(held, custom));
  const credentialLabels = heldRecordLabels(credentials, asOf);
  return [
    ...some(credentials, (h) => `${h.rule.acronym} ${h.rule.name}`).map((h) =>
      open(
        h.credential.id,
        credentialLabels.get(h.credential.id) ?? '',
        hrefFor('credentials', h.credential.id),
      ),
    ),
    ...some(goals, (g) => g.title).map((g) =>
      open(g.id, `Goal: ${g.title}`, hrefFor('goals', g.id)),
    ),
    ...some(plans, (p) => p.title).map((p) =>
      open(p.id, `Study plan: ${p.title}`, hrefFor('study', 'plan', p.id)),
    ),
    ...some(
      courses,
      (c) => `${c.title} ${c.provider}`,
      (c) => c.start ?? c.end ?? '',
    ).map((c) =>
      open(
        c.id,
        `Course: ${c.title}${c.provider ? `, ${c.provider}` : ''}`,
        tabSearch('learning', 'courses', c.title),
      ),
    ),
    ...some(
      events,
      (e) => `${e.name} ${e.organiser}`,
      (e) => e.start,
    ).map((e) =>
      open(
        e.id,
        `Event: ${e.name} — ${formatDate(e.start)}`,
        tabSearch('learning', 'events', e.name),
      ),
    ),
    ...media.map((m) =>
      open(
        m.id,
        `${mediaKindLabels[m.kind]}: ${m.title}${m.author ? `, ${m.author}` : ''} · ${formatDate(m.date)}`,
        tabSearch('learning', 'reading', m.title),
      ),
    ),
    ...some(contacts, (c) => `${c.name} ${c.organisation}`).map((c) =>
      open(
        c.id,
        `Contact: ${c.name}${c.organisation ? `, ${c.organisation}` : ''}`,
        tabSearch('network', 'contacts', c.name),
      ),
    ),
    ...interactions.map((i) => {
      const name = nameOf.get(i.contactId) ?? '';
      return open(
        i.id,
        `Interaction: ${name}, ${interactionKindLabels[i.kind]} · ${formatDate(i.date)}`,
        tabSearch('network', 'interactions', name),
      );
    }),
    ...some(memberships, (m) => m.organisation).map((m) =>
      open(
        m.id,
        `Membership: ${m.organisation}${membershipWhen(m, asOf)}`,
        tabSearch('network', 'memberships', m.organisation),
      ),
    ),
    ...activities.map((a) =>
      open(a.id, `Activity: ${a.title} · ${formatDate(a.date)}`, hrefFor('credit-log', a.id)),
    ),
  ];
}

/**
 * " — starts 1 Jan 2027", " — renews 22 Mar 2027", " — ends 31 Jan 2027", " — ended 1 Jan
 * 2026", " — lapsed: renewal date 1 Nov 2026 passed", or nothing for a membership with no end:
 * its state on `asOf` as the Memberships tab states it (membershipState).
 */
function membershipWhen(m: MembershipRow, asOf: LocalDate): string {
  const state = membershipState(m, asOf);
  if (state.kind === 'starts') return ` — starts ${formatDate(state.on)}`;
  if (state.kind === 'left') return ` — ended ${formatDate(state.on)}`;
  if (state.kind === 'lapsed') return ` — lapsed: renewal date ${formatDate(state.on)} passed`;
  if (m.endedOn) return ` — ends ${formatDate(m.endedOn)}`;
  return m.renewal ? ` — renews ${formatDate(m.renewal)}` : '';
}
