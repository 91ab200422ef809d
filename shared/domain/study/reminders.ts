/**
 * Reminders (issue 7 part 4): every deadline from today up to the lead time chosen in
 * Settings, and at most one system notification per item per day, remembered by a key of
 * the item and the day (the `notified` table).
 */
import { addDays, daysBetween, type LocalDate } from '../../dates';
import type { Deadline } from './types';

export const REMINDER_LEAD_DAYS = { min: 1, max: 90, default: 14 } as const;

export interface DueReminder {
  deadline: Deadline;
  daysLeft: number;
  /** The at-most-once-a-day key: item id and today's date. */
  key: string;
}

export function notificationKey(deadlineId: string, asOf: LocalDate): string {
  return `${deadlineId}@${asOf}`;
}

export function dueReminders(
  deadlines: readonly Deadline[],
  asOf: LocalDate,
  leadDays: number,
): DueReminder[] {
  const last = addDays(asOf, leadDays);
  return deadlines
    .filter((d) => d.date >= asOf && d.date <= last)
    .map((d) => ({
      deadline: d,
      daysLeft: daysBetween(asOf, d.date),
      key: notificationKey(d.id, asOf),
    }));
}

/** The due reminders not yet shown as a system notification today. */
export function remindersToNotify(
  due: readonly DueReminder[],
  alreadyNotified: ReadonlySet<string>,
): DueReminder[] {
  return due.filter((r) => !alreadyNotified.has(r.key));
}
