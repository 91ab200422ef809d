import { describe, expect, it } from 'vitest';
import { openFileRequest, saveFileRequest } from '../../../shared/ipc/contract';
import { BACKUP_FILTERS, type ProblemCode } from '../../../renderer/src/db/backup';
import { checkReminderDays, checkRotation } from '../../../renderer/src/features/backup/checks';
import {
  dailyBackupDue,
  daysSince,
  exportReminderDue,
} from '../../../renderer/src/features/backup/due';
import {
  problemText,
  sizeText,
  tableLabel,
  tableNames,
} from '../../../renderer/src/features/backup/messages';
import { withExportTime } from '../../../renderer/src/features/backup/restore-flow';
import { newestBackup } from '../../../renderer/src/features/backup/runner';
import type { ValidBackup } from '../../../renderer/src/db/backup';
import { latestTables } from '../../../renderer/src/db/schema';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe('the browser’s export reminder', () => {
  it.each([
    ['no records: never', null, 14, false, false],
    ['records, never exported', null, 14, true, true],
    ['13.9 days ago with 14', daysAgo(13.9), 14, true, false],
    ['exactly 14 days ago with 14', daysAgo(14), 14, true, true],
    ['3 days ago with 2', daysAgo(3), 2, true, true],
    ['an unreadable time counts as never', 'yesterday', 14, true, true],
  ])('%s', (_name, lastExportAt, reminderDays, hasRecords, due) => {
    expect(exportReminderDue({ lastExportAt, reminderDays, hasRecords, now: NOW })).toBe(due);
  });

  it('says how many whole days old the last export is', () => {
    expect(daysSince(daysAgo(20.5), NOW)).toBe(20);
    expect(daysSince(null, NOW)).toBeNull();
  });
});

describe('the daily automatic backup', () => {
  it('is due without a previous one, and 24 hours after the last', () => {
    expect(dailyBackupDue(null, NOW)).toBe(true);
    expect(dailyBackupDue(new Date(daysAgo(0.99)), NOW)).toBe(false);
    expect(dailyBackupDue(new Date(daysAgo(1)), NOW)).toBe(true);
  });

  it('offers the newest backup by time, whatever the order of the list', () => {
    const file = (createdAt: string) => ({
      fileName: createdAt,
      reason: 'daily' as const,
      createdAt,
      size: 1,
    });
    expect(newestBackup([file(daysAgo(3)), file(daysAgo(1)), file(daysAgo(2))])?.createdAt).toBe(
      daysAgo(1),
    );
    expect(newestBackup([])).toBeNull();
  });
});

describe('what the user types in the backup settings', () => {
  it.each([
    [
      { daily: '7', weekly: '4', monthly: '12' },
      { ok: true, value: { daily: 7, weekly: 4, monthly: 12 } },
    ],
    [
      { daily: '0', weekly: '', monthly: '1.5' },
      {
        ok: false,
        errors: {
          daily: 'Enter a whole number of backups from 1 to 365.',
          weekly: 'Enter a whole number of backups from 0 to 520.',
          monthly: 'Enter a whole number of backups from 0 to 1200.',
        },
      },
    ],
  ])('rotation %o', (draft, expected) => {
    expect(checkRotation(draft)).toEqual(expected);
  });

  it.each([
    ['14', { ok: true, value: 14 }],
    ['0', { ok: false, error: 'Enter a whole number of days from 1 to 365.' }],
    ['', { ok: false, error: 'Enter a whole number of days from 1 to 365.' }],
    ['2.5', { ok: false, error: 'Enter a whole number of days from 1 to 365.' }],
  ])('reminder days %j', (text, expected) => {
    expect(checkReminderDays(text)).toEqual(expected);
  });
});

