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

/**
 * "Last exported" after restoring a file the user exported (restore-flow.ts): the later of
 * the file's export time and the last export its own settings remember, whichever of them
 * reads as a time, and never later than now. A file made on a computer whose clock ran ahead
 * (or a settings row edited by hand) would otherwise put "Last exported" in the future and
 * keep the browser's reminder quiet until that day came.
 */
export function exportTimeAfterRestore(exportedAt: string, remembered: unknown, now: Date): string {
  const times = [exportedAt, remembered]
    .map((v) => (typeof v === 'string' ? Date.parse(v) : Number.NaN))
    .filter((t) => !Number.isNaN(t));
  if (times.length === 0) return now.toISOString();
  return new Date(Math.min(Math.max(...times), now.getTime())).toISOString();
}
