// Study plan vs actual and journal highlights (issue 8 part 1; issue 6 part 5), from the
// study planner's and the journal's records as they are stored.
import { describe, expect, it } from 'vitest';
import type {
  Course,
  Interaction,
  JournalEvent,
  MediaEntry,
  Reflection,
} from '../../../../shared/domain/journal';
import {
  courseEntry,
  journalEntries,
  journalSection,
  studySection,
} from '../../../../shared/domain/report';
import type { StudyBlock, StudyPlan, StudySession } from '../../../../shared/domain/study';

const period = { from: '2026-10-01', to: '2026-10-31' };

const plan = (id: string, title: string, hoursNeeded: number): StudyPlan => ({
  id,
  title,
  target: { kind: 'goal', goalId: 'g' },
  hoursNeeded,
  start: '2026-09-01',
  deadline: '2026-12-01',
  availabilityOverride: {},
  blackouts: [],
  sessionMinutes: 60,
  bufferDays: 2,
  dayStart: '18:00',
  status: 'active',
});

const block = (planId: string, date: string, minutes: number): StudyBlock => ({
  id: `b-${planId}-${date}`,
  planId,
  date,
  start: '18:00',
  minutes,
  edited: false,
});

const session = (planId: string | null, date: string, minutes: number): StudySession => ({
  id: `s-${planId}-${date}`,
  planId,
  date,
  minutes,
  topic: '',
  source: 'manual',
  activityId: null,
});

describe('studySection', () => {
  const plans = [
    plan('p', 'PMP exam', 40),
    { ...plan('q', 'Idle plan', 10), status: 'archived' as const },
  ];
  const blocks = [
    block('p', '2026-10-01', 120),
    block('p', '2026-10-31', 60),
    block('p', '2026-11-01', 600),
  ];
  const sessions = [
    session('p', '2026-10-02', 45),
    // Its plan was deleted; the session stays (it happened).
    session('gone', '2026-10-03', 30),
    session(null, '2026-10-04', 15),
    session('p', '2026-09-30', 999),
  ];

  it('sums planned and done per plan inside the period; unknown plans go to "no plan"', () => {
    const s = studySection(plans, blocks, sessions, period, period.to);
    expect(s.lines).toEqual([
      {
        planId: 'p',
        title: 'PMP exam',
        status: 'active',
        hoursNeeded: 40,
        // The report date's block (31 Oct) can still be studied that day: still to come.
        plannedMinutes: 120,
        actualMinutes: 45,
        laterMinutes: 60,
      },
      {
        planId: null,
        title: '',
        status: null,
        hoursNeeded: null,
        plannedMinutes: 0,
        actualMinutes: 45,
        laterMinutes: 0,
      },
    ]);
    expect(s.totals).toEqual({
      plannedMinutes: 120,
      actualMinutes: 90,
      sessions: 3,
      laterMinutes: 60,
    });
  });

  it('orders plans by title, with time without a plan last', () => {
    const s = studySection(
      [plan('z', 'Zeta', 5), plan('a', 'Alpha', 5)],
      [block('z', '2026-10-05', 15), block('a', '2026-10-05', 30)],
      [session(null, '2026-10-06', 20)],
      period,
      period.to,
    );
    expect(s.lines.map((l) => [l.title, l.plannedMinutes, l.actualMinutes])).toEqual([
      ['Alpha', 30, 0],
      ['Zeta', 15, 0],
      ['', 0, 20],
    ]);
  });

  it('an archived plan: its blocks so far are planned time, those ahead are not still to come', () => {
    const s = studySection(
      [plan('p', 'PMP exam', 40), { ...plan('a', 'Old plan', 10), status: 'archived' as const }],
      [block('a', '2026-10-05', 30), block('a', '2026-10-20', 60), block('p', '2026-10-21', 45)],
      [],
      period,
      '2026-10-10',
    );
    expect(s.lines.map((l) => [l.title, l.plannedMinutes, l.laterMinutes])).toEqual([
      ['Old plan', 30, 0],
      ['PMP exam', 0, 45],
    ]);
    expect(s.totals.laterMinutes).toBe(45);
    expect(s.later).toEqual({ from: '2026-10-11', to: '2026-10-21' });
  });

  it('is empty when the planner has no records yet', () => {
    expect(studySection([], [], [], period, period.to)).toEqual({
      lines: [],
      totals: { plannedMinutes: 0, actualMinutes: 0, sessions: 0, laterMinutes: 0 },
      later: null,
    });
  });
});

const course = (
  id: string,
  title: string,
  start: string | null,
  end: string | null,
  more: Partial<Course> = {},
): Course => ({
  id,
  title,
  provider: 'Academy',
  format: 'virtual',
  status: end ? 'completed' : 'in-progress',
  start,
  end,
  contactHours: 7,
  cost: null,
  link: '',
  topic: 'general',
  split: null,
  notes: '',
  ...more,
});

const event = (id: string, name: string, start: string, more: Partial<JournalEvent> = {}) =>
  ({
    id,
    name,
    kind: 'chapter-meeting',
    organiser: 'Chapter',
    start,
    end: start,
    place: 'Utrecht',
    virtual: false,
    cost: null,
    link: '',
    notes: '',
    contactIds: [],
    ...more,
  }) satisfies JournalEvent;

