// The dashboard's week of study (studyWeekOutlook): planned against studied when the week has
// blocks of an active plan; otherwise the next block after the week, or nothing ahead; the
// invitation to plan only with no active plan and nothing studied this week.
import { describe, expect, it } from 'vitest';
import { studyWeekOutlook, type StudyWeekFigures } from '../../../../shared/domain/study';

const week = (over: Partial<StudyWeekFigures>): StudyWeekFigures => ({
  plannedMinutes: 0,
  studiedMinutes: 0,
  activePlans: 1,
  nextBlock: null,
  ...over,
});

describe('studyWeekOutlook', () => {
  it.each([
    [
      'blocks this week',
      week({ plannedMinutes: 120, studiedMinutes: 45, nextBlock: '2026-12-08' }),
      { kind: 'planned', plannedMinutes: 120, studiedMinutes: 45 },
    ],
    [
      'first block next week',
      week({ nextBlock: '2026-12-08' }),
      { kind: 'next-later', studiedMinutes: 0, nextBlock: '2026-12-08' },
    ],
    [
      'studied, first block next week',
      week({ studiedMinutes: 30, nextBlock: '2026-12-08' }),
      { kind: 'next-later', studiedMinutes: 30, nextBlock: '2026-12-08' },
    ],
    [
      'an active plan with every block past',
      week({}),
      { kind: 'nothing-ahead', studiedMinutes: 0 },
    ],
    [
      'studied with no active plan',
      week({ activePlans: 0, studiedMinutes: 45 }),
      { kind: 'nothing-ahead', studiedMinutes: 45 },
    ],
    ['no active plan, nothing studied', week({ activePlans: 0 }), { kind: 'no-plan' }],
  ])('%s', (_name, figures, expected) => {
    expect(studyWeekOutlook(figures)).toEqual(expected);
  });
});
