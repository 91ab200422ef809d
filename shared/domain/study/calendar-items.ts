/**
 * What a calendar export contains (issue 7 part 5): study blocks as timed events and
 * deadlines as all-day events. The UID comes from the record's own id, never from its date
 * or title, so exporting again after a change updates the calendar entry in place; the
 * SEQUENCE grows with the record's last change (RFC 5545 §3.8.7.4: a calendar keeps the copy
 * with the higher sequence), so a moved block replaces the old copy instead of losing to it.
 * A block that a re-plan, plan edit or plan delete dropped is written once more, with its UID,
 * STATUS:CANCELLED (RFC 5545 §3.8.1.11) and a higher SEQUENCE, so a calendar that imported it
 * removes it; leaving it out of the file would leave it in the calendar.
 * Deadlines carry alarms (RFC 5545 §3.6.6, VALARM), so the calendar app reminds of them as
 * Study › Reminders does (alarmDaysFor).
 */
import { addDays, daysBetween, isLocalDate, type LocalDate } from '../../dates';
import { REMINDER_LEAD_DAYS } from './reminders';
import type { Deadline, DeadlineKind, DroppedBlock, StudyBlock } from './types';

/** A reminder of an event, `daysBefore` its day (the writer picks the hour), with its text. */
export interface CalendarAlarm {
  daysBefore: number;
  description: string;
}

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
  /** The event is withdrawn: its block is no longer planned (RFC 5545 §3.8.1.11). */
  cancelled?: true;
  /** Reminders the calendar app shows before the event (deadlines only). */
  alarms?: readonly CalendarAlarm[];
}

/**
 * Kinds that happen on their day rather than being work to finish by it: a course starts, an
 * event is held, a follow-up is a call to make that day. A day's notice is what helps there;
 * a reminder weeks ahead would be noise in a calendar that shows them anyway.
 */
const ON_THE_DAY: ReadonlySet<DeadlineKind> = new Set(['course', 'event', 'follow-up']);

/**
 * How many days before a deadline its calendar alarms go off (Ascent rule, issue 7 part 4:
 * "reminders for every deadline"). Work to finish by a date — a cycle end or the day to renew
 * by, a yearly minimum's last day, an exam application's end, a goal, a milestone, a membership
 * renewal — is reminded `leadDays` ahead, the lead the user chose in Settings, so the calendar
 * speaks up on the day Study › Reminders starts listing it, with time left to act. An exam day
 * gets that lead (to finish preparing and check the booking) and also the day before (to be
 * there, rested, with what the exam asks to bring). Kinds that happen on their day get the day
 * before (ON_THE_DAY). A goal whose target is reached has nothing left to do by its date: no
 * alarm. Sorted, furthest first, without repeats.
 *
 * `daysLeft`, the days from the export's day to the deadline, keeps every alarm on or after the
 * export's day: one that would ring earlier (a 60-day lead, a deadline 39 days away) rings on
 * the export's day instead, as Study › Reminders lists it from that day, rather than in the
 * past or (imported late) before the day the person chose it. A deadline on the export's day or
 * past has no alarm left to give: none (an alarm needs a day before the event).
 */
