/**
 * Names of automatic backup files. The name is the only metadata a backup carries outside its
 * content, so it holds the time (UTC, to the second) and the reason, and nothing else:
 *
 *   ascent-2026-11-22T10-15-03Z-daily.ascent-backup
 *   ascent-2026-11-22T10-15-03Z-daily-2.ascent-backup   (a second write in the same second)
 *
 * Dashes replace the colons (Windows forbids them), the fixed-width UTC timestamp makes names
 * sort by time, and the pattern is strict: a file that does not match exactly is not ours and
 * is never listed, read or deleted. Shared: main names and rotates the files by it, and the
 * renderer tells by it that a file picked by hand is one of them (isAutomaticBackupName).
 */
import { backupReasons, type BackupReason } from './ipc/contract';

export const BACKUP_EXTENSION = '.ascent-backup';

export interface ParsedBackupName {
  fileName: string;
  reason: BackupReason;
  /** ISO timestamp, second precision, e.g. 2026-11-22T10:15:03.000Z. */
  createdAt: string;
  /** 1 for the first file of a second, 2, 3, … for later ones in the same second. */
  sequence: number;
}

// No reason ends in a digit and the sequence is digits only, so reason and sequence never
// blur into each other. A sequence of 1 is never written out, so each file has one name.
const namePattern = new RegExp(
  String.raw`^ascent-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(` +
    backupReasons.map((r) => r.replace(/-/g, String.raw`\-`)).join('|') +
    String.raw`)(?:-([2-9]|[1-9]\d{1,3}))?\.ascent-backup$`,
);

/** The highest sequence a name may carry; a 10,000th write within one second is refused. */
export const MAX_SEQUENCE = 9999;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The timestamp part of a name: `2026-11-22T10-15-03Z`. */
function stamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}-${pad(date.getUTCMinutes())}-${pad(date.getUTCSeconds())}Z`
  );
}

export function formatBackupName(date: Date, reason: BackupReason, sequence = 1): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  if (date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 9999) {
    throw new RangeError('year out of range'); // the name has room for four digits only
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError('sequence out of range');
  }
  const suffix = sequence === 1 ? '' : `-${sequence}`;
  return `ascent-${stamp(date)}-${reason}${suffix}${BACKUP_EXTENSION}`;
}

/** Parses an Ascent backup name; null for anything else, including impossible dates. */
export function parseBackupName(fileName: string): ParsedBackupName | null {
  const match = namePattern.exec(fileName);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, reason, seq] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = parts;
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over into March; a name that does not survive the round trip
  // was not written by Ascent.
  if (year < 1000 || stamp(date) !== `${y}-${mo}-${d}T${h}-${mi}-${s}Z`) return null;
  return {
    fileName,
    reason: reason as BackupReason,
    createdAt: date.toISOString(),
    sequence: seq === undefined ? 1 : Number(seq),
  };
}

/** Newest first: by time, then by sequence within the same second, then by name. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (byTime !== 0) return byTime;
  if (a.sequence !== b.sequence) return b.sequence - a.sequence;
  return a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0;
}

/**
 * The renderer's order for listed backups (AutomaticBackups, the newest one offered after
 * records vanished), which carry a name and a time but no sequence: compareNewestFirst's order,
 * the sequence read back from the name (1 for a name not of this pattern), a time that does not
 * read last. Total, so a re-sort keeps two writes within one second newest first.
 */
export function compareListedNewestFirst(a: ListedBackup, b: ListedBackup): number {
  const time = (f: ListedBackup) => {
    const t = Date.parse(f.createdAt);
    return Number.isNaN(t) ? -Infinity : t;
  };
  const sequence = (f: ListedBackup) => parseBackupName(f.fileName)?.sequence ?? 1;
  return (
    compareDescending(time(a), time(b)) ||
    compareDescending(sequence(a), sequence(b)) ||
    compareDescending(a.fileName, b.fileName)
  );
}

interface ListedBackup {
  fileName: string;
  createdAt: string;
}

function compareDescending<T extends number | string>(a: T, b: T): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * A file picked by hand whose name is an automatic backup's was made by Ascent, not exported
 * by the user: restoring it leaves "Last exported" as it was, as restoring it from the list
 * of automatic backups does (README, Decisions: what counts as an export).
 */
export function isAutomaticBackupName(fileName: string): boolean {
  return parseBackupName(fileName) !== null;
}
