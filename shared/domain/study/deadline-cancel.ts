/**
 * Deadlines that left the calendar (issue 7 part 5; Ascent rule). A calendar app keeps every
 * event it imported until a later file says otherwise, so a deadline that was exported once
 * and then went away — the credential renewed, the goal deleted or paused, the exam date
 * cleared, the yearly minimum met — would stay there. Each export remembers the deadline
 * events it wrote (UID, day, title, SEQUENCE); the next export writes each remembered one that
 * it no longer holds once more, with its UID, STATUS:CANCELLED (RFC 5545 §3.8.1.11) and a
 * higher SEQUENCE (§3.8.7.4: a calendar applies the copy with the higher sequence), so the
 * calendar app removes it. A remembered deadline is forgotten once its day has passed: by then
 * the calendar shows it in the past, where it misleads no one, as Study › Reminders stops
 * listing it. Blocks a re-plan drops follow the same idea (calendar-items.ts, cancelledBlocks).
 */
import type { LocalDate } from '../../dates';
import { byDayThenUid, sequenceOf, type CalendarItem } from './calendar-items';

/** A deadline event as an export wrote it: live, or as a cancellation. */
export interface ExportedDeadline {
  uid: string;
  date: LocalDate;
  /** The event's title as written (the cancellation repeats it). */
  title: string;
  /** The SEQUENCE it was written with. */
  sequence: number;
  /** Written as a cancellation: its deadline had gone away. */
  cancelled?: true;
}

/** One entry per UID, the highest sequence (a damaged or merged record may hold repeats). */
function byUid(remembered: readonly ExportedDeadline[]): Map<string, ExportedDeadline> {
  const out = new Map<string, ExportedDeadline>();
  for (const d of remembered) {
    const seen = out.get(d.uid);
    if (!seen || d.sequence > seen.sequence) out.set(d.uid, d);
  }
  return out;
}

/**
 * The SEQUENCE of a deadline's cancellation first written at `now` (an ISO timestamp in UTC):
 * the time of that export, and always above the sequence the event was last written with,
 * even within the same second (cancelSequence does the same for blocks). A cancellation
 * already written keeps its sequence, so exporting again gives the same event.
 */
export function deadlineCancelSequence(d: ExportedDeadline, now: string): number {
  return d.cancelled ? d.sequence : Math.max(sequenceOf(now), d.sequence + 1);
}

/**
 * The SEQUENCE of a live deadline event whose own record gives `own` (sequenceOf its last
 * change): never below what was last written for its UID, and above a cancellation of it. A
 * deadline can come back unchanged (a yearly minimum short again after an activity is
 * deleted); written with its old, lower sequence, a calendar would keep the cancellation.
 */
export function liveDeadlineSequence(own: number, before: ExportedDeadline | undefined): number {
  if (!before) return own;
  return Math.max(own, before.cancelled ? before.sequence + 1 : before.sequence);
}

/**
 * The remembered deadlines an export on `asOf` cancels: every one whose UID is not among the
 * deadline events it writes (`liveUids`) and whose day is `asOf` or later; one per UID.
 */
export function cancelledDeadlines(
  remembered: readonly ExportedDeadline[],
  liveUids: ReadonlySet<string>,
  asOf: LocalDate,
): ExportedDeadline[] {
  return [...byUid(remembered).values()]
    .filter((d) => !liveUids.has(d.uid) && d.date >= asOf)
    .sort(byDayThenUid);
}

export interface DeadlineMemory {
  /** The file's events: `items` with live deadlines' sequences raised, and the cancellations. */
  items: CalendarItem[];
  /** What to remember once the file is saved: every deadline event in it from `asOf` on. */
  remember: ExportedDeadline[];
  /** How many deadline cancellations the file holds. */
  cancelled: number;
}

const isLiveDeadline = (i: CalendarItem) => i.category === 'deadline' && !i.cancelled;

/**
 * An export on `asOf`, at `now`, of `items` (calendarItems' events) after earlier exports
 * wrote `remembered`: live deadlines get liveDeadlineSequence, each deadline gone away is
 * added as a cancellation (cancelledDeadlines, deadlineCancelSequence), and the record to keep
 * is every deadline event of the file dated `asOf` or later — so a past one is forgotten.
 */
export function withDeadlineMemory(
  items: readonly CalendarItem[],
  remembered: readonly ExportedDeadline[],
  asOf: LocalDate,
  now: string,
): DeadlineMemory {
  const before = byUid(remembered);
  const live = items.map((i) =>
    isLiveDeadline(i) ? { ...i, sequence: liveDeadlineSequence(i.sequence, before.get(i.uid)) } : i,
  );
  const liveUids = new Set(live.filter(isLiveDeadline).map((i) => i.uid));
  const cancellations: CalendarItem[] = cancelledDeadlines(remembered, liveUids, asOf).map((d) => ({
    uid: d.uid,
    title: d.title,
    date: d.date,
    category: 'deadline',
    sequence: deadlineCancelSequence(d, now),
    cancelled: true,
  }));
  const all = [...live, ...cancellations].sort(byDayThenUid);
  const remember = all
    .filter((i) => i.category === 'deadline' && i.date >= asOf)
    .map((i) => ({
      uid: i.uid,
      date: i.date,
      title: i.title,
      sequence: i.sequence,
      ...(i.cancelled ? { cancelled: true as const } : {}),
    }));
  return { items: all, remember, cancelled: cancellations.length };
}
