/**
 * What a calendar export contains (issue 7 part 5): study blocks as timed events and
 * deadlines as all-day events. The UID comes from the record's own id, never from its date
 * or title, so exporting again after a change updates the calendar entry in place; the
 * SEQUENCE grows with the record's last change (RFC 5545 §3.8.7.4: a calendar keeps the copy
 * with the higher sequence), so a moved block replaces the old copy instead of losing to it.
 */
import { daysBetween, isLocalDate, type LocalDate } from '../../dates';
import type { Deadline, StudyBlock } from './types';

export interface CalendarItem {
  uid: string;
  title: string;
  date: LocalDate;
  /** HH:mm and length for timed items; absent for all-day items. */
  start?: string;
  minutes?: number;
  category: 'study' | 'deadline';
  /** The revision of the event: higher after every change of its record. */
  sequence: number;
}

const UID_DOMAIN = 'ascent.local';
/** Sequences count seconds from here: small enough for 32-bit readers until the 2080s. */
const SEQUENCE_EPOCH: LocalDate = '2020-01-01';
const ISO_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** RFC 5545 allows any text in a UID; letters, digits and -._: keep it portable. */
function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._:-]/g, '-');
}

export function blockUid(blockId: string): string {
  return `study-${uidPart(blockId)}@${UID_DOMAIN}`;
}

export function deadlineUid(deadlineId: string): string {
  return `deadline-${uidPart(deadlineId)}@${UID_DOMAIN}`;
}

/**
 * The SEQUENCE of an event whose record last changed at `changedAt` (an ISO timestamp in
 * UTC, as the repositories stamp `updatedAt`): whole seconds since 2020, so every later
 * change gives a higher number and the same record always gives the same one. 0 when the
 * time is unknown or earlier.
 */
export function sequenceOf(changedAt: string | null | undefined): number {
  const m = changedAt ? ISO_UTC.exec(changedAt) : null;
  if (!m || !isLocalDate(m[1])) return 0;
  const days = daysBetween(SEQUENCE_EPOCH, m[1]);
  const seconds = days * 86_400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return Math.max(0, seconds);
}

/** A stored block, with the time of its last change when known. */
export type ExportBlock = StudyBlock & { updatedAt?: string };

export function calendarItems(
  blocks: readonly ExportBlock[],
  planTitles: ReadonlyMap<string, string>,
  deadlines: readonly Deadline[],
  labels: { study: (planTitle: string) => string; deadline: (d: Deadline) => string },
): CalendarItem[] {
  return [
    ...blocks.map((b) => ({
      uid: blockUid(b.id),
      title: labels.study(planTitles.get(b.planId) ?? ''),
      date: b.date,
      start: b.start,
      minutes: b.minutes,
      category: 'study' as const,
      sequence: sequenceOf(b.updatedAt),
    })),
    ...deadlines.map((d) => ({
      uid: deadlineUid(d.id),
      title: labels.deadline(d),
      date: d.date,
      category: 'deadline' as const,
      sequence: sequenceOf(d.changedAt),
    })),
  ].sort((a, b) => (a.date === b.date ? a.uid.localeCompare(b.uid) : a.date < b.date ? -1 : 1));
}
