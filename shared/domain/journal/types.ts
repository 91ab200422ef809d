/**
 * The learning and network journal (issue 6): courses, events with their sessions, reading
 * and listening, contacts, interactions and memberships. Every entry is a record in its own
 * right; the ones that earn credit turn into credit-log activities the user confirms, linked
 * back by the activity's `sourceId`.
 */
import type { Area } from '../../catalog/credentials/types';
import type { LocalDate } from '../../dates';
import type { TrainingTopic } from '../eligibility/education';
import type { AreaSplit } from '../credits/activity';

/** What I learned and how I will use it (issue 6 part 5); both optional. */
export interface Reflection {
  learned: string;
  apply: string;
}

export interface Cost {
  amount: number;
  /** ISO 4217 code, e.g. 'EUR'. */
  currency: string;
}

export const courseFormats = ['classroom', 'virtual', 'self-paced', 'university'] as const;
export type CourseFormat = (typeof courseFormats)[number];

export const courseStatuses = [
  'planned',
  'enrolled',
  'in-progress',
  'completed',
  'dropped',
] as const;
export type CourseStatus = (typeof courseStatuses)[number];

export interface Course {
  id: string;
  title: string;
  provider: string;
  format: CourseFormat;
  status: CourseStatus;
  start: LocalDate | null;
  /** The completion day for a completed course. */
  end: LocalDate | null;
  contactHours: number;
  cost: Cost | null;
  /** https only; '' when none. */
  link: string;
  /** The exam training topic its contact hours count for (domain-facts §2). */
  topic: TrainingTopic;
  /** The user's area split for the credit suggestion; null: the suggested one. */
  split: AreaSplit | null;
  notes: string;
  reflection?: Reflection;
}

export const eventKinds = ['conference', 'chapter-meeting', 'meetup', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export interface JournalEvent {
  id: string;
  name: string;
  kind: EventKind;
  organiser: string;
  start: LocalDate;
  end: LocalDate;
  place: string;
  virtual: boolean;
  cost: Cost | null;
  link: string;
  /** Notes and takeaways. */
  notes: string;
  /** Contacts met there (ids in the network). */
  contactIds: string[];
  reflection?: Reflection;
}

export interface EventSession {
  id: string;
  eventId: string;
  title: string;
  speaker: string;
  hours: number;
  /** The Talent Triangle area of a session attended; a talk given has TALK_AREA. */
  area: Area;
  /** A talk the user gave: Giving Back, not education. */
  givenByMe: boolean;
}

/**
 * The area every talk the user gave is stored with. Its credit (Give a presentation, Giving
 * Back) has no area split, so the event form shows no area for it; a session's area is still
 * required (backups check it), so a talk keeps this one rather than an area chosen before it
 * was marked as given, kept unseen.
 */
export const TALK_AREA: Area = 'waysOfWorking';

export const mediaKinds = ['reading', 'webinar', 'podcast'] as const;
export type MediaKind = (typeof mediaKinds)[number];

export interface MediaEntry {
  id: string;
  kind: MediaKind;
  title: string;
  /** Author or host. */
  author: string;
  /** The day it was finished. */
  date: LocalDate;
  hours: number;
  area: Area;
  link: string;
  notes: string;
  reflection?: Reflection;
}

export const contactRelations = ['contact', 'mentor', 'mentee'] as const;
export type ContactRelation = (typeof contactRelations)[number];

export interface Contact {
  id: string;
  name: string;
  organisation: string;
  role: string;
  howMet: string;
  tags: string[];
  relation: ContactRelation;
  /** For a mentor or mentee: when the relationship began and ended (null: ongoing). */
  since: LocalDate | null;
  until: LocalDate | null;
  notes: string;
}

export const interactionKinds = [
  'meeting',
  'call',
  'message',
  'mentoring-received',
  'mentoring-given',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export interface Interaction {
  id: string;
  contactId: string;
  date: LocalDate;
  kind: InteractionKind;
  notes: string;
  hours: number;
  /** The Talent Triangle area of mentoring received. */
  area: Area;
  /** The next follow-up day; null when none is planned. */
  followUp: LocalDate | null;
  reflection?: Reflection;
}

export interface Membership {
  id: string;
  /** e.g. 'PMI' or 'PMI Netherlands Chapter'. */
  organisation: string;
  since: LocalDate;
  /** The next renewal day; the membership lapses then unless renewed. Null: no end. */
  renewal: LocalDate | null;
  /** The day the user left; null while a member. */
  endedOn: LocalDate | null;
  cost: Cost | null;
  notes: string;
}

/** The journal tables whose entries can turn into credit entries. */
export const creditSources = ['course', 'event', 'media', 'interaction'] as const;
export type CreditSource = (typeof creditSources)[number];
