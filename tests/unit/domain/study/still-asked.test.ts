import { describe, expect, it } from 'vitest';
import { upcomingDeadlines } from '../../../../shared/domain/dashboard/upcoming-deadlines';
import { dueReminders, stillAsked } from '../../../../shared/domain/study/reminders';
import type { Deadline } from '../../../../shared/domain/study/types';

// One rule for what is still brought up once its date has passed (stillAsked, Ascent rule):
// an overdue kind not done, or a goal whose target is reached but not marked achieved, up to
// 90 days after its date. Study → Reminders and the Dashboard's "Next deadlines" both follow it.
const TODAY = '2026-11-22';

const d = (id: string, kind: Deadline['kind'], date: string, met = false): Deadline => ({
  id,
  kind,
  date,
  title: id,
  ...(met ? { met: true as const } : {}),
});

describe('stillAsked', () => {
  it.each<[string, Deadline, boolean]>([
    ['a goal past its date, target not reached', d('goal:g', 'goal', '2026-11-15'), true],
    ['a goal past its date, target reached', d('goal:g', 'goal', '2026-11-15', true), true],
    ['a met goal exactly 90 days past', d('goal:g', 'goal', '2026-08-24', true), true],
    ['a met goal 91 days past', d('goal:g', 'goal', '2026-08-23', true), false],
    ['a met goal dated today (not passed)', d('goal:g', 'goal', TODAY, true), false],
    ['an open follow-up 10 days past', d('follow-up:f', 'follow-up', '2026-11-12'), true],
    ['a follow-up 91 days past', d('follow-up:f', 'follow-up', '2026-08-23'), false],
    ['a course start that passed', d('course:c', 'course', '2026-11-20'), false],
    ['an event that passed', d('event:e', 'event', '2026-11-21'), false],
    [
      'a yearly minimum’s last day that passed',
      d('yearly-minimum:y', 'yearly-minimum', '2026-11-01'),
      false,
    ],
    ['a cycle end that passed', d('cycle:h', 'cycle-end', '2026-11-01'), true],
  ])('%s', (_name, deadline, want) => {
    expect(stillAsked(deadline, TODAY)).toBe(want);
  });
});

describe('Reminders and the dashboard keep the same passed items', () => {
  const all: Deadline[] = [
    d('goal:met-recent', 'goal', '2026-11-15', true),
    d('goal:met-old', 'goal', '2026-08-01', true),
    d('goal:open', 'goal', '2026-11-10'),
    d('milestone:g:m', 'milestone', '2026-11-01'),
    d('course:c', 'course', '2026-11-20'),
    d('follow-up:old', 'follow-up', '2026-06-01'),
    d('exam:h', 'exam', '2026-12-10'),
  ];

  it('lists a met goal past its date on both, as ready to be marked achieved, never overdue', () => {
    const reminders = dueReminders(all, TODAY, 14).filter((r) => r.deadline.date < TODAY);
    const dashboard = upcomingDeadlines(all, TODAY, 99).filter((x) => x.date < TODAY);
    expect(dashboard.map((x) => x.id).sort()).toEqual(reminders.map((r) => r.deadline.id).sort());
    expect(dashboard.map((x) => [x.id, x.daysLeft, x.overdue])).toEqual([
      ['milestone:g:m', -21, true],
      ['goal:open', -12, true],
      ['goal:met-recent', -7, false],
    ]);
    const met = reminders.find((r) => r.deadline.id === 'goal:met-recent')!;
    expect([met.met, met.overdue]).toEqual([true, false]);
  });
});
