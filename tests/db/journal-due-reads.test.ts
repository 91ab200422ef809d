/**
 * Issue 9: the dashboard's "Events and follow-ups" card (upcomingSources) and the deadlines of
 * the dashboard, the reminders and the calendar (journalSources) read only the journal rows
 * that can be due, by their indexes. Over a generated career with follow-ups, memberships,
 * events and courses planted on every edge, they give exactly what the whole tables give —
 * the same items in the same order with the same names — on many days, and stay live.
 */
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listEvents, listCourses, saveCourse } from '../../renderer/src/db/repositories/journal';
import {
  THREADS_BY_CONTACT,
  upcomingSources,
} from '../../renderer/src/db/repositories/journal-due';
import {
  listContacts,
  listInteractions,
  listMemberships,
  saveContact,
  saveInteraction,
} from '../../renderer/src/db/repositories/journal-network';
import { journalSources } from '../../renderer/src/db/study-hooks';
import { addDays, isLocalDate, type LocalDate } from '../../shared/dates';
import {
  oldestOverdueListed,
  openFollowUps,
  upcomingItems,
  type UpcomingItem,
} from '../../shared/domain/journal';
import { compareEvents } from '../../shared/domain/journal/list-order';
import { collectDeadlines, type DeadlineSources } from '../../shared/domain/study';
import { createRandom } from '../bench/dataset/random';
import { TODAY, UNTIL, WINDOW_DAYS, dashboardCareer, followUpShares } from './dashboard-reads-data';
import { freshName } from './helpers';

const open: Store[] = [];
const subscriptions: { unsubscribe(): void }[] = [];
afterEach(() => {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  for (const s of open.splice(0)) s.db.close();
});

async function careerStore(
  label: string,
  seed = 1,
  followUps: keyof typeof followUpShares = 'sparse',
): Promise<Store> {
  const store = await openStore(freshName(`journal-due-${label}`));
  open.push(store);
  await replaceAllData(store, dashboardCareer(seed, followUps));
  return store;
}

/** Contacts with a follow-up planned (from `from` to `until`, when given). */
async function contactsWithFollowUps(store: Store, until?: LocalDate, from?: LocalDate) {
  const all = await listInteractions(store);
  return new Set(
    all
      .filter(
        (i) =>
          i.followUp !== null && (!until || i.followUp <= until) && (!from || i.followUp >= from),
      )
      .map((i) => i.contactId),
  );
}

/** The sparse careers' follow-ups are read contact by contact, the dense one's whole. */
async function expectRegime(store: Store, followUps: keyof typeof followUpShares) {
  const contacts = (await contactsWithFollowUps(store)).size;
  if (followUps === 'sparse') expect(contacts).toBeLessThanOrEqual(THREADS_BY_CONTACT);
  else expect(contacts).toBeGreaterThan(THREADS_BY_CONTACT);
}

/** The generated careers: follow-ups with few contacts (read by contact) and many (whole). */
const careers = [
  [1, 'sparse'],
  [2, 'sparse'],
  [1, 'dense'],
] as const;

/** What the card showed before issue 9: upcomingItems over every journal table (useJournal). */
async function upcomingFromWholeTables(store: Store, asOf: LocalDate) {
  const [events, interactions, memberships, contacts] = await Promise.all([
    // As the Events table lists them (compareEvents), which the card now follows.
    listEvents(store).then((e) => e.sort(compareEvents)),
    listInteractions(store),
    listMemberships(store),
    listContacts(store),
  ]);
  return shown(upcomingItems({ events, interactions, memberships }, asOf, WINDOW_DAYS), contacts);
}

async function upcomingFromNarrowRead(store: Store, asOf: LocalDate) {
  const sources = await upcomingSources(store, asOf, WINDOW_DAYS);
  return shown(upcomingItems(sources, asOf, WINDOW_DAYS), sources.contacts);
}

type Shown =
  | Exclude<UpcomingItem, { kind: 'follow-up' }>
  | (Extract<UpcomingItem, { kind: 'follow-up' }> & { name: string });

/** Each item with the name the card gives its contact (UpcomingCard's nameOf). */
const shown = (items: UpcomingItem[], contacts: readonly { id: string; name: string }[]): Shown[] =>
  items.map((i) =>
    i.kind === 'follow-up'
      ? { ...i, name: contacts.find((c) => c.id === i.contactId)?.name ?? 'a contact' }
      : i,
  );

/** The planted contacts (dashboard-reads-data.ts): the medium career's last nine. */
const PLANTED = [191, 192, 193, 194, 195, 196, 197, 198, 199];
const contactOf = (n: number) => `contact-${String(n).padStart(6, '0')}`;