export function alarmDaysFor(
  d: Pick<Deadline, 'kind' | 'met'>,
  leadDays: number,
  daysLeft?: number,
): number[] {
  if (d.met) return [];
  if (daysLeft !== undefined && daysLeft < 1) return [];
  const lead = Math.max(REMINDER_LEAD_DAYS.min, Math.round(leadDays));
  const days = ON_THE_DAY.has(d.kind) ? [1] : d.kind === 'exam' ? [lead, 1] : [lead];
  const kept = daysLeft === undefined ? days : days.map((n) => Math.min(n, daysLeft));
  return [...new Set(kept)].sort((a, b) => b - a);
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

/** The file's order: by day, then by UID, so the same data always gives the same file. */
type Ordered = Pick<CalendarItem, 'date' | 'uid'>;
export const byDayThenUid = (a: Ordered, b: Ordered): number =>
  a.date === b.date ? a.uid.localeCompare(b.uid) : a.date < b.date ? -1 : 1;

/** A stored block, with the time of its last change when known. */
export type ExportBlock = StudyBlock & { updatedAt?: string };

export function calendarItems(
  blocks: readonly ExportBlock[],
  planTitles: ReadonlyMap<string, string>,
  deadlines: readonly Deadline[],
  labels: {
    study: (planTitle: string) => string;
    deadline: (d: Deadline) => string;
    /**
     * The alarm's text (RFC 5545 §3.6.6: a DISPLAY alarm needs one); none: no alarms.
     * `daysBefore` is the alarm's own day, so a count said from it is true when it rings.
     */
    alarm?: (d: Deadline, daysBefore: number) => string;
  },
  cancelled: readonly DroppedBlock[] = [],
  /** Days ahead that deadlines are reminded (Settings: the reminder lead). */
  leadDays: number = REMINDER_LEAD_DAYS.default,
  /** The export's day: no alarm rings before it (alarmDaysFor). */
  asOf?: LocalDate,
): CalendarItem[] {
  const alarmsOf = (d: Deadline) => {
    const text = labels.alarm;
    if (!text) return {};
    const left = asOf === undefined ? undefined : daysBetween(asOf, d.date);
    const alarms = alarmDaysFor(d, leadDays, left).map((n) => ({
      daysBefore: n,
      description: text(d, n),
    }));
    return alarms.length ? { alarms } : {};
  };
  return [
    ...cancelled.map((b) => ({
      uid: blockUid(b.id),
      title: labels.study(planTitles.get(b.planId) ?? ''),
      date: b.date,
      start: b.start,
      minutes: b.minutes,
      category: 'study' as const,
      sequence: cancelSequence(b),
      cancelled: true as const,
    })),
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
      ...alarmsOf(d),
    })),
  ].sort(byDayThenUid);
}

/**
 * How long a dropped block is remembered (Ascent rule): until four weeks after its day, and
 * never more than the 500 dropped last. By then a calendar that still shows the old event
 * shows it well in the past, where it misleads no one, and an export that was never imported
 * again gains nothing from cancelling it; the cap keeps the record small however often the
 * user re-plans.
 */
export const DROPPED_KEEP_DAYS = 28;
export const DROPPED_KEEP_MAX = 500;

/**
 * The SEQUENCE of a dropped block's cancellation: the time it was dropped, and always above
 * the SEQUENCE its event was last exported with (RFC 5545 §3.8.7.4: a calendar applies the
 * copy with the higher sequence), even when it was changed and dropped in the same second.
 */
export function cancelSequence(b: DroppedBlock): number {
  return Math.max(sequenceOf(b.droppedAt), sequenceOf(b.updatedAt) + 1);
}

/**
 * The dropped blocks still worth remembering on `asOf` (the DROPPED_KEEP_* rule): none whose
 * id is on the calendar again (`liveIds`: a re-plan gave a new sitting its id, or Undo put a
 * deleted plan back), none more than DROPPED_KEEP_DAYS past its day, at most DROPPED_KEEP_MAX
 * (the latest dropped first), one entry per id (the latest drop).
 */
export function cancelledBlocks(
  dropped: readonly DroppedBlock[],
  liveIds: ReadonlySet<string>,
  asOf: LocalDate,
): DroppedBlock[] {
  const oldest = addDays(asOf, -DROPPED_KEEP_DAYS);
  const latest = [...dropped].sort((a, b) =>
    a.droppedAt === b.droppedAt ? a.id.localeCompare(b.id) : a.droppedAt < b.droppedAt ? 1 : -1,
  );
  const seen = new Set<string>();
  const out: DroppedBlock[] = [];
  for (const b of latest) {
    if (seen.has(b.id) || liveIds.has(b.id) || b.date < oldest) continue;
    seen.add(b.id);
    out.push(b);
    if (out.length === DROPPED_KEEP_MAX) break;
  }
  return out;
}

/**
 * The record after `removed` blocks left the calendar at `droppedAt`: added to what was
 * remembered, then pruned by `cancelledBlocks` (same rule, same `liveIds`, same day).
 */
export function rememberDropped(
  remembered: readonly DroppedBlock[],
  removed: readonly ExportBlock[],
  liveIds: ReadonlySet<string>,
  asOf: LocalDate,
  droppedAt: string,
): DroppedBlock[] {
  const fresh = removed.map((b) => ({
    id: b.id,
    planId: b.planId,
    date: b.date,
    start: b.start,
    minutes: b.minutes,
    ...(b.updatedAt ? { updatedAt: b.updatedAt } : {}),
    droppedAt,
  }));
  return cancelledBlocks([...fresh, ...remembered], liveIds, asOf);
}
