/**
 * Which automatic backups to delete, as a pure function of the files, the clock and the
 * user's policy (grandfather–father–son). All periods are UTC calendar periods counted back
 * from `now`, the current one included, so daylight-saving changes and the machine's time
 * zone never matter. A file is KEPT when any of these holds:
 *
 *  1. it is the newest backup overall (there is always at least one backup to go back to);
 *  2. it is the newest backup of one of the last `daily` UTC days;
 *  3. it is the newest backup of one of the last `weekly` ISO weeks (Monday to Sunday);
 *  4. it is the newest backup of one of the last `monthly` calendar months;
 *  5. it is a safety copy ('before-restore', 'before-bulk-delete', 'version-change') written
 *     in the last 24 hours: a user who restores the wrong file twice in an afternoon needs
 *     every copy, not just the day's newest;
 *  6. it is the newest safety copy of its reason, whatever its age: the data as it was
 *     before the last restore, the last bulk delete or the last upgrade stays reachable
 *     until a newer copy of the same kind replaces it (at most three files);
 *  7. it is dated in the future (a clock that was wrong, or is now): time says nothing
 *     about it, and a file we cannot place is not ours to delete;
 *  8. its name does not follow Ascent's pattern, or its name disagrees with the time and
 *     reason it was listed with: never delete what we did not provably write.
 *
 * Everything else is returned for deletion. Within one period "newest" means the latest
 * time, then the highest same-second sequence number.
 *
 * The policy comes from the page with every write, so a compromised page could send the
 * lowest one the contract allows; main's own floor on top of it is keptWhateverThePolicy.
 */
import type { BackupReason, RotationPolicy } from '../../../shared/ipc/contract';
import { compareNewestFirst, parseBackupName, type ParsedBackupName } from './naming';

export interface RotationFile {
  fileName: string;
  /** ISO timestamp. */
  createdAt: string;
  reason: BackupReason;
}

export const safetyReasons: readonly BackupReason[] = [
  'before-restore',
  'before-bulk-delete',
  'version-change',
];
export const SAFETY_WINDOW_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** The day number of the Monday that starts the ISO week of `time` (1970-01-01 was a Thursday). */
function isoWeekMonday(time: number): number {
  const day = utcDay(time);
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
  return day - weekday;
}

function utcMonth(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** A listed file we may reason about: its name is ours and agrees with what was listed. */
function recognise(file: RotationFile): ParsedBackupName | null {
  const parsed = parseBackupName(file.fileName);
  if (!parsed) return null;
  const listedTime = Date.parse(file.createdAt);
  if (listedTime !== Date.parse(parsed.createdAt) || file.reason !== parsed.reason) return null;
  return parsed;
}

/** Returns the names of the files to delete, newest first. */
export function filesToDelete(
  files: readonly RotationFile[],
  now: Date,
  policy: RotationPolicy,
): string[] {
  const nowTime = now.getTime();
  if (Number.isNaN(nowTime)) return []; // without a clock nothing can be judged old

  const candidates = files
    .map(recognise)
    .filter((f): f is ParsedBackupName => f !== null)
    .sort(compareNewestFirst);

  const keep = new Set<string>();
  const periodsSeen = new Set<string>();
  const safetyReasonsSeen = new Set<BackupReason>();
  const today = utcDay(nowTime);
  const thisWeek = isoWeekMonday(nowTime);
  const thisMonth = utcMonth(nowTime);

  /** Keeps the first (newest) file of a period that lies within the last `count` periods. */
  const keepNewestOfPeriod = (file: ParsedBackupName, kind: string, ago: number, count: number) => {
    if (ago < 0 || ago >= count) return;
    const key = `${kind}${ago}`;
    if (periodsSeen.has(key)) return;
    periodsSeen.add(key);
    keep.add(file.fileName);
  };

  candidates.forEach((file, index) => {
    const time = Date.parse(file.createdAt);
    if (index === 0 || time > nowTime) keep.add(file.fileName);
    if (safetyReasons.includes(file.reason)) {
      if (nowTime - time < SAFETY_WINDOW_MS) keep.add(file.fileName);
      if (!safetyReasonsSeen.has(file.reason)) {
        safetyReasonsSeen.add(file.reason);
        keep.add(file.fileName);
      }
    }
    if (time > nowTime) return; // a future file belongs to no past period
    keepNewestOfPeriod(file, 'day', today - utcDay(time), policy.daily);
    keepNewestOfPeriod(file, 'week', (thisWeek - isoWeekMonday(time)) / 7, policy.weekly);
    keepNewestOfPeriod(file, 'month', thisMonth - utcMonth(time), policy.monthly);
  });

  return candidates.filter((f) => !keep.has(f.fileName)).map((f) => f.fileName);
}

/**
 * Main's floor under any policy (DESIGN.md §6: main never trusts what the page sends): the
 * newest backup written before the current UTC day, the newest before the current ISO week and
 * the newest before the current month. Whatever the page sends, and however often it writes,
 * these are backups from before today that it cannot have written itself (main names every
 * file with its own clock), so the data as it was before anything the page does now stays
 * within reach for a month. The user's own numbers, however low, decide everything else: the
 * floor adds at most three files, and usually none (the default policy keeps them anyway).
 */
export function keptWhateverThePolicy(files: readonly RotationFile[], now: Date): Set<string> {
  const nowTime = now.getTime();
  const kept = new Set<string>();
  if (Number.isNaN(nowTime)) return kept; // rotation deletes nothing without a clock anyway
  const candidates = files
    .map(recognise)
    .filter((f): f is ParsedBackupName => f !== null)
    .sort(compareNewestFirst);
  const before: ((time: number) => boolean)[] = [
    (time) => utcDay(time) < utcDay(nowTime),
    (time) => isoWeekMonday(time) < isoWeekMonday(nowTime),
    (time) => utcMonth(time) < utcMonth(nowTime),
  ];
  for (const isBefore of before) {
    const newest = candidates.find((f) => isBefore(Date.parse(f.createdAt)));
    if (newest) kept.add(newest.fileName);
  }
  return kept;
}
