// Undo of what an answer did to a course's credit entries never loses data and never counts the
// same credit twice (review of Learning/Network, findings 2, 4 and 5):
// - "Update them to match" that leaves a credit entry matching nothing deletes it with its
//   evidence: the question counts those files, and the deletion can be undone like "Delete them";
// - Undo of a course delete answered "Keep them … unlinked" keeps an edit the credit entry got
//   in the credit log since, and only gives it its link back;
// - Undo of "Delete them" is refused, with nothing written, once the course has credit entries
//   again (confirmed anew since).
// PMP earned 15 Jan 2025; today 22 Nov 2026.
import { afterEach, describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../shared/domain/credentials';
import { courseCredits, type Course } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities, saveActivity } from '../../renderer/src/db/repositories/activities';
import {
  confirmCredits,
  deleteCourse,
  linkedActivities,
  restoreEntry,
  restoreLinkedCredits,
  saveCourse,
  type CourseRow,
} from '../../renderer/src/db/repositories/journal';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
const creditsOf = (c: Course) => courseCredits(c, held).suggestions;
let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

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
const receipt = { name: 'receipt.pdf', mimeType: 'application/pdf', data: new Uint8Array([7]) };

/** The course with its credit entry confirmed and, when `mark`, reported with one evidence file. */
async function reportedCourse(name: string, mark = true): Promise<CourseRow> {
  store = await openStore(freshName(name));
  const saved = await saveCourse(store, pmo, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const list = creditsOf(saved.value).map((s) => s.activity);
  if (!(await confirmCredits(store, 'courses', saved.value.id, list, asOf)).ok)
    throw new Error('credit entry not confirmed');
  if (!mark) return saved.value;
  const [entry] = await linkedActivities(store, saved.value.id);
  const marked = await saveActivity(store, { ...entry!, status: 'reported' }, asOf, {
    addEvidence: [receipt],
  });
  if (!marked.ok) throw new Error('credit entry not marked');
  return saved.value;
}

describe('Update them to match, when a credit entry matches nothing any more', () => {
  it('names its evidence files in the question, and its deletion can be undone', async () => {
    const c = await reportedCourse('update-removes');
    const activitiesBefore = await listActivities(store);
    const evidenceBefore = await store.db.table('evidence').toArray();
    const edited: Course = { ...c, status: 'in-progress', end: null };

    const asked = await saveCourse(store, edited, { asOf, creditsOf });
    expect(!asked.ok && asked.question?.update).toMatchObject({ removed: 1, removedFiles: 1 });

    const link = { action: 'update' as const, fresh: creditsOf(edited) };
    const result = await saveCourse(store, edited, { asOf, creditsOf, link });
    if (!result.ok || !result.credits) throw new Error('not saved');
    expect(await listActivities(store)).toEqual([]);
    expect(await store.db.table('evidence').count()).toBe(0);
    expect(result.credits.snapshot.removed).toEqual([activitiesBefore[0]!.id]);

    expect(await restoreLinkedCredits(store, result.credits)).toBe('restored');
    expect(await listActivities(store)).toEqual(activitiesBefore);
    expect(await store.db.table('evidence').toArray()).toEqual(evidenceBefore);
    expect((await store.db.table('courses').get(c.id)).status).toBe('in-progress');
  });

  it('Undo puts back only the one deleted: the one it updated stays as updated', async () => {
    const c = await reportedCourse('update-removes-one');
    const second = await saveActivity(
      store,
      { ...creditsOf(c)[0]!.activity, sourceId: c.id, title: 'PMO set-up (workshop day)' },
      asOf,
    );
    if (!second.ok) throw new Error('second credit entry not saved');
    const edited = { ...c, contactHours: 20 };
    const link = { action: 'update' as const, fresh: creditsOf(edited) };
    const result = await saveCourse(store, edited, { asOf, creditsOf, link });
    if (!result.ok || !result.credits) throw new Error('not saved');
    const updated = await listActivities(store);
    expect(updated.map((a) => [a.title, a.amount])).toEqual([['PMO set-up and operations', 20]]);

    const restored = await restoreLinkedCredits(store, result.credits);
    const after = await linkedActivities(store, c.id);
    expect(after.map((a) => [a.title, a.amount])).toEqual([
      ['PMO set-up and operations', 20],
      ['PMO set-up (workshop day)', 16],
    ]);
    expect(after[0]).toEqual(updated[0]);
    expect(after[1]).toEqual(second.value);
    expect(restored).toBe('restored');
  });
});

describe('Undo of a course delete answered "Keep them … unlinked"', () => {
  it('puts an untouched credit entry back exactly, linked', async () => {
    const c = await reportedCourse('unlink-untouched');
    const before = await listActivities(store);
    const removed = await deleteCourse(store, c.id, 'unlink');
    expect(await restoreEntry(store, removed!)).toBe(true);
    expect(await listActivities(store)).toEqual(before);
  });

  it('keeps an edit made in the credit log since, and gives the link back', async () => {
    const c = await reportedCourse('unlink-edited', false);
    const removed = await deleteCourse(store, c.id, 'unlink');
    const [unlinked] = await listActivities(store);
    expect([unlinked!.status, unlinked!.sourceId]).toEqual(['earned', undefined]);
    const edit = await saveActivity(
      store,
      { ...unlinked!, status: 'reported', notes: 'Reported on 20 Nov.' },
      asOf,
    );
    if (!edit.ok) throw new Error('edit not saved');

    expect(await restoreEntry(store, removed!)).toBe(true);
    const [after] = await listActivities(store);
    expect([after!.status, after!.notes, after!.sourceId]).toEqual([
      'reported',
      'Reported on 20 Nov.',
      c.id,
    ]);
    expect(await store.db.table('courses').get(c.id)).toBeDefined();
  });

  it('leaves a credit entry deleted since deleted', async () => {
    const c = await reportedCourse('unlink-deleted');
    const removed = await deleteCourse(store, c.id, 'unlink');
    const [unlinked] = await listActivities(store);
    await store.db.table('activities').delete(unlinked!.id);
    expect(await restoreEntry(store, removed!)).toBe(true);
    expect(await listActivities(store)).toEqual([]);
  });
});

describe('Undo of "Delete them" once the course has credit entries again', () => {
  it('is refused and writes nothing: the same credit is never counted twice', async () => {
    const c = await reportedCourse('delete-then-confirm');
    const edited = { ...c, contactHours: 24 };
    const link = { action: 'delete' as const, fresh: creditsOf(edited) };
    const result = await saveCourse(store, edited, { asOf, creditsOf, link });
    if (!result.ok || !result.credits) throw new Error('not saved');
    const list = creditsOf(edited).map((s) => s.activity);
    if (!(await confirmCredits(store, 'courses', c.id, list, asOf)).ok)
      throw new Error('new credit entry not confirmed');
    const now = await listActivities(store);

    const restored = await restoreLinkedCredits(store, result.credits);
    expect((await linkedActivities(store, c.id)).map((a) => a.amount)).toEqual([24]);
    expect(await listActivities(store)).toEqual(now);
    expect(await store.db.table('evidence').count()).toBe(0);
    expect(restored).toBe('linked-again');
  });
});
