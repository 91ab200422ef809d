// Whatever the journal saves, a backup of it reads back (review: an event's place, a session's
// speaker and the links had no limit; a save the app accepted made every later backup
// unrestorable, refused as ROW_INVALID). Each kind of journal entry is saved with every text
// at the most its check allows, in emoji (two UTF-16 units each, the most a character takes),
// and the backup is read back whole; one character more is refused at the save, saying the
// limit and how much to cut. Today 22 Nov 2026.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  saveCourse,
  saveEvent,
  saveMedia,
  type SessionInput,
} from '../../renderer/src/db/repositories/journal';
import {
  saveContact,
  saveInteraction,
  saveMembership,
} from '../../renderer/src/db/repositories/journal-network';
import { journalErrorText } from '../../renderer/src/features/learning/messages';
import {
  LINK_MAX,
  NAME_MAX,
  TAG_MAX,
  TEXT_MAX,
  type Contact,
  type Course,
  type Interaction,
  type JournalEvent,
  type MediaEntry,
  type Membership,
} from '../../shared/domain/journal';
import { freshName } from './helpers';

const asOf = '2026-11-22';
/** `n` characters of two UTF-16 units each. */
const text = (n: number) => '📚'.repeat(n);
const link = (n: number) => `https://example.com/${text(n - 'https://example.com/'.length)}`;
const reflection = (n: number) => ({ learned: text(n), apply: text(n) });

const course = (n = 0): Omit<Course, 'id'> => ({
  title: text(NAME_MAX + n),
  provider: text(TEXT_MAX + n),
  format: 'virtual',
  status: 'completed',
  start: '2026-03-01',
  end: '2026-03-04',
  contactHours: 21,
  cost: { amount: 900, currency: 'EUR' },
  link: link(LINK_MAX + n),
  topic: 'agile',
  split: null,
  notes: text(TEXT_MAX + n),
  reflection: reflection(TEXT_MAX + n),
});
const event = (n = 0): Omit<JournalEvent, 'id'> => ({
  name: text(NAME_MAX + n),
  kind: 'conference',
  organiser: text(TEXT_MAX + n),
  start: '2026-10-05',
  end: '2026-10-06',
  place: text(TEXT_MAX + n),
  virtual: false,
  cost: { amount: 250, currency: 'EUR' },
  link: link(LINK_MAX + n),
  notes: text(TEXT_MAX + n),
  contactIds: [],
  reflection: reflection(TEXT_MAX + n),
});
const sessions = (n = 0): SessionInput[] => [
  {
    title: text(NAME_MAX + n),
    speaker: text(TEXT_MAX + n),
    hours: 1.5,
    area: 'businessAcumen',
    givenByMe: false,
  },
];
const media = (n = 0): Omit<MediaEntry, 'id'> => ({
  kind: 'reading',
  title: text(NAME_MAX + n),
  author: text(TEXT_MAX + n),
  date: '2026-06-01',
  hours: 6,
  area: 'waysOfWorking',
  link: link(LINK_MAX + n),
  notes: text(TEXT_MAX + n),
  reflection: reflection(TEXT_MAX + n),
});
const contact = (n = 0): Omit<Contact, 'id'> => ({
  name: text(NAME_MAX + n),
  organisation: text(TEXT_MAX + n),
  role: text(TEXT_MAX + n),
  howMet: text(TEXT_MAX + n),
  tags: [text(TAG_MAX + n), text(TAG_MAX)],
  relation: 'mentor',
  since: '2026-01-10',
  until: null,
  notes: text(TEXT_MAX + n),
});
const interaction = (contactId: string, n = 0): Omit<Interaction, 'id'> => ({
  contactId,
  date: '2026-11-10',
  kind: 'mentoring-received',
  notes: text(TEXT_MAX + n),
  hours: 1.5,
  area: 'powerSkills',
  followUp: null,
  reflection: reflection(TEXT_MAX + n),
});
const membership = (n = 0): Omit<Membership, 'id'> => ({
  organisation: text(NAME_MAX + n),
  since: '2024-02-01',
  renewal: '2027-02-01',
  endedOn: null,
  cost: { amount: 120, currency: 'EUR' },
  notes: text(TEXT_MAX + n),
});

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('journal-text-backup'));
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

async function contactId(): Promise<string> {
  const saved = await saveContact(store, contact(), asOf);
  if (!saved.ok) throw new Error(`contact refused: ${JSON.stringify(saved.errors)}`);
  return saved.value.id;
}

