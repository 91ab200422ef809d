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
 * answered by a later contact, exams of credentials already earned). A course start or an
 * event date simply passes.
 */
export const OVERDUE_KINDS: ReadonlySet<DeadlineKind> = new Set([
  'cycle-end',
  'exam',
  'goal',
  'milestone',
  'follow-up',
]);

/** Overdue items are reminded this long; after that they are left to their own screens. */
export const OVERDUE_DAYS = 90;

export interface DueReminder {
  deadline: Deadline;
  /** Days until the date; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
  /** The at-most-once-a-day key: item id and today's date. */
  key: string;
}

export function notificationKey(deadlineId: string, asOf: LocalDate): string {
  return `${deadlineId}@${asOf}`;
}

/** Overdue items first (the longest overdue first), then the coming ones by date. */
export function dueReminders(
  deadlines: readonly Deadline[],
  asOf: LocalDate,
  leadDays: number,
): DueReminder[] {
  const last = addDays(asOf, leadDays);
  const oldest = addDays(asOf, -OVERDUE_DAYS);
  const due = (d: Deadline) =>
    d.date < asOf ? OVERDUE_KINDS.has(d.kind) && d.date >= oldest : d.date <= last;
  return deadlines
    .filter(due)
    .map((d) => ({
      deadline: d,
      daysLeft: daysBetween(asOf, d.date),
      overdue: d.date < asOf,
      key: notificationKey(d.id, asOf),
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.deadline.id.localeCompare(b.deadline.id));
}

/** The due reminders not yet shown as a system notification today. */
export function remindersToNotify(
  due: readonly DueReminder[],
  alreadyNotified: ReadonlySet<string>,
): DueReminder[] {
  return due.filter((r) => !alreadyNotified.has(r.key));
}
