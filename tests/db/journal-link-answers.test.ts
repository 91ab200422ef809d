// The answers about a journal entry's credit entries when the entry is edited (review A3, A4,
// A15): "Update them to match" keeps or carries the person's split, "Delete them" can be
// undone exactly (evidence included), and an edit that changes nothing the credit entries come
// from does not ask. PMP earned 15 Jan 2025; today 22 Nov 2026.
import { afterEach, describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../shared/domain/credentials';
import {
  courseCredits,
  eventCredits,
  type Course,
  type EventSession,
  type JournalEvent,
} from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities, saveActivity } from '../../renderer/src/db/repositories/activities';
import {
  confirmCredits,
  deleteCourse,
  linkedActivities,
  listSessions,
  restoreLinkedCredits,
  saveCourse,
  saveEvent,
  type CourseRow,
} from '../../renderer/src/db/repositories/journal';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
const creditsOf = (c: Course) => courseCredits(c, held).suggestions;
let store: Store;
afterEach(() => store?.db.close());

const pmo: Omit<Course, 'id'> = {
  title: 'PMO set-up and operations',
  provider: 'Acme Training',
  format: 'virtual',
  status: 'completed',
  start: '2026-09-01',
  end: '2026-09-03',
  contactHours: 16,
  cost: null,
  link: '',
  topic: 'general',
  split: null,
  notes: '',
};
const mine = { waysOfWorking: 4, powerSkills: 4, businessAcumen: 8 };

