/**
 * What a calendar export contains (issue 7 part 5): study blocks as timed events and
 * deadlines as all-day events. The UID comes from the record's own id, never from its date
 * or title, so exporting again after a change updates the calendar entry in place.
 */
import type { LocalDate } from '../../dates';
import type { Deadline, StudyBlock } from './types';

export interface CalendarItem {
  uid: string;
  title: string;
  date: LocalDate;
  /** HH:mm and length for timed items; absent for all-day items. */
  start?: string;
  minutes?: number;
  category: 'study' | 'deadline';
}

const UID_DOMAIN = 'ascent.local';

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

export function calendarItems(
  blocks: readonly StudyBlock[],
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
    })),
    ...deadlines.map((d) => ({
      uid: deadlineUid(d.id),
      title: labels.deadline(d),
      date: d.date,
      category: 'deadline' as const,
    })),
  ].sort((a, b) => (a.date === b.date ? a.uid.localeCompare(b.uid) : a.date < b.date ? -1 : 1));
}
