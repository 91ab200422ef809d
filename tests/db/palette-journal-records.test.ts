// The command palette finds the learning and network journal by name as it finds credentials
// and contacts: each result says its kind ("Course: …", "Event: … — 13 Dec 2026") and goes to
// the tab that lists it, with the tab's search filled in.
import { afterEach, describe, expect, it } from 'vitest';
import { RECENT_ACTIVITIES, findRecords } from '../../renderer/src/app/command-palette/records';
import { formatDate } from '../../renderer/src/components/format';
import { openStore, type Store } from '../../renderer/src/db/database';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  await store?.db.delete();
});

const stamp = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
const common = { cost: null, link: '', notes: '', ...stamp };

async function seed() {
  store = await openStore(freshName('palette-journal'));
  const db = store.db;
  await db.table('courses').add({
    ...common,
    id: 'k1',
    title: 'PMO set-up and operations',
    provider: 'Training provider',
    format: 'virtual',
    status: 'completed',
    start: '2026-08-22',
    end: '2026-08-26',
    contactHours: 16,
    topic: 'pmo',
    split: null,
  });
  await db.table('events').add({
    ...common,
    id: 'e1',
    name: 'PMO Forum',
    kind: 'conference',
    organiser: 'PMO forum',
    start: '2026-12-13',
    end: '2026-12-14',
    place: 'Manchester',
    virtual: false,
    contactIds: [],
  });
  await db.table('media').add({
    ...common,
    id: 'm1',
    kind: 'reading',
    title: 'The Lean PMO',
    author: 'J. Smith',
    date: '2026-11-02',
    hours: 6,
    area: 'waysOfWorking',
  });
  await db.table('contacts').add({ id: 'c1', name: 'Morgan Ellis', organisation: '', ...stamp });
  await db.table('interactions').add({
    ...stamp,
    id: 'i1',
    contactId: 'c1',
    date: '2026-11-13',
    kind: 'mentoring-received',
    notes: 'Talked through the study plan.',
    hours: 1,
    area: 'powerSkills',
    followUp: null,
  });
  await db.table('memberships').add({
    ...common,
    id: 's1',
    organisation: 'PMI UK Chapter',
    since: '2025-03-22',
    renewal: '2027-03-22',
    endedOn: null,
  });
}

// Dates as the app writes them in this locale ("13 Dec 2026" in en-GB).
const d = formatDate;
const labels = async (query: string) => (await findRecords(store, query)).map((c) => c.label);

describe('findRecords: the learning and network journal', () => {
  it('finds a course by its title and opens the Courses tab searching for it', async () => {
    await seed();
    expect(await findRecords(store, 'pmo set-up')).toEqual([
      {
        id: 'open-k1',
        group: 'Open',
        label: 'Course: PMO set-up and operations, Training provider',
        href: '#/learning/courses?q=PMO%20set-up%20and%20operations',
      },
    ]);
  });

  it('finds an event by its name, with its first day, and opens the Events tab', async () => {
    await seed();
    const found = await findRecords(store, 'pmo forum');
    expect(found.map((c) => c.label)).toEqual([`Event: PMO Forum — ${d('2026-12-13')}`]);
    expect(found[0]!.href).toBe('#/learning/events?q=PMO%20Forum');
  });

  it('finds a book by its title or its author and opens Reading and listening', async () => {
    await seed();
    expect(await labels('lean pmo')).toEqual([
      `Reading: The Lean PMO, J. Smith · ${d('2026-11-02')}`,
    ]);
    expect(await labels('smith')).toEqual([`Reading: The Lean PMO, J. Smith · ${d('2026-11-02')}`]);
    expect((await findRecords(store, 'lean'))[0]!.href).toBe(
      '#/learning/reading?q=The%20Lean%20PMO',
    );
  });

  it('finds a membership by its organisation, with its renewal day', async () => {
    await seed();
    const found = await findRecords(store, 'pmi uk', '2026-11-20');
    expect(found.map((c) => c.label)).toEqual([
      `Membership: PMI UK Chapter — renews ${d('2027-03-22')}`,
    ]);
    expect(found[0]!.href).toBe('#/network/memberships?q=PMI%20UK%20Chapter');
  });

  it('finds an interaction by the person or its kind', async () => {
    await seed();
    expect(await labels('morgan')).toEqual([
      'Contact: Morgan Ellis',
      `Interaction: Morgan Ellis, Mentoring I received · ${d('2026-11-13')}`,
    ]);
    const mentoring = await findRecords(store, 'mentoring');
    expect(mentoring.map((c) => c.href)).toEqual(['#/network/interactions?q=Morgan%20Ellis']);
  });

  it('"pmo" lists each kind under its own name, the course before the event and the book', async () => {
    await seed();
    expect(await labels('pmo')).toEqual([
      'Course: PMO set-up and operations, Training provider',
      `Event: PMO Forum — ${d('2026-12-13')}`,
      `Reading: The Lean PMO, J. Smith · ${d('2026-11-02')}`,
    ]);
  });
});

describe('findRecords: reading among the newest only', () => {
  it('reads no further back than RECENT_ACTIVITIES entries, as for activities', async () => {
    store = await openStore(freshName('palette-media-recent'));
    const rows = Array.from({ length: RECENT_ACTIVITIES + 10 }, (_, i) => ({
      ...common,
      id: `m${i}`,
      kind: 'podcast',
      // Oldest first: m0 is the oldest, dated days apart.
      date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      title:
        i === 0 ? 'Ancient PMO talk' : i === RECENT_ACTIVITIES + 9 ? 'Newest PMO talk' : 'Chat',
      author: '',
      hours: 1,
      area: 'powerSkills',
    }));
    await store.db.table('media').bulkAdd(rows);
    const found = await findRecords(store, 'pmo talk');
    expect(found.map((c) => c.id)).toEqual([`open-m${RECENT_ACTIVITIES + 9}`]);
  });
});
