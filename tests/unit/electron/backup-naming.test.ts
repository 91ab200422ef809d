import { describe, expect, it } from 'vitest';
import { backupReasons } from '../../../shared/ipc/contract';
import {
  compareNewestFirst,
  formatBackupName,
  parseBackupName,
} from '../../../electron/main/backups/naming';

const at = (iso: string) => new Date(iso);

describe('backup file names', () => {
  it.each([
    ['2026-11-22T10:15:03.999Z', 'daily', 1, 'ascent-2026-11-22T10-15-03Z-daily.ascent-backup'],
    ['2026-01-05T00:00:00Z', 'start', 1, 'ascent-2026-01-05T00-00-00Z-start.ascent-backup'],
    [
      '2027-12-31T23:59:59Z',
      'before-bulk-delete',
      2,
      'ascent-2027-12-31T23-59-59Z-before-bulk-delete-2.ascent-backup',
    ],
    [
      '2026-03-01T12:00:00Z',
      'manual',
      9999,
      'ascent-2026-03-01T12-00-00Z-manual-9999.ascent-backup',
    ],
  ] as const)('%s %s #%i is %s', (iso, reason, sequence, name) => {
    expect(formatBackupName(at(iso), reason, sequence)).toBe(name);
  });

  it('never contains a colon, a separator or a space (Windows, shells, the read schema)', () => {
    for (const reason of backupReasons) {
      expect(formatBackupName(at('2026-11-22T10:15:03Z'), reason, 12)).toMatch(/^[A-Za-z0-9._-]+$/);
    }
  });

  it('sorts by time when sorted as text', () => {
    const names = ['2026-11-22T10:15:03Z', '2026-02-01T00:00:00Z', '2025-12-31T23:59:59Z'].map(
      (iso) => formatBackupName(at(iso), 'daily'),
    );
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });

  it('round-trips every reason and sequence', () => {
    for (const reason of backupReasons) {
      for (const sequence of [1, 2, 10, 9999]) {
        const name = formatBackupName(at('2024-02-29T08:09:10Z'), reason, sequence);
        expect(parseBackupName(name)).toEqual({
          fileName: name,
          reason,
          createdAt: '2024-02-29T08:09:10.000Z',
          sequence,
        });
      }
    }
  });

  it('refuses what it cannot name', () => {
    expect(() => formatBackupName(new Date(NaN), 'daily')).toThrow(RangeError);
    expect(() => formatBackupName(at('+010000-01-01T00:00:00Z'), 'daily')).toThrow(RangeError);
    expect(() => formatBackupName(at('2026-01-01T00:00:00Z'), 'daily', 0)).toThrow(RangeError);
    expect(() => formatBackupName(at('2026-01-01T00:00:00Z'), 'daily', 10_000)).toThrow();
    expect(() => formatBackupName(at('2026-01-01T00:00:00Z'), 'daily', 1.5)).toThrow();
  });

  it.each([
    'ascent-2026-11-22T10-15-03Z-daily.ascent-backup.tmp',
    '.ascent-2026-11-22T10-15-03Z-daily.ascent-backup.0123456789ab.tmp',
    'ascent-2026-11-22T10:15:03Z-daily.ascent-backup',
    'ascent-2026-11-22T10-15-03-daily.ascent-backup',
    'ascent-2026-11-22T10-15-03Z.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-weekly.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-daily-1.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-daily-02.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-daily-10000.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-daily-.ascent-backup',
    'ascent-2026-02-29T10-15-03Z-daily.ascent-backup', // 2026 is not a leap year
    'ascent-2026-04-31T10-15-03Z-daily.ascent-backup',
    'ascent-2026-13-01T10-15-03Z-daily.ascent-backup',
    'ascent-2026-00-01T10-15-03Z-daily.ascent-backup',
    'ascent-2026-11-22T24-00-00Z-daily.ascent-backup',
    'ascent-2026-11-22T10-60-00Z-daily.ascent-backup',
    'ascent-2026-11-22T10-15-60Z-daily.ascent-backup',
    'ascent-0999-11-22T10-15-03Z-daily.ascent-backup',
    'ascent-26-11-22T10-15-03Z-daily.ascent-backup',
    'Ascent-2026-11-22T10-15-03Z-daily.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-daily.ASCENT-BACKUP',
    'x-ascent-2026-11-22T10-15-03Z-daily.ascent-backup',
    'ascent-2026-11-22T10-15-03Z-daily.ascent-backup\n',
    'storage-marker.json',
    '',
  ])('%j is not an Ascent backup', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });

  it('orders newest first by time, then by sequence within a second', () => {
    const names = [
      formatBackupName(at('2026-11-22T10:15:03Z'), 'daily'),
      formatBackupName(at('2026-11-22T10:15:03Z'), 'manual', 3),
      formatBackupName(at('2026-11-22T10:15:04Z'), 'start'),
      formatBackupName(at('2026-11-22T10:15:03Z'), 'before-restore', 2),
    ];
    const sorted = names.map((n) => parseBackupName(n)!).sort(compareNewestFirst);
    expect(sorted.map((p) => p.fileName)).toEqual([names[2], names[1], names[3], names[0]]);
  });
});