type Refused = { field: string; code: string; expected?: number; actual?: number };
/** The errors of a refused save, each as the form says it. */
function said(result: { ok: true } | { ok: false; errors: readonly Refused[] }) {
  if (result.ok) throw new Error('saved, though one character over');
  return result.errors.map((e) => [e.field, journalErrorText(e.code, e)]);
}
const over = (limit: number) =>
  `This is too long: ${(limit + 1).toLocaleString('en-GB')} characters, at most ${limit.toLocaleString('en-GB')} fit. Shorten it by 1.`;
const reflectionOver = [
  ['reflection.learned', over(TEXT_MAX)],
  ['reflection.apply', over(TEXT_MAX)],
];

describe('every journal text at its longest', { timeout: 60_000 }, () => {
  it('is saved, and the backup of it reads back whole', async () => {
    const results: { ok: boolean; errors?: unknown }[] = [
      await saveCourse(store, course(), { asOf }),
      await saveEvent(store, event(), sessions(), { asOf }),
      await saveMedia(store, media(), { asOf }),
      await saveMembership(store, membership(), asOf),
    ];
    const person = await contactId();
    results.push(await saveInteraction(store, interaction(person), { asOf }));
    expect(results.map((r) => (r.ok ? 'ok' : r.errors))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);

    const read = await readBackupFile((await exportBackup(store, { appVersion: '0.4.0' })).bytes);
    expect(read.ok ? 'read' : read.problems.slice(0, 5)).toBe('read');
    if (!read.ok) return;
    const tables = read.value.tables;
    for (const table of [
      'courses',
      'events',
      'eventSessions',
      'media',
      'contacts',
      'interactions',
      'memberships',
    ])
      expect(tables[table], table).toHaveLength(1);
    expect((tables.events![0] as { place?: unknown }).place).toBe(text(TEXT_MAX));
  });
});

describe('one character more', { timeout: 60_000 }, () => {
  it('a course is refused, field by field', async () => {
    expect(said(await saveCourse(store, course(1), { asOf }))).toEqual([
      ['title', over(NAME_MAX)],
      ['provider', over(TEXT_MAX)],
      ['link', over(LINK_MAX)],
      ['notes', over(TEXT_MAX)],
      ...reflectionOver,
    ]);
  });

  it('an event and its session are refused, field by field', async () => {
    expect(said(await saveEvent(store, event(1), sessions(1), { asOf }))).toEqual([
      ['name', over(NAME_MAX)],
      ['organiser', over(TEXT_MAX)],
      ['place', over(TEXT_MAX)],
      ['link', over(LINK_MAX)],
      ['notes', over(TEXT_MAX)],
      ...reflectionOver,
      ['sessions.0.title', over(NAME_MAX)],
      ['sessions.0.speaker', over(TEXT_MAX)],
    ]);
  });

  it('reading is refused, field by field', async () => {
    expect(said(await saveMedia(store, media(1), { asOf }))).toEqual([
      ['title', over(NAME_MAX)],
      ['author', over(TEXT_MAX)],
      ['link', over(LINK_MAX)],
      ['notes', over(TEXT_MAX)],
      ...reflectionOver,
    ]);
  });

  it('a contact is refused, field by field', async () => {
    expect(said(await saveContact(store, contact(1), asOf))).toEqual([
      ['name', over(NAME_MAX)],
      ['organisation', over(TEXT_MAX)],
      ['role', over(TEXT_MAX)],
      ['howMet', over(TEXT_MAX)],
      ['notes', over(TEXT_MAX)],
      ['tags', `A tag is too long: 61 characters, at most 60 fit. Shorten it by 1.`],
    ]);
  });

  it('an interaction and a membership are refused, field by field', async () => {
    const person = await contactId();
    expect(said(await saveInteraction(store, interaction(person, 1), { asOf }))).toEqual([
      ['notes', over(TEXT_MAX)],
      ...reflectionOver,
    ]);
    expect(said(await saveMembership(store, membership(1), asOf))).toEqual([
      ['organisation', over(NAME_MAX)],
      ['notes', over(TEXT_MAX)],
    ]);
  });

  it('the review’s event (150,000 characters of place, speaker and link) is refused, and the backup still reads', async () => {
    const long = 'x'.repeat(150_000);
    const result = await saveEvent(
      store,
      { ...event(), name: 'PMO Summit', place: long, link: `https://example.com/${long}` },
      [{ ...sessions()[0]!, title: 'Benefits', speaker: long }],
      { asOf },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'place',
      'link',
      'sessions.0.speaker',
    ]);
    expect(await store.db.table('events').count()).toBe(0);
    const read = await readBackupFile((await exportBackup(store, { appVersion: '0.4.0' })).bytes);
    expect(read.ok).toBe(true);
  });
});