/** The course, its credit entry confirmed with the person's split 4/4/8. */
async function courseWithSplit(): Promise<CourseRow> {
  store = await openStore(freshName('link-answers'));
  const saved = await saveCourse(store, pmo, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const [proposed] = creditsOf(saved.value);
  const confirmed = await confirmCredits(
    store,
    'courses',
    saved.value.id,
    [{ ...proposed!.activity, split: mine }],
    asOf,
  );
  if (!confirmed.ok) throw new Error('credit entry not confirmed');
  return saved.value;
}

describe('Update them to match (review A3)', () => {
  it('asks first, saying the split 4/4/8 becomes 5/5/10; the answer writes exactly that', async () => {
    const c = await courseWithSplit();
    const [before] = await linkedActivities(store, c.id);
    await saveActivity(store, { ...before!, status: 'reported', claimCode: 'PMI-42' }, asOf);
    const edited = { ...c, contactHours: 20 };

    const asked = await saveCourse(store, edited, { asOf, creditsOf });
    expect(asked.ok).toBe(false);
    expect(!asked.ok && asked.question).toEqual({
      table: 'courses',
      linked: 1,
      update: {
        updated: 1,
        added: 0,
        removed: 0,
        splits: [
          {
            title: 'PMO set-up and operations',
            from: mine,
            to: { waysOfWorking: 5, powerSkills: 5, businessAcumen: 10 },
            scaled: true,
          },
        ],
      },
    });
    expect((await store.db.table('courses').get(c.id)).contactHours).toBe(16);

    const link = { action: 'update' as const, fresh: creditsOf(edited) };
    expect((await saveCourse(store, edited, { asOf, creditsOf, link })).ok).toBe(true);
    const after = await linkedActivities(store, c.id);
    expect(after.map((a) => [a.id, a.amount, a.split, a.status, a.claimCode])).toEqual([
      [
        before!.id,
        20,
        { waysOfWorking: 5, powerSkills: 5, businessAcumen: 10 },
        'reported',
        'PMI-42',
      ],
    ]);
  });

  it('keeps the split as it is when the hours stay and only the title changes', async () => {
    const c = await courseWithSplit();
    const edited = { ...c, title: 'PMO set-up' };
    const link = { action: 'update' as const, fresh: creditsOf(edited) };
    expect((await saveCourse(store, edited, { asOf, creditsOf, link })).ok).toBe(true);
    const [after] = await linkedActivities(store, c.id);
    expect([after!.title, after!.amount, after!.split]).toEqual(['PMO set-up', 16, mine]);
  });

  it('compares with the course as stored, not with what the form was opened on', async () => {
    const c = await courseWithSplit();
    // Another window changed the hours (and its credit entry followed) …
    const elsewhere = { ...c, contactHours: 20 };
    const link = { action: 'update' as const, fresh: creditsOf(elsewhere) };
    await saveCourse(store, elsewhere, { asOf, creditsOf, link });
    // … then this window saves its old form with a new note: that puts the hours back to 16,
    // so it asks, and an update carries 5/5/10 back to 4/4/8.
    const stale = { ...c, notes: 'Good trainer.' };
    const asked = await saveCourse(store, stale, {
      asOf,
      creditsOf,
      link: undefined,
    });
    expect(!asked.ok && asked.question?.update?.splits.map((s) => s.to)).toEqual([mine]);
    const back = {
      action: 'update' as const,
      fresh: creditsOf(stale),
      previous: creditsOf(c), // what the form believed: ignored, the stored course decides
    };
    await saveCourse(store, stale, { asOf, creditsOf, link: back });
    expect((await linkedActivities(store, c.id)).map((a) => [a.amount, a.split])).toEqual([
      [16, mine],
    ]);
  });
});

describe('an edit that changes nothing the credit entries come from (review A15)', () => {
  it('saves the notes without asking and leaves the credit entry exactly as it was', async () => {
    const c = await courseWithSplit();
    const before = await listActivities(store);
    const result = await saveCourse(store, { ...c, notes: 'Good trainer.' }, { asOf, creditsOf });
    expect(result.ok && [result.value.notes, result.untouched, result.credits]).toEqual([
      'Good trainer.',
      1,
      undefined,
    ]);
    expect(await listActivities(store)).toEqual(before);
  });

  it('an event: notes ask nothing, a session’s hours do', async () => {
    store = await openStore(freshName('link-answers'));
    const ev: Omit<JournalEvent, 'id'> = {
      name: 'PMO Summit',
      kind: 'conference',
      organiser: 'PMI',
      start: '2026-10-05',
      end: '2026-10-06',
      place: 'Utrecht',
      virtual: false,
      cost: null,
      link: '',
      notes: '',
      contactIds: [],
    };
    const sessions = [
      { title: 'One', speaker: 'A', hours: 1.5, area: 'powerSkills' as const, givenByMe: false },
      { title: 'Two', speaker: 'B', hours: 1, area: 'businessAcumen' as const, givenByMe: false },
    ];
    const saved = await saveEvent(store, ev, sessions, { asOf });
    if (!saved.ok) throw new Error('event not saved');
    const stored = await listSessions(store);
    const derive = (e: JournalEvent, s: readonly EventSession[]) =>
      eventCredits(e, s, held, asOf).suggestions;
    await confirmCredits(
      store,
      'events',
      saved.value.id,
      derive(saved.value, stored).map((s) => s.activity),
      asOf,
    );
    const before = await listActivities(store);
    const noted = await saveEvent(store, { ...saved.value, notes: 'Met two PMO leads.' }, stored, {
      asOf,
      creditsOf: derive,
    });
    expect(noted.ok && noted.untouched).toBe(2);
    expect(await listActivities(store)).toEqual(before);

    const longer = stored.map((s) => (s.title === 'Two' ? { ...s, hours: 2 } : s));
    const asked = await saveEvent(store, saved.value, longer, { asOf, creditsOf: derive });
    expect(!asked.ok && asked.question).toMatchObject({ table: 'events', linked: 2 });
  });
});

describe('Delete them, then Undo (review A4)', () => {
  it('puts the credit entries back exactly, with their evidence bytes', async () => {
    const c = await courseWithSplit();
    const [first] = await linkedActivities(store, c.id);
    const receipt = {
      name: 'receipt.pdf',
      mimeType: 'application/pdf',
      data: new Uint8Array([7, 8, 9]),
    };
    await saveActivity(store, { ...first!, notes: 'Paid by employer.' }, asOf, {
      addEvidence: [receipt],
    });
    // A second entry of the same course (confirmCredits adds entries only to a source that has
    // none: it refuses a second confirmation).
    const second = await saveActivity(
      store,
      { ...creditsOf(c)[0]!.activity, sourceId: c.id, title: 'PMO set-up (workshop day)' },
      asOf,
    );
    if (!second.ok) throw new Error('second credit entry not saved');
    const activitiesBefore = await listActivities(store);
    const evidenceBefore = await store.db.table('evidence').toArray();
    expect(activitiesBefore).toHaveLength(2);
    expect(evidenceBefore).toHaveLength(1);

    const edited = { ...c, contactHours: 20 };
    const link = { action: 'delete' as const, fresh: creditsOf(edited) };
    const result = await saveCourse(store, edited, { asOf, creditsOf, link });
    if (!result.ok) throw new Error('not saved');
    expect(result.credits?.action).toBe('delete');
    expect(result.credits?.snapshot.activities).toHaveLength(2);
    expect(await listActivities(store)).toEqual([]);
    expect(await store.db.table('evidence').count()).toBe(0);
    // The course edit itself stays.
    expect((await store.db.table('courses').get(c.id)).contactHours).toBe(20);

    expect(await restoreLinkedCredits(store, result.credits!)).toBe('restored');
    expect(await listActivities(store)).toEqual(activitiesBefore);
    expect(await store.db.table('evidence').toArray()).toEqual(evidenceBefore);
    const files = await store.db.table('evidence').where('activityId').equals(first!.id).toArray();
    expect(files.map((f) => [f.name, Array.from(f.data as Uint8Array)])).toEqual([
      ['receipt.pdf', [7, 8, 9]],
    ]);
  });

  it('refuses to put them back once the course is gone: nothing would point at nothing', async () => {
    const c = await courseWithSplit();
    const link = { action: 'delete' as const, fresh: [] };
    const result = await saveCourse(store, { ...c, contactHours: 20 }, { asOf, creditsOf, link });
    if (!result.ok || !result.credits) throw new Error('not saved');
    await deleteCourse(store, c.id, 'delete');
    expect(await restoreLinkedCredits(store, result.credits)).toBe('entry-gone');
    expect(await listActivities(store)).toEqual([]);
  });
});
