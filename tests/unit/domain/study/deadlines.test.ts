import { describe, expect, it } from 'vitest';
import {
  collectDeadlines,
  dueReminders,
  goalIdOf,
  notificationKey,
  OVERDUE_DAYS,
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
      met: false,
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
      met: true,
      targetDate: '2026-11-23',
      milestones: [],
    },
    {
      id: 'g3',
      title: 'Paused goal',
      status: 'paused',
      met: false,
      targetDate: '2026-11-21',
      milestones: [{ id: 'm3', title: 'Paused milestone', due: '2026-11-20', doneOn: null }],
    },
  ],
  courses: [{ id: 'c1', title: 'Agile course', date: '2026-11-24' }],
  events: [{ id: 'e1', title: 'Chapter meeting', date: '2026-11-22' }],
  followUps: [
    { id: 'i1', title: 'Call Sam', date: '2026-11-22' },
    { id: 'i2', title: 'Bad date', date: '2026-02-30' },
  ],
  memberships: [],
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

describe('collectDeadlines: when the source last changed', () => {
  it('carries the source record’s change time for the calendar export', () => {
    const stamped = collectDeadlines({
      ...sources,
      exams: [{ ...sources.exams[0]!, changedAt: '2026-11-20T10:00:00.000Z' }],
    });
    expect(stamped.find((d) => d.id === 'exam:h3')?.changedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(stamped.find((d) => d.id === 'course:c1')).not.toHaveProperty('changedAt');
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
  it('lets a past event pass, but reminds of a follow-up not done as overdue', () => {
    const due = dueReminders(all, '2026-11-23', 1);
    expect(due.map((r) => [r.deadline.id, r.daysLeft, r.overdue])).toEqual([
      ['follow-up:i1', -1, true],
      ['course:c1', 1, false],
    ]);
  });
  it.each([
    ['milestone', '2026-12-05', 'milestone:g1:m1', true],
    ['exam of a credential not yet earned', '2026-12-05', 'exam:h3', true],
    ['course start', '2026-11-30', 'course:c1', false],
  ] as const)('a passed %s is overdue: %s', (_kind, asOf, id, overdue) => {
    const due = dueReminders(all, asOf, 1).find((r) => r.deadline.id === id);
    expect(due?.overdue ?? false).toBe(overdue);
  });
  it(`stops reminding of an overdue item ${OVERDUE_DAYS} days after its date`, () => {
    const last = dueReminders(all, '2027-02-20', 1).map((r) => r.deadline.id);
    expect(last).toContain('follow-up:i1'); // 90 days after 22 Nov 2026
    expect(dueReminders(all, '2027-02-21', 1).map((r) => r.deadline.id)).not.toContain(
      'follow-up:i1',
    );
  });
  it('notifies an overdue item at most once a day, like any other', () => {
    const due = dueReminders(all, '2026-11-23', 1);
    const shown = new Set(due.map((r) => r.key));
    expect(remindersToNotify(dueReminders(all, '2026-11-23', 1), shown)).toEqual([]);
    expect(remindersToNotify(dueReminders(all, '2026-11-24', 1), shown)[0]?.key).toBe(
      'follow-up:i1@2026-11-24',
    );
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

describe('a goal whose target is reached but not yet marked achieved', () => {
  // Rule (Ascent, deadlines.ts and reminders.ts): a met goal has no work left. Its target date
  // stays a deadline marked `met` — reminded from the day it is met, however far its date, as
  // ready to be marked achieved, never as due or overdue — and its open milestones are no
  // longer deadlines.
  const goal = (targetDate: string, met: boolean): DeadlineSources['goals'][number] => ({
    id: 'g9',
    title: 'Mentor two coordinators',
    status: 'active',
    met,
    targetDate,
    milestones: [{ id: 'm9', title: 'Find a second mentee', due: '2026-11-20', doneOn: null }],
  });
  const none: DeadlineSources = {
    cycles: [],
    exams: [],
    goals: [],
    courses: [],
    events: [],
    followUps: [],
    memberships: [],
  };
  const remind = (targetDate: string, met: boolean, asOf = '2026-11-22', lead = 14) =>
    dueReminders(collectDeadlines({ ...none, goals: [goal(targetDate, met)] }), asOf, lead).map(
      (r) => [r.deadline.id, r.overdue, r.met],
    );
  it.each([
    [
      'not met, date passed: goal and milestone overdue',
      '2026-11-21',
      false,
      [
        ['milestone:g9:m9', true, false],
        ['goal:g9', true, false],
      ],
    ],
    [
      'met, date passed: not overdue, its milestone left out',
      '2026-11-21',
      true,
      [['goal:g9', false, true]],
    ],
    ['met, date inside the lead time', '2026-11-30', true, [['goal:g9', false, true]]],
    [
      'met, date further away than the lead time: reminded now, to be marked achieved',
      '2027-03-01',
      true,
      [['goal:g9', false, true]],
    ],
    [
      'not met, date further away than the lead time: only the overdue milestone',
      '2027-03-01',
      false,
      [['milestone:g9:m9', true, false]],
    ],
  ] as const)('%s', (_name, targetDate, met, expected) => {
    expect(remind(targetDate, met)).toEqual(expected);
  });
  it(`stops reminding of a met goal ${OVERDUE_DAYS} days after its date, as of any other`, () => {
    expect(remind('2026-11-21', true, '2027-02-19')).toEqual([['goal:g9', false, true]]);
    expect(remind('2026-11-21', true, '2027-02-20')).toEqual([]);
  });
  it('keeps the met goal’s date on the calendar, marked met', () => {
    const all = collectDeadlines({ ...none, goals: [goal('2026-11-30', true)] });
    expect(all).toEqual([
      {
        id: 'goal:g9',
        kind: 'goal',
        date: '2026-11-30',
        title: 'Mentor two coordinators',
        met: true,
      },
    ]);
    expect(collectDeadlines({ ...none, goals: [goal('2026-11-30', false)] })[1]).not.toHaveProperty(
      'met',
    );
  });
  it('notifies that a goal is met even on a day it was notified as due', () => {
    const due = dueReminders(
      collectDeadlines({ ...none, goals: [goal('2026-11-30', false)] }),
      '2026-11-22',
      14,
    );
    const shown = new Set(due.map((r) => r.key));
    const met = dueReminders(
      collectDeadlines({ ...none, goals: [goal('2026-11-30', true)] }),
      '2026-11-22',
      14,
    );
    expect(remindersToNotify(met, shown).map((r) => r.key)).toEqual(['goal:g9#met']);
  });
  it('notifies once that a goal is met, not every day until it is marked achieved', () => {
    const goals = [goal('2027-06-30', true)];
    const on = (day: string) => dueReminders(collectDeadlines({ ...none, goals }), day, 14);
    const first = on('2026-11-22');
    expect(first.map((r) => [r.met, r.key])).toEqual([[true, 'goal:g9#met']]);
    const shown = new Set(first.map((r) => r.key));
    // Still listed among the reminders the next day, but not notified again.
    expect(on('2026-11-23')).toHaveLength(1);
    expect(remindersToNotify(on('2026-11-23'), shown)).toEqual([]);
  });
  it('names the goal behind a goal deadline, and no goal for other kinds', () => {
    const [d] = collectDeadlines({ ...none, goals: [goal('2026-11-30', true)] });
    expect(goalIdOf(d!)).toBe('g9');
    expect(goalIdOf({ id: 'milestone:g9:m9', kind: 'milestone' })).toBeNull();
    expect(goalIdOf({ id: 'event:e1', kind: 'event' })).toBeNull();
  });
});

describe('membership renewals', () => {
  // Rule (PRODUCT.md, study planner: "reminders for every deadline"; README "Decisions": a
  // membership lapses on its renewal day unless the date is moved on): the renewal day of a
  // membership not ended is a deadline. One the user ended — even on a day still to come —
  // is not renewed; one without a renewal day has nothing to renew. A renewal day that has
  // passed means the membership lapsed: overdue until renewed (the day moved on) or ended.
  const none: DeadlineSources = {
    cycles: [],
    exams: [],
    goals: [],
    courses: [],
    events: [],
    followUps: [],
    memberships: [],
  };
  const membership = (
    renewal: string | null,
    endedOn: string | null,
  ): DeadlineSources['memberships'][number] => ({
    id: 'm1',
    organisation: 'IIBA',
    renewal,
    endedOn,
    changedAt: '2026-11-01T09:00:00.000Z',
  });
  const collect = (renewal: string | null, endedOn: string | null) =>
    collectDeadlines({ ...none, memberships: [membership(renewal, endedOn)] });

  it.each([
    ['current, renewing in 5 days', '2026-11-27', null, ['2026-11-27']],
    ['current, renewal day already passed (lapsed)', '2026-11-01', null, ['2026-11-01']],
    ['current, renewing in two years', '2028-11-01', null, ['2028-11-01']],
    ['no renewal day', null, null, []],
    ['ended before its renewal day', '2026-11-27', '2026-10-01', []],
    ['ending on a day still to come', '2026-11-27', '2026-12-31', []],
    ['ended on its renewal day', '2026-11-27', '2026-11-27', []],
    ['an impossible renewal day', '2026-02-30', null, []],
  ] as const)('%s: %j', (_name, renewal, endedOn, dates) => {
    expect(collect(renewal, endedOn).map((d) => d.date)).toEqual(dates);
  });

  it('is a membership deadline with a stable id, the association as its title and its change time', () => {
    expect(collect('2026-11-27', null)).toEqual([
      {
        id: 'membership:m1',
        kind: 'membership',
        date: '2026-11-27',
        title: 'IIBA',
        changedAt: '2026-11-01T09:00:00.000Z',
      },
    ]);
  });

  it('takes its place among the other deadlines by date', () => {
    const all = collectDeadlines({ ...sources, memberships: [membership('2026-11-23', null)] });
    expect(all.slice(0, 3).map((d) => d.id)).toEqual(['event:e1', 'follow-up:i1', 'membership:m1']);
  });

  it.each([
    ['within the lead time', '2026-11-22', 14, [[5, false]]],
    ['beyond the lead time', '2026-11-22', 4, []],
    ['on the day', '2026-11-27', 1, [[0, false]]],
    ['passed: overdue, it lapsed', '2026-11-30', 1, [[-3, true]]],
    [`passed ${OVERDUE_DAYS} days ago: still reminded`, '2027-02-25', 1, [[-90, true]]],
    [`passed ${OVERDUE_DAYS + 1} days ago: left to the Network screen`, '2027-02-26', 1, []],
  ] as const)('reminders %s', (_name, asOf, lead, expected) => {
    const due = dueReminders(collect('2026-11-27', null), asOf, lead);
    expect(due.map((r) => [r.daysLeft, r.overdue])).toEqual(expected);
  });
});

// A cycle that has ended unrenewed (domain-facts §1 "suspended", B): its deadline is the
// suspension's last day, the day to renew by or the credential expires — marked renewBy so it
// is named as such, never as a cycle end. PMP earned 5 Dec 2023: cycle to 4 Dec 2026,
// suspended to 4 Dec 2027.
describe('collectDeadlines: a cycle deadline or the day to renew by', () => {
  it.each([
    ['running: its end', '2026-12-04', '2026-12-04', false],
    ['ended unrenewed: the suspension’s last day', '2026-12-04', '2027-12-04', true],
    ['end not known: as before', undefined, '2027-12-04', false],
  ] as const)('%s', (_name, end, deadline, renewBy) => {
    const [d] = collectDeadlines({
      ...sources,
      cycles: [{ heldId: 'h1', name: 'PMP', deadline, ...(end ? { end } : {}) }],
      exams: [],
      goals: [],
      courses: [],
      events: [],
      followUps: [],
    });
    expect(d).toMatchObject({ id: 'cycle:h1', kind: 'cycle-end', date: deadline, title: 'PMP' });
    expect(d?.renewBy === true).toBe(renewBy);
  });
});
