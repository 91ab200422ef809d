/**
 * When to nudge and when to back up, as pure functions of instants. Elapsed time, not
 * calendar days: "older than 14 days" means 14 × 24 hours, whatever the time zone does.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderInput {
  /** ISO time of the last export, or null for never. */
  lastExportAt: string | null;
  reminderDays: number;
  hasRecords: boolean;
  now: Date;
}

/** Browser only: there are records and the last export is missing or older than the setting. */
export function exportReminderDue({ lastExportAt, reminderDays, hasRecords, now }: ReminderInput) {
  if (!hasRecords) return false;
  const last = lastExportAt ? Date.parse(lastExportAt) : Number.NaN;
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= reminderDays * DAY_MS;
}

/** Whole days since the last export, for the reminder's sentence (null for never). */
export function daysSince(iso: string | null, now: Date): number | null {
  const last = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(last) ? null : Math.max(0, Math.floor((now.getTime() - last) / DAY_MS));
}

/** Desktop: a daily automatic backup is due 24 hours after the last automatic one. */
export function dailyBackupDue(lastAutomaticAt: Date | null, now: Date): boolean {
  return lastAutomaticAt === null || now.getTime() - lastAutomaticAt.getTime() >= DAY_MS;
}
