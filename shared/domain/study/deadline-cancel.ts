/**
 * Deadlines that left the calendar (issue 7 part 5; Ascent rule). A calendar app keeps every
 * event it imported until a later file says otherwise, so a deadline that was exported once
 * and then went away — the credential renewed, the goal deleted or paused, the exam date
 * cleared, the yearly minimum met — would stay there. Each export remembers the deadline
 * events it wrote (UID, day, title, alarms, SEQUENCE); the next export writes each remembered
 * one that it no longer holds once more, with its UID, STATUS:CANCELLED (RFC 5545 §3.8.1.11)
 * and a higher SEQUENCE (§3.8.7.4: a calendar applies the copy with the higher sequence), so the
 * calendar app removes it. A remembered deadline is forgotten once its day has passed: by then
 * the calendar shows it in the past, where it misleads no one, as Study › Reminders stops
 * listing it. Blocks a re-plan drops follow the same idea (calendar-items.ts, cancelledBlocks).
 *
 * The same memory keeps a live deadline's SEQUENCE rising when its event changes. Its own
 * sequence comes from its record's last change, but much of what the event says is worked out
 * on the day of the export: a cycle ended unrenewed moves to the day to renew by, a goal whose
 * target is reached says so and loses its alarm, a new reminder lead in Settings moves the
 * alarms. Written again at the same sequence, a calendar keeps the old copy (§3.8.7.4: the
 * sequence must grow on a change of DTSTART, SUMMARY or the alarms), so an event whose day,
 * title or alarms differ from what was last written gets one above it.
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
  /**
   * Its alarms as written (alarmSignature). Absent in a record kept before alarms were
   * remembered: unknown, so the next export raises the sequence once (liveDeadlineSequence).
   */
  alarmSignature?: string;
}

/**
 * The alarms of an event as one string, to tell whether they changed since the last export:
 * each alarm's day and text, in the order written; "" for none (a cancellation has none).
 */
export function alarmSignature(item: Pick<CalendarItem, 'alarms'>): string {
  return (item.alarms ?? []).map((a) => `${a.daysBefore}\t${a.description}`).join('\n');
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
 * The SEQUENCE of a live deadline event `item` whose own record gives `item.sequence`
 * (sequenceOf its last change): never below what was last written for its UID, and above it
 * when the event is not the one written then — a cancellation of it, or another day, title or
 * alarms (RFC 5545 §3.8.7.4). A deadline can come back unchanged (a yearly minimum short again
 * after an activity is deleted); written with its old, lower sequence, a calendar would keep
 * the cancellation. A record kept before alarms were remembered does not say what they were:
 * taken as changed, which can only raise the sequence, once — the export then remembers them.
 */
export function liveDeadlineSequence(
  item: Pick<CalendarItem, 'sequence' | 'date' | 'title' | 'alarms'>,
  before: ExportedDeadline | undefined,
): number {
  const own = item.sequence;
  if (!before) return own;
  const changed =
    before.cancelled === true ||
    before.date !== item.date ||
    before.title !== item.title ||
    before.alarmSignature !== alarmSignature(item);
  return Math.max(own, changed ? before.sequence + 1 : before.sequence);
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
 * wrote `remembered`: live deadlines get liveDeadlineSequence (raised when their day, title or
 * alarms changed since), each deadline gone away is added as a cancellation
 * (cancelledDeadlines, deadlineCancelSequence), and the record to keep is every deadline event
 * of the file dated `asOf` or later, with its alarms — so a past one is forgotten.
 */
export function withDeadlineMemory(
  items: readonly CalendarItem[],
  remembered: readonly ExportedDeadline[],
  asOf: LocalDate,
  now: string,
): DeadlineMemory {
  const before = byUid(remembered);
  const live = items.map((i) =>
    isLiveDeadline(i) ? { ...i, sequence: liveDeadlineSequence(i, before.get(i.uid)) } : i,
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
      alarmSignature: alarmSignature(i),
    }));
  return { items: all, remember, cancelled: cancellations.length };
}
