// The Dashboard's "Next deadlines" lists what is overdue and still to do before what is ahead,
// by the Reminders' rule (dueReminders): today 22 Nov 2026, the e2e tests' day. A passed cycle
// deadline is left to the Credentials card.
import { describe, expect, it } from 'vitest';
import { upcomingDeadlines } from '../../../../shared/domain/dashboard/upcoming-deadlines';
import { collectDeadlines, type DeadlineSources } from '../../../../shared/domain/study/deadlines';
import type { Deadline } from '../../../../shared/domain/study/types';

const TODAY = '2026-11-22';

const none: DeadlineSources = {
  cycles: [],
  exams: [],
  goals: [],
  courses: [],
  events: [],
  followUps: [],
  memberships: [],
};

type Goal = DeadlineSources['goals'][number];
const goal = (over: Partial<Goal>): Goal => ({
  id: 'g1',
  title: 'Lead a portfolio review',
  status: 'active',
  targetDate: '2026-11-15',
  milestones: [],
  met: false,
  ...over,
});
const milestone = (id: string, title: string, due: string, doneOn: string | null = null) => ({
  id,
  title,
  due,
  doneOn,
});

/** [id, days left, overdue] of each listed deadline, in order. */
const listed = (sources: Partial<DeadlineSources>, limit = 5) =>
  upcomingDeadlines(collectDeadlines({ ...none, ...sources }), TODAY, limit).map((d) => [
    d.id,
    d.daysLeft,
    d.overdue,
  ]);

describe('upcomingDeadlines: overdue items still to do', () => {
  it.each<{ name: string; sources: Partial<DeadlineSources>; want: unknown[] }>([
    {
      name: 'an active goal past its target date',
      sources: { goals: [goal({})] },
      want: [['goal:g1', -7, true]],
    },
    {
      name: 'an open milestone past its due date',
      sources: {
        goals: [goal({ targetDate: null, milestones: [milestone('m1', 'Shadow', '2026-11-10')] })],
      },
      want: [['milestone:g1:m1', -12, true]],
    },
    {
      name: 'a done milestone is not listed',
      sources: {
        goals: [
          goal({
            targetDate: null,
            milestones: [milestone('m1', 'Shadow', '2026-11-10', '2026-11-09')],
          }),
        ],
      },
      want: [],
    },
    {
      // Listed as Reminders list it (stillAsked), to be marked achieved, but never overdue.
      name: 'a goal whose target is reached is listed after its date, not overdue',
      sources: { goals: [goal({ met: true })] },
      want: [['goal:g1', -7, false]],
    },
    {
      name: 'a paused goal is not overdue',
      sources: { goals: [goal({ status: 'paused' })] },
      want: [],
    },
    {
      name: 'an achieved goal is not overdue',
      sources: { goals: [goal({ status: 'achieved' })] },
      want: [],
    },
    {
      name: 'an open follow-up past its date',
      sources: { followUps: [{ id: 'i1', title: 'Sam', date: '2026-11-12' }] },
      want: [['follow-up:i1', -10, true]],
    },
    {
      name: 'a passed exam date of a credential not yet earned',
      sources: { exams: [{ heldId: 'h1', name: 'PMI-ACP', date: '2026-11-20' }] },
      want: [['exam:h1', -2, true]],
    },
    {
      name: 'a current membership past its renewal day',
      sources: {
        memberships: [{ id: 'm1', organisation: 'IIBA', renewal: '2026-11-19', endedOn: null }],
      },
      want: [['membership:m1', -3, true]],
    },
    {
      name: 'a passed cycle deadline is left to the Credentials card',
      sources: { cycles: [{ heldId: 'h1', name: 'PMP', deadline: '2026-11-01' }] },
      want: [],
    },
    {
      name: 'a passed course start or event simply passes',
      sources: {
        courses: [{ id: 'c1', title: 'Risk course', date: '2026-11-20' }],
        events: [{ id: 'e1', title: 'Agile summit', date: '2026-11-21' }],
      },
      want: [],
    },
    {
      name: 'more than 90 days overdue is left to its own screen, as in Reminders',
      sources: { followUps: [{ id: 'old', title: 'Kim', date: '2026-08-23' }] },
      want: [],
    },
    {
      name: 'exactly 90 days overdue is still listed',
      sources: { followUps: [{ id: 'old', title: 'Kim', date: '2026-08-24' }] },
      want: [['follow-up:old', -90, true]],
    },
    {
      name: 'due today is not overdue',
      sources: { followUps: [{ id: 'i1', title: 'Sam', date: TODAY }] },
      want: [['follow-up:i1', 0, false]],
    },
  ])('$name', ({ sources, want }) => {
    expect(listed(sources)).toEqual(want);
  });
});

describe('upcomingDeadlines: order and limit', () => {
  // The bug report's steps: goal target 15 Nov, milestone 10 Nov, follow-up 12 Nov, and
  // something ahead.
  const sources: Partial<DeadlineSources> = {
    goals: [goal({ milestones: [milestone('m1', 'Shadow the PMO', '2026-11-10')] })],
    followUps: [{ id: 'i1', title: 'Sam', date: '2026-11-12' }],
    exams: [{ heldId: 'h1', name: 'PMP', date: '2027-01-25' }],
    courses: [{ id: 'c1', title: 'Risk course', date: '2026-12-01' }],
    events: [{ id: 'e1', title: 'Agile summit', date: '2026-11-23' }],
  };

  it.each([
    {
      limit: 5,
      want: [
        // Overdue first, the longest overdue first…
        ['milestone:g1:m1', -12, true],
        ['follow-up:i1', -10, true],
        ['goal:g1', -7, true],
        // …then what is ahead, soonest first.
        ['event:e1', 1, false],
        ['course:c1', 9, false],
      ],
    },
    {
      // Overdue items count towards the limit, which keeps up to half of it for what is ahead.
      limit: 2,
      want: [
        ['milestone:g1:m1', -12, true],
        ['event:e1', 1, false],
      ],
    },
    {
      limit: 3,
      want: [
        ['milestone:g1:m1', -12, true],
        ['follow-up:i1', -10, true],
        ['event:e1', 1, false],
      ],
    },
    {
      limit: 4,
      want: [
        ['milestone:g1:m1', -12, true],
        ['follow-up:i1', -10, true],
        ['event:e1', 1, false],
        ['course:c1', 9, false],
      ],
    },
    { limit: 0, want: [] },
  ])('limit $limit', ({ limit, want }) => {
    expect(listed(sources, limit)).toEqual(want);
  });

  it('five missed follow-ups do not hide an exam next week', () => {
    const followUps = [1, 2, 3, 4, 5].map((n) => ({
      id: `i${n}`,
      title: `Contact ${n}`,
      date: `2026-11-1${n}`,
    }));
    const exams = [{ heldId: 'h1', name: 'PMP', date: '2026-11-29' }];
    expect(listed({ followUps, exams })).toEqual([
      ['follow-up:i1', -11, true],
      ['follow-up:i2', -10, true],
      ['follow-up:i3', -9, true],
      ['follow-up:i4', -8, true],
      ['exam:h1', 7, false],
    ]);
  });

  it('orders overdue items of the same day by title', () => {
    const d = (id: string, title: string): Deadline => ({
      id,
      kind: 'follow-up',
      date: '2026-11-12',
      title,
    });
    expect(
      upcomingDeadlines([d('f:z', 'Zoe'), d('f:a', 'Ana')], TODAY).map((x) => x.title),
    ).toEqual(['Ana', 'Zoe']);
  });
});
