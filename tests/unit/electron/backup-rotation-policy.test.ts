/** Rotation over long runs, foreign files, a broken clock and distant time zones. */
import { describe, expect, it } from 'vitest';
import { filesToDelete, type RotationFile } from '../../../electron/main/backups/rotation';
import { file, only } from './backup-rotation-helpers';

describe('filesToDelete beyond the table', () => {
  it('keeps 7 days, 4 ISO weeks and 12 months of a year of nightly backups (the default)', () => {
    const files: RotationFile[] = [];
    for (
      let t = Date.parse('2025-10-01T03:00:00Z');
      t <= Date.parse('2026-11-22T03:00:00Z');
      t += 86_400_000
    ) {
      files.push(file(new Date(t).toISOString()));
    }
    const doomed = new Set(filesToDelete(files, new Date('2026-11-22T04:00:00Z'), only(7, 4, 12)));
    const kept = files.filter((f) => !doomed.has(f.fileName)).map((f) => f.createdAt.slice(0, 10));
    expect(kept.reverse()).toEqual([
      ...['22', '21', '20', '19', '18', '17', '16', '15', '08', '01'].map((d) => `2026-11-${d}`),
      ...[
        '10-31',
        '09-30',
        '08-31',
        '07-31',
        '06-30',
        '05-31',
        '04-30',
        '03-31',
        '02-28',
        '01-31',
      ].map((d) => `2026-${d}`),
      '2025-12-31',
    ]);
  });

  it('never touches a file whose name is not an Ascent backup name', () => {
    const old = file('2020-01-01T00:00:00Z');
    const strangers: RotationFile[] = [
      { ...old, fileName: 'notes.txt' },
      { ...old, fileName: 'ascent-2020-02-30T00-00-00Z-daily.ascent-backup' },
      { ...old, fileName: `${old.fileName}.tmp` },
      { ...old, fileName: `.${old.fileName}.0123456789ab.tmp` },
      { ...old, createdAt: '2020-01-01T00:00:01.000Z' }, // the name says otherwise
      { ...old, reason: 'manual' }, // the name says otherwise
    ];
    const files = [file('2026-11-22T11:00:00Z'), ...strangers];
    expect(filesToDelete(files, new Date('2026-11-22T12:00:00Z'), only(1))).toEqual([]);
    expect(filesToDelete([...files, old], new Date('2026-11-22T12:00:00Z'), only(1))).toEqual([
      old.fileName,
    ]);
  });

  it('deletes nothing when the clock is unreadable', () => {
    const files = [file('2020-01-01T00:00:00Z'), file('2021-01-01T00:00:00Z')];
    expect(filesToDelete(files, new Date(NaN), only(1))).toEqual([]);
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])(
    'counts UTC days and months whatever the machine time zone (%s)',
    (zone) => {
      // Near midnight UTC on the first of a month, local time is another day and month in
      // both distant zones; a local-time slip would change which file is kept.
      const files = [
        file('2026-12-01T00:30:00Z'),
        file('2026-11-30T23:30:00Z'),
        file('2026-11-30T20:00:00Z'),
        file('2026-11-29T23:30:00Z'),
      ];
      const original = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(new Date('2026-12-01T01:00:00Z').getTimezoneOffset() !== 0).toBe(zone !== 'UTC');
        expect(filesToDelete(files, new Date('2026-12-01T01:00:00Z'), only(2, 0, 2))).toEqual([
          files[2]!.fileName,
          files[3]!.fileName,
        ]);
      } finally {
        if (original === undefined) delete process.env.TZ;
        else process.env.TZ = original;
      }
    },
  );
});
