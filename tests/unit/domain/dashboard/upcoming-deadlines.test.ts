// The Dashboard's "Next deadlines" (issue 10 part 2): every kind of dated item, from today on,
// soonest first, days left as the credential card counts them (0 on the day).
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
  d('event', 'event', '2026-12-10', 'Agile summit'),
];

describe('upcomingDeadlines', () => {
  it.each([
    {
      limit: 5,
      want: [
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
        ['milestone', 0],
        ['follow', 1],
      ],
    },
    { limit: 0, want: [] },
  ])('today 22 Nov 2026, limit $limit', ({ limit, want }) => {
    expect(upcomingDeadlines(all, '2026-11-22', limit).map((x) => [x.id, x.daysLeft])).toEqual(
      want,
    );
  });

  it('leaves out what has passed and keeps every kind otherwise', () => {
    const ids = upcomingDeadlines(all, '2026-11-22', 99).map((x) => x.id);
    expect(ids).not.toContain('past-goal');
    expect(ids).toHaveLength(6);
    expect(ids.at(-1)).toBe('cycle');
  });

  it('is empty with nothing dated', () => {
    expect(upcomingDeadlines([], '2026-11-22')).toEqual([]);
  });
});
