/**
 * Reminders (issue 7 part 4): every deadline from today up to the lead time chosen in
 * Settings, every deadline that has passed without being done (overdue), and at most one
 * system notification per item per day, remembered by a key of the item and the day (the
 * `notified` table).
 */
import { addDays, daysBetween, type LocalDate } from '../../dates';
import type { Deadline, DeadlineKind } from './types';

export const REMINDER_LEAD_DAYS = { min: 1, max: 90, default: 14 } as const;

/**
 * Kinds that stand for something still to do, so a passed date means it is overdue: the
 * deadline sources leave out what is done (goals no longer open, milestones done, follow-ups
 * answered by a later contact, exams of credentials already earned, memberships ended) and
 * mark a goal whose target is reached as `met` (never overdue). A current membership whose
 * renewal day has passed has lapsed until the user renews it and moves the day on, so it is
 * overdue too, and so is an exam application whose year is over before the exam was passed
 * (the person re-applies; the deadline goes once the credential is earned). A course start or an event date simply passes.
 * So does a yearly minimum's last day ('yearly-minimum'): a year that ended below its minimum
 * cannot be caught up, the Credentials screen says it was missed (missedMinimums), and the next
 * year's last day is the deadline from then on.
 */
export const OVERDUE_KINDS: ReadonlySet<DeadlineKind> = new Set([
  'cycle-end',
  'exam',
  'application-end',
  'goal',
  'milestone',
  'follow-up',
  'membership',
]);

/** Overdue items are reminded this long; after that they are left to their own screens. */
export const OVERDUE_DAYS = 90;

export interface DueReminder {
  deadline: Deadline;
  /** Days until the date; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
  /** A goal that has reached its target: the reminder is to mark it achieved. */
  met: boolean;
  /**
   * The notification key: item id and today's date (at most once a day); a met goal's is its
   * id alone, as the news that it is met is notified once.
   */
  key: string;
}

export function notificationKey(deadlineId: string, asOf: LocalDate, met = false): string {
  return met ? `${deadlineId}#met` : `${deadlineId}@${asOf}`;
}

/**
 * Whether a deadline whose date has passed still asks something of the user on `asOf`, so it is
 * still brought up: by Study → Reminders and by the Dashboard's "Next deadlines" alike (one rule,
 * so the two never disagree). Ascent rule (issue 7 part 4, "reminders for every deadline"; issue
 * 10 part 2): an overdue kind not done (OVERDUE_KINDS), or a goal whose target is reached but
 * which is not marked achieved yet (`met`: still active, the one step left is the user's), up to
 * OVERDUE_DAYS after its date; after that it is left to its own screen. A met goal is never
 * overdue: it is ready to be marked achieved, and vanishing when its date passes would drop the
 * one prompt to close it while the goal stays open.
 */
export function stillAsked(d: Deadline, asOf: LocalDate): boolean {
  if (d.date >= asOf) return false;
  return (d.met === true || OVERDUE_KINDS.has(d.kind)) && d.date >= addDays(asOf, -OVERDUE_DAYS);
}

/**
 * Reminders on `asOf`: deadlines up to `leadDays` ahead, and overdue kinds up to OVERDUE_DAYS
 * past; overdue items first (the longest overdue first), then the coming ones by date.
 * A goal that has reached its target (`met`) is reminded from the day it is met, however far
 * its date, until OVERDUE_DAYS after that date (never as overdue), as ready to be marked
 * achieved; its key differs from the goal's and names no day, so the news that it is met is
 * notified once, even on a day the goal was already notified as due.
 */
export function dueReminders(
  deadlines: readonly Deadline[],
  asOf: LocalDate,
  leadDays: number,
): DueReminder[] {
  const last = addDays(asOf, leadDays);
  const due = (d: Deadline) =>
    d.date < asOf ? stillAsked(d, asOf) : d.met === true || d.date <= last;
  return deadlines
    .filter(due)
    .map((d) => {
      const met = d.met === true;
      return {
        deadline: d,
        daysLeft: daysBetween(asOf, d.date),
        overdue: !met && d.date < asOf,
        met,
        key: notificationKey(d.id, asOf, met),
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.deadline.id.localeCompare(b.deadline.id));
}

/** The due reminders not yet shown as a system notification today. */
export function remindersToNotify(
  due: readonly DueReminder[],
  alreadyNotified: ReadonlySet<string>,
): DueReminder[] {
  return due.filter((r) => !alreadyNotified.has(r.key));
}
