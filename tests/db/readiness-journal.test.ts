/**
 * Issue 9: readiness (the dashboard's readiness card and the reminders, at every start) reads
 * of the journal only completed courses, events, memberships and mentors — by the courses'
 * status and the contacts' relation indexes — and gets exactly the contact hours and the
 * network facts it got from every journal table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  listCompletedCourses,
  listCourses,
  listEvents,
} from '../../renderer/src/db/repositories/journal';
import {
  listContacts,
  listMemberships,
  listMentors,
  saveContact,
} from '../../renderer/src/db/repositories/journal-network';
import { courseContactCourses, networkFacts } from '../../shared/domain/journal';
import { TODAY, dashboardCareer } from './dashboard-reads-data';
import { freshName } from './helpers';

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

async function careerStore(seed: number): Promise<Store> {
  const store = await openStore(freshName(`readiness-journal-${seed}`));
  open.push(store);
  await replaceAllData(store, dashboardCareer(seed));
  return store;
}

describe('what readiness reads of the journal', () => {
  it.each([1, 2, 3])(
    'seed %i: the same contact hours and network facts as every table',
    async (seed) => {
      const store = await careerStore(seed);
      const [all, completed, events, memberships, contacts, mentors] = await Promise.all([
        listCourses(store),
        listCompletedCourses(store),
        listEvents(store),
        listMemberships(store),
        listContacts(store),
        listMentors(store),
      ]);
      // The career has courses of every status and contacts of more than one relation.
      expect(new Set(all.map((c) => c.status)).size).toBeGreaterThan(2);
      expect(completed.length).toBeLessThan(all.length);
      expect(mentors.length).toBeGreaterThan(0);
      expect(mentors.length).toBeLessThan(contacts.length);
      expect(courseContactCourses(completed)).toEqual(courseContactCourses(all));
      expect(networkFacts(events, memberships, mentors)).toEqual(
        networkFacts(events, memberships, contacts),
      );
    },
  );

  it('a contact who becomes a mentor is read as one, in name order', async () => {
    const store = await careerStore(1);
    const before = await listMentors(store);
    const saved = await saveContact(
      store,
      {
        name: 'Aaron Abbott',
        relation: 'mentor',
        since: '2025-01-10',
        until: null,
        notes: '',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
      },
      TODAY,
    );
    expect(saved.ok).toBe(true);
    const after = await listMentors(store);
    expect(after).toHaveLength(before.length + 1);
    expect(after.map((c) => c.name)).toEqual(
      [...after.map((c) => c.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(after[0]!.name).toBe('Aaron Abbott');
  });
});
