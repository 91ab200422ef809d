/**
 * An Undo never overwrites what was saved after the change it undoes: a credential saved again
 * (in another window, after "deleted elsewhere") keeps that save; a credit entry linked to
 * another course since stays with it; an evidence file removed by a later save of a credit
 * entry does not come back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  listActivities,
  listEvidence,
  saveActivity,
  type ActivityRow,
} from '../../renderer/src/db/repositories/activities';
import {
  deleteHeld,
  listHeld,
  restoreHeld,
  saveHeld,
} from '../../renderer/src/db/repositories/credentials';
import {
  confirmCredits,
  deleteCourse,
  linkCreditEntry,
  restoreEntry,
  saveCourse,
} from '../../renderer/src/db/repositories/journal';
import type { Activity } from '../../shared/domain/credits';
import type { Course } from '../../shared/domain/journal';
import { freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(() => store?.db.close());

const course: Omit<Course, 'id'> = {
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

const credit: Omit<Activity, 'id'> = {
  date: '2026-09-03',
  title: 'PMO set-up and operations',
  provider: 'Acme Training',
  type: 'course-or-training',
  amount: 16,
  unit: 'hours',
  split: { waysOfWorking: 10, powerSkills: 4, businessAcumen: 2 },
  status: 'earned',
};

async function savedCourse(title: string): Promise<string> {
  const saved = await saveCourse(store, { ...course, title }, { asOf });
  if (!saved.ok) throw new Error(`course not saved: ${JSON.stringify(saved.errors)}`);
  return saved.value.id;
}

/** Course A with one confirmed credit entry; returns both ids. */
async function courseWithCredit(): Promise<{ courseId: string; activity: ActivityRow }> {
  const courseId = await savedCourse('Course A');
  const confirmed = await confirmCredits(store, 'courses', courseId, [credit], asOf);
  if (!confirmed.ok) throw new Error('credit entry not confirmed');
  return { courseId, activity: confirmed.value[0]! };
}

describe('Undo of a credential delete', () => {
  it('refuses, writing nothing, when the credential was saved again since', async () => {
    store = await openStore(freshName('undo-held-resaved'));
    const first = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' },
      asOf,
    );
    if (!first.ok) throw new Error('not saved');
    // Window A deletes it and offers Undo.
    const removed = await deleteHeld(store, first.value.id);
    // Window B, told "deleted elsewhere", saves it again with a corrected earned date.
    const { createdAt: _c, updatedAt: _u, ...form } = first.value;
    const again = await saveHeld(store, { ...form, earnedDate: '2024-03-21' }, asOf);
    expect(again.ok).toBe(true);
    // Window A's Undo.
    expect(await restoreHeld(store, removed!)).toBe(false);
    const rows = await listHeld(store);
    expect(rows.map((r) => r.earnedDate)).toEqual(['2024-03-21']);
  });

  it('puts the credential back exactly while its id is still absent', async () => {
    store = await openStore(freshName('undo-held-absent'));
    const first = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' },
      asOf,
    );
    if (!first.ok) throw new Error('not saved');
    const removed = await deleteHeld(store, first.value.id);
    expect(await restoreHeld(store, removed!)).toBe(true);
    expect(await listHeld(store)).toEqual([first.value]);
  });
});

describe('Undo of a course delete', () => {
  it('"Keep them unlinked", then the entry linked to course B: the Undo leaves it with B', async () => {
    store = await openStore(freshName('undo-course-linked-elsewhere'));
    const { courseId: a, activity } = await courseWithCredit();
    const removed = await deleteCourse(store, a, 'unlink');
    expect((await listActivities(store))[0]!.sourceId).toBeUndefined();
    const b = await savedCourse('Course B');
    expect((await linkCreditEntry(store, 'courses', b, activity.id)).ok).toBe(true);

    expect(await restoreEntry(store, removed!)).toBe(true);
    expect(await store.db.table('courses').get(a)).toBeDefined();
    const [now] = await listActivities(store);
    expect(now!.sourceId).toBe(b);
  });

  it('"Keep them unlinked", entry edited but still unlinked: the Undo gives its link back', async () => {
    store = await openStore(freshName('undo-course-edited-unlinked'));
    const { courseId: a, activity } = await courseWithCredit();
    const removed = await deleteCourse(store, a, 'unlink');
    await store.db.table('activities').update(activity.id, { notes: 'Claimed in March' });

    expect(await restoreEntry(store, removed!)).toBe(true);
    const [now] = await listActivities(store);
    expect(now!.sourceId).toBe(a);
    expect(now!.notes).toBe('Claimed in March');
  });

  it('"Delete them", then the entry saved again without its file: the file stays removed', async () => {
    store = await openStore(freshName('undo-course-evidence'));
    const { courseId: a, activity } = await courseWithCredit();
    const withFile = await saveActivity(store, activity, asOf, {
      addEvidence: [
        { name: 'certificate.pdf', mimeType: 'application/pdf', data: new Uint8Array([1, 2, 3]) },
      ],
    });
    if (!withFile.ok) throw new Error('file not added');
    expect((await listEvidence(store, activity.id)).map((f) => f.name)).toEqual([
      'certificate.pdf',
    ]);
    const removed = await deleteCourse(store, a, 'delete');
    expect(await listActivities(store)).toEqual([]);
    // Another window's editor, told "deleted elsewhere", saves the entry again with another file.
    const again = await saveActivity(store, { ...withFile.value, notes: 'Saved again' }, asOf, {
      addEvidence: [
        { name: 'receipt.pdf', mimeType: 'application/pdf', data: new Uint8Array([4]) },
      ],
    });
    expect(again.ok).toBe(true);

    expect(await restoreEntry(store, removed!)).toBe(true);
    const [now] = await listActivities(store);
    expect(now!.notes).toBe('Saved again');
    expect((await listEvidence(store, activity.id)).map((f) => f.name)).toEqual(['receipt.pdf']);
  });

  it('"Delete them" with nothing saved since: the entry and its file come back', async () => {
    store = await openStore(freshName('undo-course-evidence-back'));
    const { courseId: a, activity } = await courseWithCredit();
    const withFile = await saveActivity(store, activity, asOf, {
      addEvidence: [
        { name: 'certificate.pdf', mimeType: 'application/pdf', data: new Uint8Array([1, 2, 3]) },
      ],
    });
    if (!withFile.ok) throw new Error('file not added');
    const removed = await deleteCourse(store, a, 'delete');
    expect(await restoreEntry(store, removed!)).toBe(true);
    expect((await listActivities(store)).map((x) => x.sourceId)).toEqual([a]);
    expect((await listEvidence(store, activity.id)).map((f) => f.name)).toEqual([
      'certificate.pdf',
    ]);
  });
});
