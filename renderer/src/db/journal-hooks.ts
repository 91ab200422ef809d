import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate } from '../../../shared/dates';
import { useStore } from './store-context';
import {
  attachmentOwners,
  listCompletedCourses,
  listCourses,
  listEvents,
  listMedia,
  listSessions,
  type CourseRow,
  type EventRow,
  type MediaRow,
  type SessionRow,
} from './repositories/journal';
import { upcomingSources, type UpcomingSources } from './repositories/journal-due';
import {
  listContacts,
  listInteractions,
  listMemberships,
  listMentors,
  type ContactRow,
  type InteractionRow,
  type MembershipRow,
} from './repositories/journal-network';

export interface JournalData {
  courses: CourseRow[];
  events: EventRow[];
  sessions: SessionRow[];
  media: MediaRow[];
  contacts: ContactRow[];
  interactions: InteractionRow[];
  memberships: MembershipRow[];
}

/** Every journal table (issue 6), live; `undefined` while loading. */
export function useJournal(): JournalData | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    const [courses, events, sessions, media, contacts, interactions, memberships] =
      await Promise.all([
        listCourses(store),
        listEvents(store),
        listSessions(store),
        listMedia(store),
        listContacts(store),
        listInteractions(store),
        listMemberships(store),
      ]);
    return { courses, events, sessions, media, contacts, interactions, memberships };
  }, [store]);
}

/** What eligibility and readiness read of the journal (see useReadinessJournal). */
export interface ReadinessJournal {
  /** Completed courses: their contact hours count for exams (courseContactCourses). */
  courses: CourseRow[];
  events: EventRow[];
  memberships: MembershipRow[];
  /** Contacts who are mentors (networkFacts reads no other). */
  mentors: ContactRow[];
}

/**
 * The journal rows readiness reads, live (issue 9: the readiness card and the reminders run at
 * every start): completed courses, events, memberships and mentors, by their indexes, instead
 * of every journal table.
 */
export function useReadinessJournal(): ReadinessJournal | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    const [courses, events, memberships, mentors] = await Promise.all([
      listCompletedCourses(store),
      listEvents(store),
      listMemberships(store),
      listMentors(store),
    ]);
    return { courses, events, memberships, mentors };
  }, [store]);
}

/**
 * What the dashboard's "Events and follow-ups" lists from `asOf` over `days` days, live: only
 * the rows upcomingItems can list (upcomingSources), not every journal table (issue 9).
 */
export function useUpcoming(asOf: LocalDate, days: number): UpcomingSources | undefined {
  const store = useStore();
  return useLiveQuery(() => upcomingSources(store, asOf, days), [store, asOf, days]);
}

/** Ids of the entries that have a file kept with them (a course's certificate), live. */
export function useAttachmentOwners(): Set<string> | undefined {
  const store = useStore();
  return useLiveQuery(() => attachmentOwners(store), [store]);
}
