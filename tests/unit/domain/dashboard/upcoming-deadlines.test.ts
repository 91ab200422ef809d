// The Dashboard's "Next deadlines" (issue 10 part 2): what is overdue first, then every kind of
// dated item from today on, soonest first, days left as the credential card counts them (0 on
// the day). More overdue cases: overdue-deadlines.test.ts.
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../../shared/domain/study/types';
import { upcomingDeadlines } from '../../../../shared/domain/dashboard/upcoming-deadlines';

const d = (id: string, kind: Deadline['kind'], date: string, title = id): Deadline => ({
  id,
  kind,
  date,
  title,
});

const all: Deadline[] = [
  d('cycle', 'cycle-end', '2027-01-14', 'PMP'),
  d('past-goal', 'goal', '2026-11-21', 'Yesterday'),
  d('exam', 'exam', '2026-12-10', 'PMI-ACP'),
  d('milestone', 'milestone', '2026-11-22', 'Shadow the PMO'),
  d('follow', 'follow-up', '2026-11-23', 'Sam'),
  d('course', 'course', '2026-12-01', 'Risk course'),
  d('past-course', 'course', '2026-11-20', 'Started already'),
  d('event', 'event', '2026-12-10', 'Agile summit'),
];

describe('upcomingDeadlines', () => {
  it.each([
    {
      limit: 6,
      want: [
        ['past-goal', -1], // overdue, still to do: first
        ['milestone', 0],
        ['follow', 1],
        ['course', 9],
        ['event', 18], // equal dates: by title, "Agile summit" before "PMI-ACP"
        ['exam', 18],
      ],
    },
    {
      limit: 2,
      want: [
        ['past-goal', -1],
        ['milestone', 0],
      ],
    },
    { limit: 0, want: [] },
  ])('today 22 Nov 2026, limit $limit', ({ limit, want }) => {
    expect(upcomingDeadlines(all, '2026-11-22', limit).map((x) => [x.id, x.daysLeft])).toEqual(
      want,
    );
  });

  it('leaves out a passed course start, keeps the overdue goal and every kind otherwise', () => {
    const ids = upcomingDeadlines(all, '2026-11-22', 99).map((x) => x.id);
    expect(ids).not.toContain('past-course');
    expect(ids).toHaveLength(7);
    expect(ids[0]).toBe('past-goal');
    expect(ids.at(-1)).toBe('cycle');
  });

  it('is empty with nothing dated', () => {
    expect(upcomingDeadlines([], '2026-11-22')).toEqual([]);
  });
});