type Loose = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const day = (v: unknown): LocalDate | null => (isLocalDate(v) ? v : null);
const changed = (row: { updatedAt?: unknown }) =>
  typeof row.updatedAt === 'string' ? { changedAt: row.updatedAt } : {};

/**
 * journalSources as it was before issue 9, reading the courses, events, interactions and
 * contacts whole: what the deadlines must still be.
 */
async function journalSourcesFromWholeTables(store: Store): Promise<JournalSources> {
  const [courses, events, interactions, contacts, memberships] = await Promise.all(
    ['courses', 'events', 'interactions', 'contacts', 'memberships'].map((n) =>
      store.db.table<Loose, string>(n).toArray(),
    ),
  );
  const names = new Map(contacts!.map((c) => [text(c.id), text(c.name)]));
  const dated = <T extends { date: LocalDate | null }>(x: T): x is T & { date: LocalDate } =>
    x.date !== null;
  const contactsSeen = interactions!
    .map((i) => ({
      row: i,
      contactId: text(i.contactId),
      date: day(i.date),
      followUp: day(i.followUp),
      ...(typeof i.createdAt === 'string' ? { createdAt: i.createdAt } : {}),
    }))
    .filter(dated);
  return {
    courses: courses!
      .filter((c) => c.status !== 'completed' && c.status !== 'dropped')
      .map((c) => ({
        id: text(c.id),
        title: text(c.title) || 'Course',
        date: day(c.start),
        ...changed(c),
      }))
      .filter(dated),
    events: events!
      .map((e) => ({
        id: text(e.id),
        title: text(e.name) || text(e.title) || 'Event',
        date: day(e.start),
        ...changed(e),
      }))
      .filter(dated),
    followUps: openFollowUps(contactsSeen).map((i) => ({
      id: text(i.row.id),
      title: names.get(i.contactId) || 'a contact',
      date: i.followUp,
      ...changed(i.row),
    })),
    // Every membership, with or without a renewal day: the rule decides which are deadlines.
    memberships: memberships!.map((m) => ({
      id: text(m.id),
      organisation: text(m.organisation) || 'Membership',
      renewal: day(m.renewal),
      endedOn: day(m.endedOn),
      ...changed(m),
    })),
  };
}

type JournalSources = Pick<DeadlineSources, 'courses' | 'events' | 'followUps' | 'memberships'>;
const none = { cycles: [], exams: [], goals: [] };
const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** The sources with each list in id order (collectDeadlines orders them itself). */
const sorted = (s: JournalSources) => ({
  courses: byId(s.courses),
  events: byId(s.events),
  followUps: byId(s.followUps),
});

async function expectSameDeadlines(store: Store) {
  const [before, now] = await Promise.all([
    journalSourcesFromWholeTables(store),
    journalSources(store),
  ]);
  expect(sorted(now)).toEqual(sorted(before));
  expect(collectDeadlines({ ...none, ...now })).toEqual(collectDeadlines({ ...none, ...before }));
  return now;
}

/** Days around the planted edges, the window's ends and the whole career, drawn once. */
function days(): LocalDate[] {
  const r = createRandom(42);
  const around = [0, -1, 1, -2, -5, -29, -30, -31, -60, -61, 7, 30];
  return [
    ...around.map((n) => addDays(TODAY, n)),
    ...Array.from({ length: 8 }, () => addDays(TODAY, -r.int(60, 12 * 365))),
  ];
}

