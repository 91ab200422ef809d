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

/**
 * The last export's instant, or null when there is none to count from: never exported, a
 * time that does not read as one, or a time later than now. An export made while the
 * computer's clock ran ahead, its clock since put right, would otherwise keep the reminder
 * quiet until that day came and call the backup "0 days" old; its age is not known, so it
 * counts as stale (the rule exportTimeAfterRestore keeps for a restored file).
 */
function lastExportInstant(iso: string | null, now: Date): number | null {
  const last = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(last) || last > now.getTime() ? null : last;
}

/**
 * Browser only: there are records and the last export is missing, older than the setting, or
 * of an unknown age (a time later than now: lastExportInstant).
 */
export function exportReminderDue({ lastExportAt, reminderDays, hasRecords, now }: ReminderInput) {
  if (!hasRecords) return false;
  const last = lastExportInstant(lastExportAt, now);
  return last === null || now.getTime() - last >= reminderDays * DAY_MS;
}

/** How old the last export is, for the reminder's sentence. */
export type ExportAge =
  | { kind: 'never' }
  /** A time later than now: the computer's clock was wrong when it was made, or is now. */
  | { kind: 'unknown' }
  | { kind: 'days'; days: number };

/** The last export's age in whole days, or why there is none to say (exportReminderDue). */
export function exportAge(iso: string | null, now: Date): ExportAge {
  const last = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(last)) return { kind: 'never' };
  if (last > now.getTime()) return { kind: 'unknown' };
  return { kind: 'days', days: Math.floor((now.getTime() - last) / DAY_MS) };
}

/** Whole days since the last export (null for never, or for a time later than now). */
export function daysSince(iso: string | null, now: Date): number | null {
  const age = exportAge(iso, now);
  return age.kind === 'days' ? age.days : null;
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
