/**
 * What the ladder and goals read from the journal (issue 6 part 6): conferences, current
 * memberships and mentors, and the contact hours of completed courses.
 */
import type { LocalDate } from '../../dates';
import type { ContactCourse, ContactHours } from '../eligibility/education';
import type { NetworkFacts } from '../readiness/types';
import type { Contact, Course, JournalEvent, Membership } from './types';

/** The earlier of two optional days. */
function earliest(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * Network facts for readiness (PRODUCT.md network: conferences a year, associations,
 * mentors). A conference is dated by its first day. A membership lasts from `since` until
 * the user left or, if earlier, its renewal day — a membership not renewed lapses then (the
 * user moves the renewal day on when they renew). A mentor counts from `since` to `until`;
 * mentees are not mentors.
 */
export function networkFacts(
  events: readonly Pick<JournalEvent, 'id' | 'kind' | 'start'>[],
  memberships: readonly Pick<Membership, 'id' | 'since' | 'renewal' | 'endedOn'>[],
  contacts: readonly Pick<Contact, 'id' | 'relation' | 'since' | 'until'>[],
): NetworkFacts {
  return {
    conferences: events
      .filter((e) => e.kind === 'conference')
      .map((e) => ({ id: e.id, date: e.start })),
    memberships: memberships.map((m) => ({
      id: m.id,
      since: m.since,
      until: earliest(m.endedOn, m.renewal),
    })),
    mentors: contacts
      .filter((c) => c.relation === 'mentor' && c.since !== null)
      .map((c) => ({ id: c.id, since: c.since!, until: c.until })),
  };
}

/**
 * Completed courses as PM education contact hours (domain-facts §2: the training condition
 * of most exams), dated by their completion day and tagged with their exam topic.
 */
export function courseContactCourses(courses: readonly Course[]): ContactCourse[] {
  return courses
    .filter((c) => c.status === 'completed' && c.end !== null && c.contactHours > 0)
    .map((c) => ({ title: c.title, hours: c.contactHours, date: c.end, topic: c.topic }));
}

/**
 * The contact hours eligibility reads: what the user typed on the Education screen plus the
 * journal's completed courses. Null (never entered) only when both are empty.
 */
export function withCourseContactHours(
  typed: ContactHours | null,
  courses: readonly Course[],
): ContactHours | null {
  const fromJournal = courseContactCourses(courses);
  if (fromJournal.length === 0) return typed;
  return { hours: typed?.hours ?? 0, courses: [...(typed?.courses ?? []), ...fromJournal] };
}

/** A course title as compared for "the same course": case, spacing and punctuation aside. */
const courseKey = (title: string) =>
  title
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Indexes of the hand-typed courses that are also completed courses of the learning journal
 * (same title, case and punctuation aside): eligibility adds both lists
 * (withCourseContactHours), so such a course is counted twice (domain-facts §2: each hour of
 * training counts once). A blank title is never a match.
 */
export function typedAlsoInJournal(
  typed: readonly Pick<ContactCourse, 'title'>[],
  fromJournal: readonly Pick<ContactCourse, 'title'>[],
): number[] {
  const journal = new Set(fromJournal.map((c) => courseKey(c.title)).filter(Boolean));
  const out: number[] = [];
  typed.forEach((c, i) => {
    const key = courseKey(c.title);
    if (key && journal.has(key)) out.push(i);
  });
  return out;
}