describe('the upcoming card reads only what it lists (upcomingSources)', () => {
  it.each(careers)(
    'lists the same items as the whole tables on many days (seed %i, %s follow-ups)',
    async (seed, followUps) => {
      const store = await careerStore(`upcoming-${seed}-${followUps}`, seed, followUps);
      await expectRegime(store, followUps);
      const kinds = new Set<string>();
      for (const asOf of days()) {
        const narrow = await upcomingFromNarrowRead(store, asOf);
        expect(narrow, asOf).toEqual(await upcomingFromWholeTables(store, asOf));
        for (const i of narrow) kinds.add(i.kind === 'follow-up' && i.overdue ? 'overdue' : i.kind);
      }
      expect([...kinds].sort()).toEqual(['event', 'follow-up', 'overdue', 'renewal']);
    },
  );

  it('shows the planted follow-ups, renewals and events as the rules say', async () => {
    const store = await careerStore('planted');
    const items = await upcomingFromNarrowRead(store, TODAY);
    expect(items).toEqual(await upcomingFromWholeTables(store, TODAY));
    const contacts = await listContacts(store);
    const nameOf = (n: number) => contacts.find((c) => c.id === contactOf(n))!.name;
    const planted = new Set([...PLANTED.map(contactOf), 'contact-gone']);
    const followUps = items.flatMap((i) =>
      i.kind === 'follow-up' && planted.has(i.contactId) ? [[i.date, i.name, i.overdue]] : [],
    );
    // 191 overdue; 192 answered later; 193 answered the same day, 194 not (same minute);
    // 195's first answered by its second, due on the window's last day; 196 after the window;
    // 197 not answered by a contact on the day before; 198 and 199 due the same day (the newer
    // interaction first); and a follow-up with a contact that is gone.
    expect(followUps).toEqual([
      [addDays(TODAY, -30), nameOf(191), true],
      [addDays(TODAY, 2), 'a contact', false],
      [addDays(TODAY, 3), nameOf(197), false],
      [addDays(TODAY, 5), nameOf(194), false],
      [addDays(TODAY, 7), nameOf(199), false],
      [addDays(TODAY, 7), nameOf(198), false],
      [UNTIL, nameOf(195), false],
    ]);
    // m-yesterday's renewal has passed: still owed, listed as overdue (as the reminders do).
    expect(items.filter((i) => i.kind === 'renewal').map((i) => i.id)).toEqual([
      'm-yesterday',
      'm-also-today',
      'm-today',
      'm-until',
    ]);
    // Two starting on one day, logged together: in the Events table's order (compareEvents).
    expect(items.filter((i) => i.kind === 'event').map((i) => i.id)).toEqual([
      'event-under-way',
      'event-zz',
      'event-aa',
      'event-until',
    ]);
  });

  // Due by the window's end, and not passed more than OVERDUE_DAYS ago (oldestOverdueListed):
  // the card lists a follow-up as the reminders do (followUpDue).
  it('reads no interaction of a contact without a follow-up the card can list', async () => {
    const store = await careerStore('narrow');
    const { interactions, contacts } = await upcomingSources(store, TODAY, WINDOW_DAYS);
    const all = await listInteractions(store);
    const planned = await contactsWithFollowUps(store, UNTIL, oldestOverdueListed(TODAY));
    expect(planned.size).toBeLessThanOrEqual(THREADS_BY_CONTACT);
    expect(interactions.length).toBeLessThan(all.length / 4);
    expect(interactions).toHaveLength(all.filter((i) => planned.has(i.contactId)).length);
    expect(interactions.every((i) => planned.has(i.contactId))).toBe(true);
    expect(contacts.length).toBeLessThan((await listContacts(store)).length);
  });

  it('stays live: a renamed contact shows its new name, a later call closes a follow-up', async () => {
    const store = await careerStore('live');
    const contactId = contactOf(191);
    const seen: Shown[][] = [];
    subscriptions.push(
      liveQuery(() => upcomingSources(store, TODAY, WINDOW_DAYS)).subscribe((s) =>
        seen.push(shown(upcomingItems(s, TODAY, WINDOW_DAYS), s.contacts)),
      ),
    );
    await until(() => seen.length === 1);
    const overdueOne = (items: Shown[]) =>
      items.find(
        (i): i is Extract<Shown, { kind: 'follow-up' }> =>
          i.kind === 'follow-up' && i.contactId === contactId,
      );
    expect(overdueOne(seen[0]!)).toMatchObject({ overdue: true });

    const contact = (await listContacts(store)).find((c) => c.id === contactId)!;
    const { createdAt: _c, updatedAt: _u, ...fields } = contact;
    expect((await saveContact(store, { ...fields, name: 'Renamed Person' }, TODAY)).ok).toBe(true);
    await until(() => overdueOne(seen.at(-1)!)?.name === 'Renamed Person');
    expect(seen.at(-1)).toEqual(await upcomingFromWholeTables(store, TODAY));

    const call = {
      contactId,
      date: addDays(TODAY, -1),
      kind: 'call' as const,
      notes: '',
      hours: 0,
      area: 'powerSkills' as const,
      followUp: null,
    };
    expect((await saveInteraction(store, call, { asOf: TODAY })).ok).toBe(true);
    await until(() => overdueOne(seen.at(-1)!) === undefined);
    expect(seen.at(-1)).toEqual(await upcomingFromWholeTables(store, TODAY));
  });
});

