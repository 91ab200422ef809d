// The command palette finds the person's own records by name: every typed word starts a word
// of the record's name, a few of each kind, the newest activities first.
import { afterEach, describe, expect, it } from 'vitest';
import {
  RECENT_ACTIVITIES,
  findRecords,
  recordMatcher,
} from '../../renderer/src/app/command-palette/records';
import { openStore, type Store } from '../../renderer/src/db/database';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  await store?.db.delete();
});

const stamp = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };

async function seed() {
  store = await openStore(freshName('palette-records'));
  const db = store.db;
  await db
    .table('credentials')
    .add({ id: 'h1', credentialId: 'pmp', stage: 'earned', earnedDate: '2024-02-01', ...stamp });
  await db.table('goals').add({ id: 'g1', title: 'Lead a risk review board', ...stamp });
  await db.table('studyPlans').add({ id: 'p1', title: 'PMP exam preparation', ...stamp });
  await db
    .table('contacts')
    .add({ id: 'c1', name: 'Priya Raman', organisation: 'Acme Health', ...stamp });
  await db.table('contacts').add({ id: 'c2', name: 'Sam Okafor', organisation: '', ...stamp });
  const activity = (id: string, title: string, date: string) => ({
    id,
    title,
    date,
    type: 'course-or-training',
    amount: 1,
    unit: 'hours',
    status: 'earned',
    ...stamp,
  });
  for (let i = 1; i <= 7; i++)
    await db.table('activities').add(activity(`r${i}`, `Risk clinic ${i}`, `2025-0${i}-10`));
  await db.table('activities').add(activity('x1', 'Agile coaching', '2025-08-01'));
}

describe('recordMatcher', () => {
  it.each([
    ['priya', 'Priya Raman', true],
    ['pri ram', 'Priya Raman', true],
    ['raman priya', 'Priya Raman', true],
    ['iya', 'Priya Raman', false],
    ['risk', 'Lead a risk review board', true],
    ['PMP', 'PMP — Project Management Professional', true],
    ['management', 'PMP — Project Management Professional', true],
  ])('“%s” in “%s”: %s', (query, text, expected) => {
    expect(recordMatcher(query)!(text)).toBe(expected);
  });

  it('nothing typed matches nothing (the palette then shows its commands only)', () => {
    expect(recordMatcher('   ')).toBeNull();
  });
});

describe('findRecords', () => {
  it('finds a contact by a first name, with where to go', async () => {
    await seed();
    expect(await findRecords(store, 'priya')).toEqual([
      {
        id: 'open-c1',
        group: 'Open',
        label: 'Contact: Priya Raman, Acme Health',
        href: '#/network/contacts?q=Priya%20Raman',
      },
    ]);
  });

  it('finds the held credential by its acronym or its name', async () => {
    await seed();
    const byAcronym = await findRecords(store, 'pmp');
    expect(byAcronym.map((c) => c.label)).toEqual([
      'Credential: PMP — Project Management Professional',
      'Study plan: PMP exam preparation',
    ]);
    expect(byAcronym[0]!.href).toBe('#/credentials/h1');
    expect((await findRecords(store, 'project management')).map((c) => c.id)).toEqual(['open-h1']);
  });

  it('lists a goal and at most five activities, the newest first', async () => {
    await seed();
    const found = await findRecords(store, 'risk');
    expect(found.map((c) => c.id)).toEqual([
      'open-g1',
      'open-r7',
      'open-r6',
      'open-r5',
      'open-r4',
      'open-r3',
    ]);
    expect(found[1]!.href).toBe('#/credit-log/r7');
    expect(found[1]!.label).toMatch(/^Activity: Risk clinic 7 · /);
  });

  it('finds nothing for a word no record has', async () => {
    await seed();
    expect(await findRecords(store, 'zebra')).toEqual([]);
  });
});

describe('findRecords: activities among the newest only', () => {
  it('reads no further back than RECENT_ACTIVITIES entries', async () => {
    store = await openStore(freshName('palette-recent'));
    const rows = Array.from({ length: RECENT_ACTIVITIES + 10 }, (_, i) => ({
      id: `a${i}`,
      // Oldest first: a0 is the oldest, dated days apart.
      date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      title:
        i === 0
          ? 'Ancient risk clinic'
          : i === RECENT_ACTIVITIES + 9
            ? 'Newest risk clinic'
            : 'Webinar',
      type: 'webinar',
      amount: 1,
      unit: 'hours',
      status: 'earned',
      ...stamp,
    }));
    await store.db.table('activities').bulkAdd(rows);
    const found = await findRecords(store, 'risk clinic');
    expect(found.map((c) => c.id)).toEqual([`open-a${RECENT_ACTIVITIES + 9}`]);
  });
});
