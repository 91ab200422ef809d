// A journal entry's save with `ifStill` (the stored entry an edit form opened on) is refused,
// nothing written, when the entry was changed or deleted since (in another window); and a
// confirmation of credit entries with `ifStill` is refused when the entry changed since.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { courseCredits, type Course } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../renderer/src/db/repositories/credentials';
import {
  confirmCredits,
  deleteCourse,
  listCourses,
  saveCourse,
  type CourseRow,
} from '../../renderer/src/db/repositories/journal';
import { ENTRY_CHANGED } from '../../renderer/src/db/repositories/journal-links';
import { freshName } from './helpers';

const asOf = '2026-11-22';
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

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('journal-edit-conflict'));
});
afterEach(async () => {
  await store.db.delete();
});

async function seed(): Promise<CourseRow> {
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  return saved.value;
}
const plain = ({ createdAt: _c, updatedAt: _u, ...row }: CourseRow) => row;

describe('saveCourse with ifStill', () => {
  it('saves while the stored course is the one the edit opened on', async () => {
    const opened = await seed();
    const saved = await saveCourse(
      store,
      { ...plain(opened), notes: 'Good' },
      { asOf, ifStill: opened },
    );
    expect(saved.ok).toBe(true);
  });

  it('refuses, writing nothing, when it was changed since', async () => {
    const opened = await seed();
    await saveCourse(store, { ...plain(opened), contactHours: 24 }, { asOf });
    const saved = await saveCourse(
      store,
      { ...plain(opened), notes: 'Good' },
      { asOf, ifStill: opened },
    );
    expect(saved).toEqual({ ok: false, errors: [], conflict: 'CHANGED' });
    const [stored] = await listCourses(store);
    expect(stored!.contactHours).toBe(24);
    expect(stored!.notes).toBe('');
  });

  it('refuses, writing nothing, when it was deleted since', async () => {
    const opened = await seed();
    await deleteCourse(store, opened.id, 'unlink');
    const saved = await saveCourse(
      store,
      { ...plain(opened), notes: 'Good' },
      { asOf, ifStill: opened },
    );
    expect(saved).toEqual({ ok: false, errors: [], conflict: 'DELETED' });
    expect(await listCourses(store)).toHaveLength(0);
  });
});

describe('confirmCredits with ifStill', () => {
  it('refuses outdated figures when the entry changed since they were worked out', async () => {
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    if (!held.ok) throw new Error('credential not saved');
    const shown = await seed();
    const list = courseCredits(shown, [held.value]).suggestions.map((s) => s.activity);
    await saveCourse(store, { ...plain(shown), contactHours: 24 }, { asOf });
    const refused = await confirmCredits(store, 'courses', shown.id, list, asOf, shown);
    expect(refused).toEqual({ ok: false, errors: [{ field: 'source', code: ENTRY_CHANGED }] });
    expect(await listActivities(store)).toHaveLength(0);

    const [now] = await listCourses(store);
    const fresh = courseCredits(now!, [held.value]).suggestions.map((s) => s.activity);
    expect((await confirmCredits(store, 'courses', shown.id, fresh, asOf, now)).ok).toBe(true);
  });
});
