/** Words for the backup screens: problems, reasons, sizes, times, progress. */
import type { BackupReason } from '../../../../shared/ipc/contract';
import type { BackupProgress, Problem } from '../../db/backup';
import { formatFileSize, formatInstant, formatNumber } from '../../components/format';
import type { ClockChoice } from '../../db/repositories/settings';

/** What each kind of record is called in a restore report and preview. */
export const tableNames: Readonly<Record<string, string>> = {
  profile: 'Profile',
  settings: 'Settings',
  credentials: 'Credentials',
  customCredentials: 'Your own credential definitions',
  activities: 'Credit log activities',
  evidence: 'Evidence files',
  roles: 'Roles in your work history',
  degrees: 'Degrees',
  contactHours: 'Exam contact hours',
  skillAssessments: 'Skill assessments',
  goals: 'Goals',
  ladderPlan: 'Your ladder plan',
  courses: 'Courses',
  events: 'Events',
  eventSessions: 'Sessions at events',
  media: 'Reading and listening',
  contacts: 'Contacts and mentors',
  interactions: 'Interactions with contacts',
  memberships: 'Memberships',
  attachments: 'Course certificates',
  studyPlans: 'Study plans',
  studyBlocks: 'Study times planned in the calendar',
  studySessions: 'Logged study sessions',
  timer: 'A focus timer left running',
  notified: 'Reminders already shown (so they are not shown again)',
};

/** A later table without a label yet still reads as words: "someTable" → "Some table". */
const humanize = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ [A-Z]/g, (c) => c.toLowerCase());

export const tableLabel = (table: string) =>
  Object.hasOwn(tableNames, table) ? tableNames[table]! : humanize(table);

/**
 * The restore preview on the user's settings: the file's come back with it, or, for a file
 * without them (a settings table holding only the remembered import, say), this computer's
 * stay (restore.ts, PREFERENCE_SETTINGS).
 */
export const settingsInFileText = {
  held: 'It also holds your settings (theme, reminders, clock), which are not counted as records.',
  none: 'Your settings stay as they are: the file holds none.',
} as const;