describe('words', () => {
  const codes: ProblemCode[] = [
    'NOT_A_ZIP',
    'NOT_A_BACKUP',
    'MANIFEST_INVALID',
    'NEWER_FORMAT',
    'UNSUPPORTED_FORMAT',
    'NEWER_SCHEMA',
    'ENTRY_TOO_LARGE',
    'CHECKSUM_MISMATCH',
    'MISSING_ENTRY',
    'UNEXPECTED_ENTRY',
    'UNKNOWN_TABLE',
    'TABLE_INVALID',
    'COUNT_MISMATCH',
    'ROW_INVALID',
    'DUPLICATE_KEY',
    'BROKEN_REFERENCE',
    'UPGRADE_FAILED',
  ];
  it.each(codes)('%s has a sentence', (code) => {
    expect(problemText({ code, table: 'activities', row: 2, field: 'date' })).toMatch(
      /^[A-Z].+\.$/,
    );
  });

  it('locates a bad row the way a person counts', () => {
    expect(problemText({ code: 'ROW_INVALID', table: 'activities', row: 2, field: 'date' })).toBe(
      'A record is not valid (Credit log activities, row 2, field “date”).',
    );
  });

  it('names every kind of record, including a table added later without a label', () => {
    expect(tableLabel('activities')).toBe('Credit log activities');
    expect(tableLabel('futureThingsToDo')).toBe('Future things to do');
    expect(tableLabel('constructor')).toBe('Constructor');
  });

  it('gives every table of the database a name of its own, not words made from its key', () => {
    expect(Object.keys(tableNames).sort()).toEqual(latestTables());
    const names = latestTables().map(tableLabel);
    expect(new Set(names).size).toBe(names.length);
    expect([tableLabel('timer'), tableLabel('notified'), tableLabel('eventSessions')]).toEqual([
      'A focus timer left running',
      'Reminders already shown (so they are not shown again)',
      'Sessions at events',
    ]);
  });

  it('locates a bad career row by the name the user knows', () => {
    expect(problemText({ code: 'ROW_INVALID', table: 'ladderPlan', row: 1, field: 'rungs' })).toBe(
      'A record is not valid (Your ladder plan, row 1, field “rungs”).',
    );
  });

  it('gives sizes in the unit a person reads', () => {
    expect([sizeText(900), sizeText(2048), sizeText(5 * 1024 ** 2)]).toEqual([
      '900 bytes',
      '2 KB',
      '5 MB',
    ]);
  });
});

describe('a restored file counts as the last export', () => {
  const backup = (settings: Record<string, unknown>[]) =>
    ({
      manifest: { exportedAt: '2026-11-20T08:00:00.000Z' },
      tables: { settings },
    }) as unknown as ValidBackup;

  it('sets the export time on the settings row, or adds the row', () => {
    expect(withExportTime(backup([{ id: 'app', theme: 'dark' }])).tables.settings).toEqual([
      { id: 'app', theme: 'dark', lastExportAt: '2026-11-20T08:00:00.000Z' },
    ]);
    expect(withExportTime(backup([])).tables.settings).toEqual([
      {
        id: 'app',
        lastExportAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-20T08:00:00.000Z',
      },
    ]);
  });

  it('keeps a later export time the row already has', () => {
    const later = '2026-11-21T08:00:00.000Z';
    expect(
      withExportTime(backup([{ id: 'app', lastExportAt: later }])).tables.settings?.[0]
        ?.lastExportAt,
    ).toBe(later);
  });
});

describe('the desktop dialogs', () => {
  // Main validates every request: a filter it refuses would make export and restore fail.
  it('accept the backup file type in the save and open requests', () => {
    const save = {
      suggestedName: 'ascent-2026-11-22-1005.ascent-backup',
      filters: BACKUP_FILTERS,
      content: new Uint8Array([1]),
    };
    expect(saveFileRequest.safeParse(save).error?.issues ?? []).toEqual([]);
    expect(openFileRequest.safeParse({ filters: BACKUP_FILTERS }).error?.issues ?? []).toEqual([]);
  });
});
