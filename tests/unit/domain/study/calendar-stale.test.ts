import { describe, expect, it } from 'vitest';
import {
  changedSinceExport,
  type DroppedBlock,
  type ExportBlock,
} from '../../../../shared/domain/study';

// Rule: shared/domain/study/calendar-stale.ts (Ascent decision, study review): a saved
// calendar file shows the study blocks as they were when it was exported.
const today = '2026-12-07';
const exportedAt = '2026-12-05T10:00:00.000Z';
const before = '2026-12-01T08:00:00.000Z';
const after = '2026-12-06T09:00:00.000Z';

const block = (id: string, date: string, updatedAt?: string): ExportBlock => ({
  id,
  planId: 'p',
  date,
  start: '18:00',
  minutes: 60,
  edited: false,
  ...(updatedAt ? { updatedAt } : {}),
});
const gone = (id: string, date: string, droppedAt: string, updatedAt?: string): DroppedBlock => ({
  id,
  planId: 'p',
  date,
  start: '18:00',
  minutes: 60,
  droppedAt,
  ...(updatedAt ? { updatedAt } : {}),
});

describe('what the calendar app still shows wrongly (changedSinceExport)', () => {
  it.each<
    [string, ExportBlock[], DroppedBlock[], string | null, ReturnType<typeof changedSinceExport>]
  >([
    ['never exported: nothing to say', [block('a', today, after)], [], null, null],
    ['nothing changed since the export', [block('a', today, before)], [], exportedAt, null],
    [
      'a block laid or moved since',
      [block('a', '2026-12-09', after)],
      [],
      exportedAt,
      { changed: 1, removed: 0 },
    ],
    [
      'a block changed since but already gone by',
      [block('a', '2026-12-06', after)],
      [],
      exportedAt,
      null,
    ],
    [
      'an archived plan: its blocks ahead, exported before the archive',
      [],
      [gone('a', today, after, before), gone('b', '2026-12-20', after, before)],
      exportedAt,
      { changed: 0, removed: 2 },
    ],
    [
      'a block dropped before the export (that file cancelled it)',
      [],
      [gone('a', today, before, before)],
      exportedAt,
      null,
    ],
    [
      'a block laid and dropped after the export: never in the calendar',
      [],
      [gone('a', today, after, after)],
      exportedAt,
      null,
    ],
    [
      'a dropped block of an older version with no stamp',
      [],
      [gone('a', today, after)],
      exportedAt,
      { changed: 0, removed: 1 },
    ],
    [
      'a dropped block whose day has passed',
      [],
      [gone('a', '2026-12-06', after, before)],
      exportedAt,
      null,
    ],
    [
      'a re-plan: new blocks laid, old ones dropped',
      [block('n', '2026-12-10', after), block('k', '2026-12-11', before)],
      [gone('o', '2026-12-08', after, before)],
      exportedAt,
      { changed: 1, removed: 1 },
    ],
  ])('%s', (_, blocks, cancelled, last, expected) => {
    expect(changedSinceExport(blocks, cancelled, last, today)).toEqual(expected);
  });
});