function where(p: Problem): string {
  const parts = [
    p.table && tableLabel(p.table),
    p.row && `row ${p.row}`,
    p.field && `field “${p.field}”`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** What each checked link between tables (db/backup/rows.ts) means, by "table.field". */
export const brokenLinks: Readonly<Record<string, string>> = {
  'evidence.activityId': 'An evidence file belongs to an activity that is not in the backup',
  'attachments.ownerId': 'A course certificate belongs to a course that is not in the backup',
  'eventSessions.eventId': 'A session belongs to an event that is not in the backup',
  'interactions.contactId': 'An interaction is with a contact who is not in the backup',
  'studyBlocks.planId': 'A study calendar block belongs to a plan that is not in the backup',
};

function brokenLinkText(p: Problem): string {
  const key = `${p.table}.${p.field}`;
  const what = Object.hasOwn(brokenLinks, key)
    ? brokenLinks[key]!
    : 'A record refers to another record that is not in the backup';
  return `${what} (${where(p)}). The file is damaged or was edited: restore another backup of yours that is intact.`;
}

/**
 * A backup from a newer Ascent, however it is newer (its file format or its data): one
 * sentence naming both versions where they are known, and both ways on — update, or restore
 * an earlier backup. "This backup was made by Ascent 2.4.0; this is Ascent 0.1.0. …"
 */
export function newerText(fileVersion?: string, thisVersion?: string): string {
  // The same version on both sides (a build ahead of its number): the number says nothing.
  const named = fileVersion && fileVersion !== thisVersion ? fileVersion : null;
  const what =
    named && thisVersion
      ? `This backup was made by Ascent ${named}; this is Ascent ${thisVersion}.`
      : named
        ? `This backup was made by Ascent ${named}, a newer version than this one.`
        : thisVersion
          ? `This backup was made by a newer version of Ascent; this is Ascent ${thisVersion}.`
          : 'This backup was made by a newer version of Ascent.';
  return `${what} Update Ascent to restore it, or choose an earlier backup.`;
}

/**
 * One sentence per problem: what is wrong, and where when it is in a row. `thisVersion` is
 * this app's version (platform.appInfo, as About shows it), named when a backup is too new.
 */
export function problemText(p: Problem, thisVersion?: string): string {
  switch (p.code) {
    case 'NOT_A_ZIP':
      return 'This is not an Ascent backup file, or it is damaged: it cannot be opened as one.';
    case 'NOT_A_BACKUP':
      return 'This file is not an Ascent backup.';
    case 'MANIFEST_INVALID':
      return `The backup’s description is damaged${p.field ? ` (${p.field})` : ''}.`;
    case 'NEWER_FORMAT':
    case 'NEWER_SCHEMA':
      return newerText(p.appVersion, thisVersion);
    case 'UNSUPPORTED_FORMAT':
      return 'This backup uses an old format this version of Ascent cannot read.';
    case 'ENTRY_TOO_LARGE':
      return 'The file claims to hold more data than it can: it is damaged.';
    case 'CHECKSUM_MISMATCH':
      return 'The file was changed or damaged after it was made: its checksum does not match.';
    case 'MISSING_ENTRY':
      return `Part of the backup is missing: ${p.table ? tableLabel(p.table) : p.detail}.`;
    case 'UNEXPECTED_ENTRY':
      return `The file holds something a backup never contains: ${p.detail}.`;
    case 'UNKNOWN_TABLE':
      return `The backup holds a kind of record this version does not know: ${p.table}.`;
    case 'TABLE_INVALID':
      return `${tableLabel(p.table ?? '')} could not be read.`;
    case 'COUNT_MISMATCH':
      return `${tableLabel(p.table ?? '')}: the number of records does not match the backup’s description.`;
    case 'ROW_INVALID':
      return `A record is not valid (${where(p)}).`;
    case 'DUPLICATE_KEY':
      return `A record appears twice (${where(p)}).`;
    case 'BROKEN_REFERENCE':
      return brokenLinkText(p);
    case 'UPGRADE_FAILED':
      return 'The backup is from an older version and could not be brought up to date.';
  }
}

/**
 * A spreadsheet chosen as a backup (spreadsheet-file.ts): said as one, with the way to the
 * credit log's import, where its activities go. `link` is that screen's link text.
 */
export const spreadsheetText = {
  what: (label: string) =>
    `Nothing was changed: ${label} looks like a spreadsheet, not an Ascent backup file.`,
  before: {
    csv: 'To add its activities to your credit log, use ',
    workbook: 'To add its activities to your credit log, save it as CSV first, then use ',
  },
  link: 'Import from a spreadsheet',
  after: ' in the Credit log.',
} as const;

/** Problems an update of Ascent solves: the file is fine, this version is too old for it. */
const needsUpdate = new Set<Problem['code']>(['NEWER_FORMAT', 'NEWER_SCHEMA']);

/**
 * What to try after a file is refused, unless every problem is solved by updating Ascent
 * (those say so themselves): another file, and in the desktop app its automatic backups.
 */
export function nextStepText(problems: readonly Problem[], desktop: boolean): string | null {
  if (problems.length > 0 && problems.every((p) => needsUpdate.has(p.code))) return null;
  return desktop
    ? 'Choose another backup file instead: an earlier export, or one of the automatic backups listed under Settings → Backups.'
    : 'Choose another backup file instead, such as an earlier export.';
}

const reasons: Record<BackupReason, string> = {
  start: 'When Ascent started',
  daily: 'Daily',
  'version-change': 'Before an update of Ascent',
  'before-restore': 'Before a restore',
  'before-bulk-delete': 'Before deleting several records',
  manual: 'On request',
};
export const reasonText = (r: BackupReason) => reasons[r] ?? r;

/**
 * An automatic backup as a restore button and the restore dialog name it: its time and why it
 * was made ("20 Nov 2026, 08:00 (before a restore)"). The time alone is to the minute, and
 * a restore takes its safety copy in the same minute as the start's or the day's backup: two
 * buttons called the same, and the one holding the data as it was before cannot be told.
 */
export const automaticBackupName = (
  file: { createdAt: string; reason: BackupReason },
  clock?: ClockChoice,
): string => {
  const why = reasonText(file.reason);
  return `${timeText(file.createdAt, clock)} (${why.charAt(0).toLowerCase()}${why.slice(1)})`;
};

export const recordsText = (n: number) => `${formatNumber(n)} record${n === 1 ? '' : 's'}`;

/** A backup's size: "812 KB", "3.4 MB". */
export const sizeText = (n: number): string => formatFileSize(n);

/** A backup's time, with the hours as chosen in Settings (12- or 24-hour clock). */
export const timeText = (iso: string, clock?: ClockChoice): string =>
  formatInstant(iso, undefined, clock);

/**
 * The restore dialog's line while it reads a file: what it is doing, without the numbers
 * (the bar has them), so a screen reader says it once per step, not at every batch.
 */
export function checkingText(label: string, p: BackupProgress | null): string {
  return p?.step === 'unzip' ? `Unpacking ${label}…` : `Checking ${label}…`;
}

export function progressText(p: BackupProgress | null): string {
  if (!p) return 'Starting…';
  const of = `${p.done} of ${p.total}`;
  if (p.step === 'read') return `Reading your records… (${of} kinds)`;
  if (p.step === 'pack') return `Packing the backup… (${of} parts)`;
  if (p.step === 'unzip')
    return `Unpacking the file… (${sizeText(p.done)} of ${sizeText(p.total)})`;
  return `Checking the file… (${of} parts)`;
}

/**
 * Sample-data mode: backups are for the user's own records, which are kept apart while they
 * explore. Nothing made up is exported, restored into, or kept among their backups.
 */
export const sampleBackupText = {
  intro:
    'You are exploring sample data. Backups are for your own records, which are kept apart and untouched while you explore.',
  export:
    'Exporting is off while you explore: a file of the sample could later be taken for a backup of your own records. Leave the sample data to export yours.',
  exportRefused:
    'No backup was made: you are exploring sample data, and a file of it could be mistaken for a backup of yours. Leave the sample data first.',
  restore:
    'You are exploring sample data: leave it first, then restore your backup. Restored here, your backup would only replace the sample, and leaving removes the sample.',
  restoreRefused:
    'Nothing was restored: you are exploring sample data. Leave it first, then restore your backup into your own records.',
  automatic:
    'No automatic backups are made while you explore, so sample data never sits among your own backups or pushes one of them out. They carry on when you leave.',
} as const;

/** A backup export that ended with the file saved (as the Settings section says it). */
export const savedText = (fileName: string) => `Backup saved as ${fileName}.`;
