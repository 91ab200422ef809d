/**
 * What the ladder and goals read from the journal (issue 6 part 6): conferences, current
 * memberships and mentors, and the contact hours of completed courses.
 */
import type { LocalDate } from '../../dates';
import type { ContactCourse, ContactHours } from '../eligibility/education';
import { periodOn } from '../readiness/records';
import type { NetworkFacts } from '../readiness/types';
import type { Contact, Course, JournalEvent, Membership } from './types';

/** The earlier of two optional days. */
function earliest(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

type MembershipDays = Pick<Membership, 'since' | 'renewal' | 'endedOn'>;

/**
 * A membership's period as readiness counts it (PRODUCT.md network: associations): from
 * `since` until the user left or, if earlier, its renewal day — a membership not renewed lapses
 * then (the user moves the renewal day on when they renew).
 */
export function membershipPeriod(m: MembershipDays): { since: LocalDate; until: LocalDate | null } {
  return { since: m.since, until: earliest(m.endedOn, m.renewal) };
}

/** A membership on a day, as the Network screen states it (membershipState). */
export type MembershipState =
  /** Its first day is still to come: recorded ahead (paid for, starting next month). */
  | { kind: 'starts'; on: LocalDate }
  | { kind: 'current' }
  /** The user left before `asOf`. */
  | { kind: 'left'; on: LocalDate }
  /** Its renewal day passed without being moved on. */
  | { kind: 'lapsed'; on: LocalDate };

/**
 * The state of a membership on `asOf`, by the rule readiness counts with (membershipPeriod and
 * periodOn): "current" here exactly when the ladder counts it. A future `since` is allowed (a
 * membership just paid for that starts next month) and is "starts", not current. Of an ended
 * membership, having left is said over a renewal day passed.
 */
export function membershipState(m: MembershipDays, asOf: LocalDate): MembershipState {
  const { since, until } = membershipPeriod(m);
  switch (periodOn(since, until, asOf)) {
    case 'not-started':
      return { kind: 'starts', on: since };
    case 'current':
      return { kind: 'current' };
    case 'ended':
      return m.endedOn !== null && m.endedOn < asOf
        ? { kind: 'left', on: m.endedOn }
        : // Ended, not by leaving: its renewal day (the earlier end) has passed.
          { kind: 'lapsed', on: until! };
  }
}

/**
 * Network facts for readiness (PRODUCT.md network: conferences a year, associations,
 * mentors). A conference is dated by its first day. A membership lasts as membershipPeriod
 * says. A mentor counts from `since` to `until`; mentees are not mentors.
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
    memberships: memberships.map((m) => ({ id: m.id, ...membershipPeriod(m) })),
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
