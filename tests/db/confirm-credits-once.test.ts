// Confirming an entry's credit entries writes them once: a second confirmation of the same
// entry (a double-click on "Confirm credit entries", another window) is refused with
// ALREADY_CONFIRMED and writes nothing, even when both start together. The first confirmation
// still works for every kind of entry that proposes credit (courses, events, interactions).
// PMP earned 15 Jan 2025; today 22 Nov 2026.
import { afterEach, describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../shared/domain/credentials';
import {
  courseCredits,
  eventCredits,
  interactionCredits,
  type Course,
} from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import {
  confirmCredits,
  linkedActivities,
  listSessions,
  saveCourse,
  saveEvent,
} from '../../renderer/src/db/repositories/journal';
import { saveContact, saveInteraction } from '../../renderer/src/db/repositories/journal-network';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
let store: Store;
afterEach(async () => {
  await store?.db.delete();
});

const course: Omit<Course, 'id'> = {
  title: 'Leading agile teams',
  provider: 'Acme',
  format: 'virtual',
  status: 'completed',
  start: '2026-03-01',
  end: '2026-03-04',
  contactHours: 21,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
};

/** A completed course and the credit entries it proposes, nothing confirmed yet. */
async function courseToConfirm() {
  store = await openStore(freshName('confirm-once'));
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const list = courseCredits(saved.value, held).suggestions.map((s) => s.activity);
  expect(list).toHaveLength(1);
  return { id: saved.value.id, list };
}

describe('confirming credit entries twice', () => {
  it('refuses the second confirmation and writes nothing more', async () => {
    const { id, list } = await courseToConfirm();
    const first = await confirmCredits(store, 'courses', id, list, asOf);
    expect(first.ok).toBe(true);
    const again = await confirmCredits(store, 'courses', id, list, asOf);
    expect(again).toEqual({
      ok: false,
      errors: [{ field: 'source', code: 'ALREADY_CONFIRMED' }],
    });
    expect(await linkedActivities(store, id)).toHaveLength(1);
    expect(await listActivities(store)).toHaveLength(1);
  });

  it('writes them once when two confirmations start together (a double-click)', async () => {
    const { id, list } = await courseToConfirm();
    const results = await Promise.all([
      confirmCredits(store, 'courses', id, list, asOf),
      confirmCredits(store, 'courses', id, list, asOf),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, errors: [{ field: 'source', code: 'ALREADY_CONFIRMED' }] },
    ]);
    expect(await linkedActivities(store, id)).toHaveLength(1);
    expect(await listActivities(store)).toHaveLength(1);
  });

  it('still refuses an entry that is gone first (ENTRY_GONE), writing nothing', async () => {
    const { list } = await courseToConfirm();
    const gone = await confirmCredits(store, 'courses', 'nope', list, asOf);
    expect(gone).toEqual({ ok: false, errors: [{ field: 'source', code: 'ENTRY_GONE' }] });
    expect(await listActivities(store)).toHaveLength(0);
  });
});

describe('a first confirmation still works', () => {
  it('for a course', async () => {
    const { id, list } = await courseToConfirm();
    expect((await confirmCredits(store, 'courses', id, list, asOf)).ok).toBe(true);
    expect(await linkedActivities(store, id)).toHaveLength(1);
  });

  it('for an event, all its sessions’ entries at once', async () => {
    store = await openStore(freshName('confirm-once'));
    const saved = await saveEvent(
      store,
      {
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
      },
      [
        { title: 'One', speaker: 'A', hours: 1.5, area: 'powerSkills', givenByMe: false },
        { title: 'Two', speaker: 'B', hours: 1, area: 'businessAcumen', givenByMe: false },
      ],
      { asOf },
    );
    if (!saved.ok) throw new Error('event not saved');
    const list = eventCredits(saved.value, await listSessions(store), held, asOf).suggestions.map(
      (s) => s.activity,
    );
    expect(list).toHaveLength(2);
    expect((await confirmCredits(store, 'events', saved.value.id, list, asOf)).ok).toBe(true);
    expect(await linkedActivities(store, saved.value.id)).toHaveLength(2);
    const again = await confirmCredits(store, 'events', saved.value.id, list, asOf);
    expect(again.ok).toBe(false);
    expect(await linkedActivities(store, saved.value.id)).toHaveLength(2);
  });

  it('for a mentoring interaction', async () => {
    store = await openStore(freshName('confirm-once'));
    const contact = await saveContact(
      store,
      {
        name: 'Priya Shah',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'contact',
        since: null,
        until: null,
        notes: '',
      },
      asOf,
    );
    if (!contact.ok) throw new Error('contact not saved');
    const saved = await saveInteraction(
      store,
      {
        contactId: contact.value.id,
        date: '2026-11-20',
        kind: 'mentoring-given',
        notes: '',
        hours: 2,
        area: 'powerSkills',
        followUp: null,
      },
      { asOf },
    );
    if (!saved.ok) throw new Error('interaction not saved');
    const list = interactionCredits(saved.value, 'Priya Shah', held).suggestions.map(
      (s) => s.activity,
    );
    expect(list).toHaveLength(1);
    expect((await confirmCredits(store, 'interactions', saved.value.id, list, asOf)).ok).toBe(true);
    const again = await confirmCredits(store, 'interactions', saved.value.id, list, asOf);
    expect(again.ok).toBe(false);
    expect(await linkedActivities(store, saved.value.id)).toHaveLength(1);
  });
});
