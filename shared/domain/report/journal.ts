/**
 * Journal highlights and reflections (issue 8 part 1; issue 6 part 5: "reflection on any
 * entry … shown in the report"), from the learning journal's courses, events and media and
 * the network's interactions, as shared/domain/journal/types.ts defines them.
 */
import type { LocalDate } from '../../dates';
import type {
  Contact,
  Course,
  Interaction,
  InteractionKind,
  JournalEvent,
  MediaEntry,
  Reflection,
} from '../journal';
import { inPeriod } from './period';

export const journalKinds = ['course', 'event', 'media', 'interaction'] as const;
export type JournalKind = (typeof journalKinds)[number];

/** The fields of each stored journal record the report reads. */
export type ReportCourse = Pick<Course, 'id' | 'title' | 'start' | 'end' | 'notes' | 'reflection'>;
export type ReportEvent = Pick<JournalEvent, 'id' | 'name' | 'start' | 'notes' | 'reflection'>;
export type ReportMedia = Pick<MediaEntry, 'id' | 'title' | 'date' | 'notes' | 'reflection'>;
export type ReportInteraction = Pick<
  Interaction,
  'id' | 'contactId' | 'date' | 'kind' | 'notes' | 'reflection'
>;
export type ReportContact = Pick<Contact, 'id' | 'name'>;

export interface JournalRecords {
  courses: readonly ReportCourse[];
  events: readonly ReportEvent[];
  media: readonly ReportMedia[];
  interactions: readonly ReportInteraction[];
  /** The contacts the interactions name. */
  contacts: readonly ReportContact[];
}

export interface JournalEntry {
  kind: JournalKind;
  id: string;
  /** The entry's title; for an interaction, the contact's name ('' when unknown). */
  title: string;
  /** An interaction's kind (a call, mentoring given…); the UI words it beside the name. */
  interactionKind?: InteractionKind;
  date: LocalDate;
  /** Notes and takeaways, as written (trimmed); '' when none. */
  notes: string;
  /** What was learned and how it will be used (trimmed); null when neither is written. */
  reflection: Reflection | null;
}

export interface JournalSection {
  /** Entries in the period up to the report date with notes or a reflection, oldest first. */
  highlights: JournalEntry[];
  /** Entries in the period up to the report date: what has happened. */
  counts: Record<JournalKind, number>;
  reflections: number;
  /**
   * Entries in the period dated after the report date (a conference booked for next month),
   * oldest first: planned, not done, so never in the counts or the highlights.
   */
  upcoming: JournalEntry[];
}

function reflectionOf(r: Reflection | undefined): Reflection | null {
  if (!r) return null;
  const learned = r.learned.trim();
  const apply = r.apply.trim();
  return learned || apply ? { learned, apply } : null;
}

/** A course is dated by the day it ended (its completion), else the day it began; neither: none. */
export function courseEntry(c: ReportCourse): JournalEntry | null {
  const date = c.end ?? c.start;
  if (date === null) return null;
  return {
    kind: 'course',
    id: c.id,
    title: c.title.trim(),
    date,
    notes: c.notes.trim(),
    reflection: reflectionOf(c.reflection),
  };
}

/** An event is dated by its first day. */
export function eventEntry(e: ReportEvent): JournalEntry {
  return {
    kind: 'event',
    id: e.id,
    title: e.name.trim(),
    date: e.start,
    notes: e.notes.trim(),
    reflection: reflectionOf(e.reflection),
  };
}

/** Reading, a webinar or a podcast is dated by the day it was finished. */
export function mediaEntry(m: ReportMedia): JournalEntry {
  return {
    kind: 'media',
    id: m.id,
    title: m.title.trim(),
    date: m.date,
    notes: m.notes.trim(),
    reflection: reflectionOf(m.reflection),
  };
}

/** An interaction is dated by its day and titled by the contact's name and its kind. */
export function interactionEntry(i: ReportInteraction, contactName: string): JournalEntry {
  return {
    kind: 'interaction',
    id: i.id,
    title: contactName.trim(),
    interactionKind: i.kind,
    date: i.date,
    notes: i.notes.trim(),
    reflection: reflectionOf(i.reflection),
  };
}

/** Every dated entry of the four journal tables the report covers. */
export function journalEntries(r: JournalRecords): JournalEntry[] {
  const names = new Map(r.contacts.map((c) => [c.id, c.name]));
  return [
    ...r.courses.flatMap((c) => courseEntry(c) ?? []),
    ...r.events.map(eventEntry),
    ...r.media.map(mediaEntry),
    ...r.interactions.map((i) => interactionEntry(i, names.get(i.contactId) ?? '')),
  ];
}

const byDate = (a: JournalEntry, b: JournalEntry) =>
  `${a.date}\u0000${a.title}`.localeCompare(`${b.date}\u0000${b.title}`);

/**
 * The journal's part of the report (issue 8 part 1, "journal highlights and reflections"):
 * counts every entry in the period up to the report date `asOf`, and keeps as highlights those
 * with something written. A period can run past the report date (a credential cycle runs years
 * ahead), and an entry dated after it has not happened yet: a report read at an appraisal must
 * not count next month's conference as attended (Ascent decision), so such entries are listed
 * apart as upcoming.
 */
export function journalSection(
  entries: readonly JournalEntry[],
  period: { from: LocalDate; to: LocalDate },
  asOf: LocalDate,
): JournalSection {
  const inside = entries.filter((e) => inPeriod(e.date, period));
  const done = inside.filter((e) => e.date <= asOf);
  const counts: Record<JournalKind, number> = { course: 0, event: 0, media: 0, interaction: 0 };
  for (const e of done) counts[e.kind] += 1;
  return {
    highlights: done.filter((e) => e.notes !== '' || e.reflection !== null).sort(byDate),
    counts,
    reflections: done.filter((e) => e.reflection !== null).length,
    upcoming: inside.filter((e) => e.date > asOf).sort(byDate),
  };
}
