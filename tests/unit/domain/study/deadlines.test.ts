import { describe, expect, it } from 'vitest';
import {
  collectDeadlines,
  dueReminders,
  notificationKey,
  remindersToNotify,
  type DeadlineSources,
} from '../../../../shared/domain/study';

const sources: DeadlineSources = {
  cycles: [
    { heldId: 'h1', name: 'PMP cycle ends', deadline: '2027-03-31' },
    { heldId: 'h2', name: 'No cycle', deadline: null },
  ],
  exams: [{ heldId: 'h3', name: 'PMI-ACP exam', date: '2026-12-01' }],
  goals: [
    {
      id: 'g1',
      title: 'Become PMO lead',
      status: 'active',
      targetDate: '2027-06-30',
      milestones: [
        { id: 'm1', title: 'Shadow the PMO', due: '2026-11-30', doneOn: null },
        { id: 'm2', title: 'Done already', due: '2026-11-25', doneOn: '2026-11-01' },
      ],
    },
    {
      id: 'g2',
      title: 'Dropped goal',
      status: 'dropped',
      targetDate: '2026-11-23',
      milestones: [],
    },
  ],
  courses: [{ id: 'c1', title: 'Agile course', date: '2026-11-24' }],
  events: [{ id: 'e1', title: 'Chapter meeting', date: '2026-11-22' }],
  followUps: [
    { id: 'i1', title: 'Call Sam', date: '2026-11-22' },
    { id: 'i2', title: 'Bad date', date: '2026-02-30' },
  ],
};

describe('collectDeadlines', () => {
  const all = collectDeadlines(sources);
  it('gathers every open dated item, earliest first, with stable ids', () => {
    expect(all.map((d) => [d.id, d.date])).toEqual([
      ['event:e1', '2026-11-22'],
      ['follow-up:i1', '2026-11-22'],
      ['course:c1', '2026-11-24'],
      ['milestone:g1:m1', '2026-11-30'],
      ['exam:h3', '2026-12-01'],
      ['cycle:h1', '2027-03-31'],
      ['goal:g1', '2027-06-30'],
    ]);
  });
});

describe('reminders', () => {
  const all = collectDeadlines(sources);
  it.each([
    [1, ['event:e1', 'follow-up:i1']],
    [2, ['event:e1', 'follow-up:i1', 'course:c1']],
    [9, ['event:e1', 'follow-up:i1', 'course:c1', 'milestone:g1:m1', 'exam:h3']],
  ] as const)('a lead time of %i days shows %j', (lead, ids) => {
    expect(dueReminders(all, '2026-11-22', lead).map((r) => r.deadline.id)).toEqual(ids);
  });
  it('never reminds of something already past', () => {
    expect(dueReminders(all, '2026-11-23', 1).map((r) => r.deadline.id)).toEqual(['course:c1']);
  });
  it('notifies at most once per item per day', () => {
    const due = dueReminders(all, '2026-11-22', 2);
    const shown = new Set([notificationKey('event:e1', '2026-11-22')]);
    expect(remindersToNotify(due, shown).map((r) => r.deadline.id)).toEqual([
      'follow-up:i1',
      'course:c1',
    ]);
    // The next day the same item is due again.
    const tomorrow = dueReminders(all, '2026-11-23', 2);
    expect(remindersToNotify(tomorrow, shown).map((r) => r.key)).toContain('course:c1@2026-11-23');
  });
  it('counts the days left', () => {
    expect(
      dueReminders(all, '2026-11-22', 9).find((r) => r.deadline.id === 'exam:h3')?.daysLeft,
    ).toBe(9);
  });
});
