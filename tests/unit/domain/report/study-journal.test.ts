// Study plan vs actual and journal highlights, read defensively from other features' rows.
import { describe, expect, it } from 'vitest';
import {
  journalSection,
  readJournal,
  readStudyPlans,
  readStudyTime,
  studySection,
} from '../../../../shared/domain/report';

const period = { from: '2026-10-01', to: '2026-10-31' };

describe('reading study rows', () => {
  it.each([
    [
      'minutes',
      { date: '2026-10-05', minutes: 90, planId: 'p' },
      { date: '2026-10-05', minutes: 90, planId: 'p' },
    ],
    [
      'hours',
      { date: '2026-10-05', hours: 1.5 },
      { date: '2026-10-05', minutes: 90, planId: null },
    ],
    [
      'a timestamp day',
      { startedAt: '2026-10-05T18:00:00.000Z', durationMinutes: 25 },
      { date: '2026-10-05', minutes: 25, planId: null },
    ],
  ])('reads %s', (_name, row, expected) => {
    expect(readStudyTime([row])).toEqual([expected]);
  });

  it.each([
    ['no day', { minutes: 30 }],
    ['no duration', { date: '2026-10-05' }],
    ['a negative duration', { date: '2026-10-05', minutes: -5 }],
    ['not a row', 'text'],
    ['null', null],
    ['an array', [1, 2]],
  ])('skips a row with %s', (_name, row) => {
    expect(readStudyTime([row])).toEqual([]);
  });

  it('reads plans by id, title and hours, skipping rows without an id', () => {
    expect(
      readStudyPlans([
        { id: 'p', name: 'PMP', status: 'active', hoursNeeded: 120 },
        { title: 'x' },
      ]),
    ).toEqual([{ id: 'p', title: 'PMP', status: 'active', hoursNeeded: 120 }]);
  });
});

describe('studySection', () => {
  const plans = readStudyPlans([
    { id: 'p', title: 'PMP exam', status: 'active' },
    { id: 'q', title: 'Idle plan' },
  ]);
  const blocks = readStudyTime([
    { planId: 'p', date: '2026-10-01', minutes: 120 },
    { planId: 'p', date: '2026-10-31', minutes: 60 },
    { planId: 'p', date: '2026-11-01', minutes: 600 },
  ]);
  const sessions = readStudyTime([
    { planId: 'p', date: '2026-10-02', minutes: 45 },
    { planId: 'gone', date: '2026-10-03', minutes: 30 },
    { date: '2026-10-04', minutes: 15 },
    { planId: 'p', date: '2026-09-30', minutes: 999 },
  ]);

  it('sums planned and done per plan inside the period; unknown plans go to "no plan"', () => {
    const s = studySection(plans, blocks, sessions, period);
    expect(s.lines).toEqual([
      {
        planId: 'p',
        title: 'PMP exam',
        status: 'active',
        hoursNeeded: null,
        plannedMinutes: 180,
        actualMinutes: 45,
      },
      {
        planId: null,
        title: '',
        status: '',
        hoursNeeded: null,
        plannedMinutes: 0,
        actualMinutes: 45,
      },
    ]);
    expect(s.totals).toEqual({ plannedMinutes: 180, actualMinutes: 90, sessions: 3 });
  });

  it('is empty when the planner has no rows yet', () => {
    expect(studySection([], [], [], period)).toEqual({
      lines: [],
      totals: { plannedMinutes: 0, actualMinutes: 0, sessions: 0 },
    });
  });
});

describe('journal', () => {
  const entries = [
    ...readJournal('course', [
      {
        id: 'c1',
        title: 'Benefits',
        start: '2026-09-20',
        end: '2026-10-10',
        takeaways: 'Owners first.',
        reflection: { learned: 'Maps help.', apply: 'Use them.' },
      },
      { id: 'c2', title: 'Started only', start: '2026-10-12' },
      { id: 'c3', title: 'No date' },
    ]),
    ...readJournal('event', [
      {
        id: 'e1',
        name: 'Chapter night',
        start: '2026-10-20T18:00:00Z',
        reflection: 'Met a mentor.',
      },
    ]),
    ...readJournal('media', [
      { id: 'm1', title: 'Old book', date: '2026-08-01', notes: 'Before the period.' },
    ]),
  ];

  it('dates a course by its end, an event by its start; skips rows without a day', () => {
    expect(entries.map((e) => [e.id, e.date])).toEqual([
      ['c1', '2026-10-10'],
      ['c2', '2026-10-12'],
      ['e1', '2026-10-20'],
      ['m1', '2026-08-01'],
    ]);
  });

  it('counts every entry in the period and keeps those with something written', () => {
    const j = journalSection(entries, period);
    expect(j.counts).toEqual({ course: 2, event: 1, media: 0 });
    expect(j.reflections).toBe(2);
    expect(j.highlights.map((e) => [e.id, e.takeaways, e.reflection])).toEqual([
      ['c1', 'Owners first.', ['Maps help.', 'Use them.']],
      ['e1', '', ['Met a mentor.']],
    ]);
  });
});