describe('the deadlines read only the journal rows that can be due (journalSources)', () => {
  it.each(careers)(
    'gives the same courses, events, follow-ups and renewals as the whole tables (seed %i, %s follow-ups)',
    async (seed, followUps) => {
      const store = await careerStore(`deadlines-${seed}-${followUps}`, seed, followUps);
      await expectRegime(store, followUps);
      const sources = await expectSameDeadlines(store);
      const courseIds = sources.courses.map((c) => c.id);
      expect(courseIds).toContain('course-planned');
      expect(courseIds).toContain('course-in-progress');
      expect(courseIds).not.toContain('course-dropped');
      expect(courseIds).not.toContain('course-completed');
      const open = sources.followUps.map((f) => f.id);
      expect(open).toContain(await plantedFollowUp(store, 196)); // after the window: shown
      expect(open).toContain(await plantedFollowUp(store, 191)); // overdue
      expect(open).not.toContain(await plantedFollowUp(store, 192)); // answered later
      // Only memberships with a renewal day are read; the ended one is read but no deadline.
      expect(sources.memberships.map((m) => m.id).sort()).toEqual([
        'm-after',
        'm-also-today',
        'm-ended',
        'm-today',
        'm-until',
        'm-yesterday',
      ]);
      const renewals = collectDeadlines({ ...none, ...sources })
        .filter((d) => d.kind === 'membership')
        .map((d) => [d.id, d.date]);
      expect(renewals).toEqual([
        ['membership:m-yesterday', addDays(TODAY, -1)],
        ['membership:m-also-today', TODAY],
        ['membership:m-today', TODAY],
        ['membership:m-until', UNTIL],
        ['membership:m-after', addDays(UNTIL, 1)],
      ]);
    },
  );

  it('stays the same after a course is completed and a follow-up answered, and updates live', async () => {
    const store = await careerStore('deadlines-live');
    const emissions: JournalSources[] = [];
    subscriptions.push(liveQuery(() => journalSources(store)).subscribe((s) => emissions.push(s)));
    await until(() => emissions.length === 1);
    expect(emissions[0]!.courses.map((c) => c.id)).toContain('course-in-progress');

    const course = (await listCourses(store)).find((c) => c.id === 'course-in-progress')!;
    const { id, createdAt: _c, updatedAt: _u, ...fields } = course;
    const saved = await saveCourse(
      store,
      { ...fields, id, status: 'completed', end: addDays(TODAY, -1) },
      { asOf: TODAY },
    );
    expect(saved.ok).toBe(true);
    await until(() => !emissions.at(-1)!.courses.some((c) => c.id === 'course-in-progress'));
    await expectSameDeadlines(store);

    const beyond = await plantedFollowUp(store, 196);
    expect(emissions.at(-1)!.followUps.map((f) => f.id)).toContain(beyond);
    const message = {
      contactId: contactOf(196),
      date: TODAY,
      kind: 'message' as const,
      notes: '',
      hours: 0,
      area: 'powerSkills' as const,
      followUp: null,
    };
    expect((await saveInteraction(store, message, { asOf: TODAY })).ok).toBe(true);
    await until(() => !emissions.at(-1)!.followUps.some((f) => f.id === beyond));
    expect(sorted(emissions.at(-1)!)).toEqual(sorted(await journalSourcesFromWholeTables(store)));
  });
});

/** The id of the interaction planted with a follow-up for contact `n` (the first one). */
async function plantedFollowUp(store: Store, n: number): Promise<string> {
  const all = await store.db
    .table('interactions')
    .where('contactId')
    .equals(contactOf(n))
    .sortBy('date');
  return all.find((i) => i.followUp !== null)!.id as string;
}

/** Waits for `done` to hold, failing after 3 s. */
async function until(done: () => boolean): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > 3_000) throw new Error('timed out waiting for a live result');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('events starting on one day, on the upcoming card', () => {
  it('are in the Events table’s order (the one logged later first), not their ids’', async () => {
    const store = await openStore(freshName('journal-due-same-day-events'));
    open.push(store);
    const event = (id: string, name: string, createdAt: string) => ({
      id,
      name,
      kind: 'conference',
      organiser: '',
      start: addDays(TODAY, 3),
      end: addDays(TODAY, 3),
      place: '',
      virtual: false,
      cost: null,
      link: '',
      notes: '',
      contactIds: [],
      createdAt,
      updatedAt: createdAt,
    });
    await store.db
      .table('events')
      .bulkAdd([
        event('a-first-id', 'Logged first', '2026-11-01T10:00:00.000Z'),
        event('b-second-id', 'Logged second', '2026-11-02T10:00:00.000Z'),
      ]);
    const sources = await upcomingSources(store, TODAY, WINDOW_DAYS);
    const names = upcomingItems(sources, TODAY, WINDOW_DAYS).flatMap((i) =>
      i.kind === 'event' ? [i.name] : [],
    );
    expect(names).toEqual(['Logged second', 'Logged first']);
  });
});
