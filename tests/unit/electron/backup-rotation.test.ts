import { describe, expect, it } from 'vitest';
import type { RotationPolicy } from '../../../shared/ipc/contract';
import { filesToDelete, type RotationFile } from '../../../electron/main/backups/rotation';
import { file, only } from './backup-rotation-helpers';

interface Case {
  name: string;
  now: string;
  policy: RotationPolicy;
  files: RotationFile[];
  /** Indexes into `files` of those expected to be deleted. */
  deleted: number[];
}

const cases: Case[] = [
  { name: 'no files', now: '2026-11-22T12:00:00Z', policy: only(7, 4, 12), files: [], deleted: [] },
  {
    name: 'a lone file years old is the newest, so it stays',
    now: '2026-11-22T12:00:00Z',
    policy: only(1),
    files: [file('2023-05-01T08:00:00Z')],
    deleted: [],
  },
  {
    name: 'several in one day, one day kept: only the newest',
    now: '2026-11-22T12:00:00Z',
    policy: only(1),
    files: [
      file('2026-11-22T08:00:00Z'),
      file('2026-11-22T11:59:59Z'),
      file('2026-11-22T09:30:00Z', 'start'),
    ],
    deleted: [2, 0],
  },
  {
    name: 'seven days out of ten',
    now: '2026-11-10T13:00:00Z',
    policy: only(7),
    files: Array.from({ length: 10 }, (_, i) =>
      file(`2026-11-${String(i + 1).padStart(2, '0')}T12:00:00Z`),
    ),
    deleted: [2, 1, 0],
  },
  {
    name: 'UTC midnight separates days: yesterday 23:59:59 is not today',
    now: '2026-11-22T00:00:05Z',
    policy: only(1),
    files: [
      file('2026-11-21T23:59:59Z'),
      file('2026-11-22T00:00:01Z'),
      file('2026-11-21T10:00:00Z'),
    ],
    deleted: [0, 2],
  },
  {
    name: 'no backup yet today: the newest overall survives anyway',
    now: '2026-11-22T00:00:05Z',
    policy: only(1),
    files: [file('2026-11-21T23:59:59Z'), file('2026-11-21T10:00:00Z')],
    deleted: [1],
  },
  {
    name: 'the second day counts back from today, even when today is empty',
    now: '2026-11-22T00:00:05Z',
    policy: only(2),
    files: [
      file('2026-11-21T23:59:59Z'),
      file('2026-11-21T10:00:00Z'),
      file('2026-11-20T10:00:00Z'),
    ],
    deleted: [1, 2],
  },
  {
    name: 'ISO weeks start on Monday: Sunday and Monday are different weeks',
    now: '2026-11-22T12:00:00Z', // a Sunday
    policy: only(1, 2),
    files: [
      file('2026-11-22T10:00:00Z'), // this week, today
      file('2026-11-16T10:00:00Z'), // this week, Monday
      file('2026-11-15T10:00:00Z'), // last week, Sunday (newest of last week)
      file('2026-11-09T10:00:00Z'), // last week, Monday
      file('2026-11-08T10:00:00Z'), // two weeks ago: outside
    ],
    deleted: [1, 3, 4],
  },
  {
    name: 'an ISO week spans the new year',
    now: '2026-01-02T12:00:00Z', // Friday of the week Mon 2025-12-29 … Sun 2026-01-04
    policy: only(1, 1),
    files: [
      file('2025-12-29T10:00:00Z'),
      file('2025-12-28T10:00:00Z'),
      file('2025-12-30T10:00:00Z'),
    ],
    deleted: [0, 1],
  },
  {
    name: 'the week before the new year week is kept with two weeks',
    now: '2026-01-02T12:00:00Z',
    policy: only(1, 2),
    files: [
      file('2025-12-29T10:00:00Z'),
      file('2025-12-28T10:00:00Z'),
      file('2025-12-22T10:00:00Z'),
    ],
    deleted: [2],
  },
  {
    name: 'months end on their last second, short months included',
    now: '2026-03-01T00:30:00Z',
    policy: only(1, 0, 2),
    files: [
      file('2026-02-28T23:00:00Z'),
      file('2026-02-01T00:00:00Z'),
      file('2026-01-31T23:59:59Z'),
      file('2026-01-15T10:00:00Z'),
    ],
    deleted: [1, 2, 3],
  },
  {
    name: 'a third month reaches back to January',
    now: '2026-03-01T00:30:00Z',
    policy: only(1, 0, 3),
    files: [
      file('2026-02-28T23:00:00Z'),
      file('2026-01-31T23:59:59Z'),
      file('2026-01-15T10:00:00Z'),
    ],
    deleted: [2],
  },
  {
    name: 'a leap day is the last of its February',
    now: '2024-03-10T00:00:00Z',
    policy: only(1, 0, 2),
    files: [
      file('2024-02-29T22:00:00Z'),
      file('2024-02-28T22:00:00Z'),
      file('2024-03-09T22:00:00Z'),
    ],
    deleted: [1],
  },
  {
    name: 'months count across the year boundary',
    now: '2027-01-10T12:00:00Z',
    policy: only(1, 0, 3),
    files: [
      file('2027-01-10T08:00:00Z'),
      file('2026-12-31T23:00:00Z'),
      file('2026-12-01T00:00:00Z'),
      file('2026-11-30T23:59:59Z'),
      file('2026-10-31T23:59:59Z'),
    ],
    deleted: [2, 4],
  },
  {
    name: 'within one second the higher sequence is the newer',
    now: '2026-11-22T12:00:00Z',
    policy: only(1),
    files: [
      file('2026-11-22T10:00:00Z', 'manual', 2),
      file('2026-11-22T10:00:00Z', 'daily'),
      file('2026-11-22T10:00:00Z', 'start', 3),
    ],
    deleted: [0, 1],
  },
  {
    name: 'safety copies of the last 24 hours stay; older ones follow the rules',
    now: '2026-11-22T12:00:00Z',
    policy: only(1),
    files: [
      file('2026-11-22T11:00:00Z'), // newest
      file('2026-11-22T10:00:00Z', 'before-restore'), // 2 h
      file('2026-11-21T13:00:00Z', 'before-restore'), // 23 h
      file('2026-11-21T12:00:00Z', 'before-restore'), // exactly 24 h: no longer protected
      file('2026-11-21T11:00:00Z', 'before-restore'), // 25 h
      file('2026-11-22T09:00:00Z', 'before-bulk-delete'),
      file('2026-11-22T08:00:00Z', 'version-change'),
      file('2026-11-22T07:00:00Z', 'manual'), // not a safety copy
      file('2026-11-22T06:00:00Z', 'start'),
    ],
    deleted: [3, 4, 7, 8],
  },
  {
    name: 'the newest safety copy of each kind stays however old',
    now: '2026-11-22T12:00:00Z',
    policy: only(1),
    files: [
      file('2026-11-22T11:00:00Z'),
      file('2025-06-01T10:00:00Z', 'version-change'),
      file('2024-06-01T10:00:00Z', 'version-change'),
      file('2025-01-01T10:00:00Z', 'before-bulk-delete'),
      file('2025-03-01T10:00:00Z', 'before-restore'),
      file('2025-02-01T10:00:00Z', 'before-restore'),
      file('2025-07-01T10:00:00Z', 'manual'),
    ],
    deleted: [2, 5, 6],
  },
  {
    name: 'files dated in the future are kept, and do not hide today',
    now: '2026-11-22T12:00:00Z',
    policy: only(1),
    files: [
      file('2030-01-01T00:00:00Z'),
      file('2026-11-22T13:00:00Z'),
      file('2026-11-22T11:00:00Z'),
      file('2026-11-21T11:00:00Z'),
    ],
    deleted: [3],
  },
];

describe('filesToDelete', () => {
  it.each(cases)('$name', ({ now, policy, files, deleted }) => {
    const expected = deleted
      .map((i) => files[i]!.fileName)
      .sort()
      .reverse();
    expect(filesToDelete(files, new Date(now), policy)).toEqual(expected);
  });
});