const media = (id: string, title: string, date: string, more: Partial<MediaEntry> = {}) =>
  ({
    id,
    kind: 'reading',
    title,
    author: 'A. Writer',
    date,
    hours: 2,
    area: 'powerSkills',
    link: '',
    notes: '',
    ...more,
  }) satisfies MediaEntry;

const interaction = (id: string, contactId: string, date: string, more: Partial<Interaction>) =>
  ({
    id,
    contactId,
    date,
    kind: 'call',
    notes: '',
    hours: 0,
    area: 'powerSkills',
    followUp: null,
    ...more,
  }) satisfies Interaction;

describe('journal', () => {
  const entries = journalEntries({
    courses: [
      course('c1', 'Benefits', '2026-09-20', '2026-10-10', {
        notes: 'Owners first.',
        reflection: { learned: 'Maps help.', apply: 'Use them.' },
      }),
      course('c2', 'Started only', '2026-10-12', null),
      course('c3', 'No date', null, null),
    ],
    events: [
      event('e1', 'Chapter night', '2026-10-20', {
        reflection: { learned: 'Met a mentor.', apply: '' },
      }),
    ],
    media: [media('m1', 'Old book', '2026-08-01', { notes: 'Before the period.' })],
    interactions: [],
    contacts: [],
  });

  it('dates a course by its end (else its start), an event by its start; skips undated courses', () => {
    expect(entries.map((e) => [e.id, e.date])).toEqual([
      ['c1', '2026-10-10'],
      ['c2', '2026-10-12'],
      ['e1', '2026-10-20'],
      ['m1', '2026-08-01'],
    ]);
  });

  it('counts every entry in the period and keeps those with something written', () => {
    const j = journalSection(entries, period, period.to);
    expect(j.counts).toEqual({ course: 2, event: 1, media: 0, interaction: 0 });
    expect(j.reflections).toBe(2);
    expect(j.highlights.map((e) => [e.id, e.notes, e.reflection])).toEqual([
      ['c1', 'Owners first.', { learned: 'Maps help.', apply: 'Use them.' }],
      ['e1', '', { learned: 'Met a mentor.', apply: '' }],
    ]);
  });

  it.each<[string, Reflection | undefined, Reflection | null]>([
    ['no reflection', undefined, null],
    ['an empty one', { learned: '', apply: '' }, null],
    ['one of blanks', { learned: '  ', apply: '\n' }, null],
    [
      'only how it will be used',
      { learned: ' ', apply: ' Weekly. ' },
      { learned: '', apply: 'Weekly.' },
    ],
  ])('reads a course with %s', (_name, reflection, expected) => {
    const entry = courseEntry(course('c', 'C', null, '2026-10-05', { reflection, notes: '  ' }));
    expect(entry?.reflection).toEqual(expected);
    expect(entry?.notes).toBe('');
    const j = journalSection(entry ? [entry] : [], period, period.to);
    expect(j.highlights).toHaveLength(expected ? 1 : 0);
    expect(j.reflections).toBe(expected ? 1 : 0);
  });
});

// Issue 6 part 5: "reflection on any entry … shown in the report" — network interactions too.
describe('journal: network interactions', () => {
  const entries = journalEntries({
    courses: [],
    events: [],
    media: [],
    interactions: [
      interaction('i1', 'ana', '2026-10-03', {
        kind: 'mentoring-received',
        hours: 1,
        notes: ' Talked about stakeholder maps. ',
        reflection: { learned: 'Map the quiet ones too.', apply: '' },
      }),
      interaction('i2', 'ana', '2026-10-20', { kind: 'call' }),
      interaction('i3', 'gone', '2026-10-21', { kind: 'message', notes: 'Sent the deck.' }),
      interaction('i4', 'ana', '2026-11-02', { notes: 'After the period.' }),
    ],
    contacts: [
      { id: 'ana', name: ' Ana Lima ' },
      { id: 'bo', name: 'Bo Chen' },
    ],
  });

  it('dates an interaction by its day and titles it by the contact and the kind', () => {
    expect(entries.map((e) => [e.kind, e.id, e.date, e.title, e.interactionKind])).toEqual([
      ['interaction', 'i1', '2026-10-03', 'Ana Lima', 'mentoring-received'],
      ['interaction', 'i2', '2026-10-20', 'Ana Lima', 'call'],
      // A contact that is not there (never the case after a delete, which takes its
      // interactions): no name rather than a wrong one.
      ['interaction', 'i3', '2026-10-21', '', 'message'],
      ['interaction', 'i4', '2026-11-02', 'Ana Lima', 'call'],
    ]);
  });

  it('counts the interactions in the period and keeps those with notes or a reflection', () => {
    const j = journalSection(entries, period, period.to);
    expect(j.counts).toEqual({ course: 0, event: 0, media: 0, interaction: 3 });
    expect(j.reflections).toBe(1);
    expect(j.highlights.map((e) => [e.id, e.notes, e.reflection])).toEqual([
      ['i1', 'Talked about stakeholder maps.', { learned: 'Map the quiet ones too.', apply: '' }],
      ['i3', 'Sent the deck.', null],
    ]);
  });
});
