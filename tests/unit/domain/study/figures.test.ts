import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  planFigures,
  planStanding,
  planStudy,
  replanRemaining,
  studiedBeforeRelay,
  type StudyBlock,
  type StudyPlan,
} from '../../../../shared/domain/study';

// Rule (Ascent, study review A6): a plan's card counts as planned only the study the calendar
// still holds, as a re-plan counts it: blocks from today (tomorrow once today's study covers
// today's blocks) to the day before the deadline, less what was studied today. Blocks already
// past are the record of what was planned, not hours still to come.

const TODAY = '2026-12-16'; // a Wednesday
// The sample profile: Tuesday 1.5 h, Thursday 1.5 h, Saturday 3 h.
const week: WeeklyAvailability = { mon: 0, tue: 1.5, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };
const plan: StudyPlan = {
  id: 'p1',
  title: 'PMI-PMOCP exam preparation',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: 80,
  start: '2026-11-04',
  deadline: '2027-04-16',
  availabilityOverride: {},
  blackouts: [],
  sessionMinutes: 60,
  bufferDays: 3,
  dayStart: '19:00',
  status: 'active',
};
const block = (date: LocalDate, minutes: number, i = 0): StudyBlock => ({
  id: `${date}-${i}`,
  planId: plan.id,
  date,
  start: '19:00',
  minutes,
  edited: false,
});

describe('planFigures', () => {
  it.each<[string, LocalDate, StudyBlock[], { date: LocalDate; minutes: number }[], number]>([
    [
      // The review's case: 32 h 45 min laid before today, 21 h 15 min of it studied, and a
      // re-plan laying the other 58 h 45 min from today. It used to say "91 h 30 min planned".
      'after a re-plan when behind: 58 h 45 min, not 91 h 30 min',
      TODAY,
      [block('2026-11-07', 1965), block('2026-12-17', 3525)],
      [{ date: '2026-11-07', minutes: 1275 }],
      3525,
    ],
    [
      'a block today, not studied yet',
      '2026-12-17',
      [block('2026-12-17', 60), block('2026-12-19', 120)],
      [],
      180,
    ],
    [
      'half of today studied: the other half is still planned',
      '2026-12-17',
      [block('2026-12-17', 60), block('2026-12-19', 120)],
      [{ date: '2026-12-17', minutes: 30 }],
      150,
    ],
    [
      'more studied today than planned: later days stay as planned',
      '2026-12-17',
      [block('2026-12-17', 60), block('2026-12-19', 120)],
      [{ date: '2026-12-17', minutes: 90 }],
      120,
    ],
    [
      'a block moved onto or past the exam day does not count',
      TODAY,
      [block('2027-04-15', 60), block('2027-04-16', 60), block('2027-04-20', 60)],
      [],
      60,
    ],
    [
      'before the plan starts: every block',
      '2026-10-01',
      [block('2026-11-07', 60), block('2026-11-10', 90)],
      [],
      150,
    ],
    ['the exam has passed', '2027-04-20', [block('2027-04-10', 60)], [], 0],
  ])('%s', (_name, asOf, blocks, sessions, still) => {
    const f = planFigures({ plan, availability: week, blocks, sessions, asOf });
    expect(f).toEqual({
      neededMinutes: 80 * 60,
      studiedMinutes: sessions.reduce((s, x) => s + x.minutes, 0),
      stillPlannedMinutes: still,
    });
  });

  // The plan as savePlan lays it from its start, and a re-plan on `asOf` after `sessions`.
  const laid = planStudy({
    minutesNeeded: 80 * 60,
    from: plan.start,
    deadline: plan.deadline,
    bufferDays: plan.bufferDays,
    availability: week,
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '19:00',
  }).blocks.map((b, i): StudyBlock => ({ ...b, id: `b${i}`, planId: plan.id, edited: false }));
  const total = (xs: readonly { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

  it.each<[string, LocalDate, { date: LocalDate; minutes: number }[]]>([
    ['nothing studied today', TODAY, [{ date: '2026-11-07', minutes: 600 }]],
    [
      'today’s blocks all studied',
      '2026-12-19',
      [
        { date: '2026-11-07', minutes: 600 },
        { date: '2026-12-19', minutes: total(laid.filter((b) => b.date === '2026-12-19')) },
      ],
    ],
  ])('adds up right after a re-plan (%s), and the card is on schedule', (_name, asOf, sessions) => {
    const studied = total(sessions);
    const r = replanRemaining({
      plan,
      availability: week,
      blocks: laid,
      studiedMinutes: studied,
      studiedTodayMinutes: total(sessions.filter((s) => s.date === asOf)),
      asOf,
    });
    const relaid = r.result.blocks.map((b, i): StudyBlock => ({
      ...b,
      id: `n${i}`,
      planId: plan.id,
      edited: false,
    }));
    const after = [...r.kept, ...relaid];
    const replanned = { ...plan, replannedOn: asOf };
    const input = { plan: replanned, availability: week, blocks: after, sessions, asOf };
    const f = planFigures(input);
    expect(f.studiedMinutes + f.stillPlannedMinutes).toBe(80 * 60);
    expect(planStanding(input).code).toBe('ON_SCHEDULE');
  });

  it('adds up after a re-plan on a half-studied day, and as the rest of the day is studied', () => {
    // Saturday 19 Dec: 30 minutes studied at 09:00, re-planned at 10:00 (today keeps what is
    // left of its time), then 45 more minutes studied at 20:00.
    const asOf = '2026-12-19';
    const morning = [
      { date: '2026-11-07', minutes: 600, createdAt: '2026-11-07T20:00:00.000Z' },
      { date: asOf, minutes: 30, createdAt: '2026-12-19T09:00:00.000Z' },
    ];
    const r = replanRemaining({
      plan,
      availability: week,
      blocks: laid,
      studiedMinutes: 630,
      studiedTodayMinutes: 30,
      asOf,
    });
    expect(r.from).toBe(asOf);
    const relaid = r.result.blocks.map((b, i): StudyBlock => ({
      ...b,
      id: `n${i}`,
      planId: plan.id,
      edited: false,
    }));
    const after = [...r.kept, ...relaid];
    const replanned = { ...plan, replannedOn: asOf };
    const relaidAt = '2026-12-19T10:00:00.000Z';
    const judge = (sessions: typeof morning) => {
      const input = {
        plan: replanned,
        availability: week,
        blocks: after,
        sessions,
        studiedTodayBeforeBlocks: studiedBeforeRelay(replanned, relaidAt, sessions, asOf),
        asOf,
      };
      return { figures: planFigures(input), standing: planStanding(input) };
    };
    const now = judge(morning);
    expect(now.figures.studiedMinutes + now.figures.stillPlannedMinutes).toBe(80 * 60);
    // Before the rule, today's 30 minutes were taken off twice: "30 min not on the calendar".
    expect(now.standing).toMatchObject({ code: 'ON_SCHEDULE', unplacedMinutes: 0 });
    const evening = judge([
      ...morning,
      { date: asOf, minutes: 45, createdAt: '2026-12-19T20:00:00.000Z' },
    ]);
    expect(evening.figures.studiedMinutes).toBe(675);
    expect(evening.figures.stillPlannedMinutes).toBe(now.figures.stillPlannedMinutes - 45);
    expect(evening.standing.code).toBe('ON_SCHEDULE');
  });
});

describe('studiedBeforeRelay', () => {
  const sessions = [
    { date: TODAY, minutes: 30, createdAt: '2026-12-16T09:00:00.000Z' },
    { date: TODAY, minutes: 45, createdAt: '2026-12-16T11:00:00.000Z' },
    { date: '2026-12-15', minutes: 60, createdAt: '2026-12-15T09:00:00.000Z' },
    { date: TODAY, minutes: 15 }, // no time known: counted as logged after
  ];
  it.each<[string, LocalDate | null, string | undefined, number]>([
    ['re-planned today at 10:00: the 09:00 study', TODAY, '2026-12-16T10:00:00.000Z', 30],
    ['re-planned today at 12:00: both', TODAY, '2026-12-16T12:00:00.000Z', 75],
    ['re-planned today before any study', TODAY, '2026-12-16T08:00:00.000Z', 0],
    ['re-planned yesterday', '2026-12-15', '2026-12-15T10:00:00.000Z', 0],
    ['never re-planned', null, '2026-11-04T10:00:00.000Z', 0],
    ['no time of the re-plan', TODAY, undefined, 0],
  ])('%s → %i', (_name, replannedOn, relaidAt, expected) => {
    expect(studiedBeforeRelay({ replannedOn }, relaidAt, sessions, TODAY)).toBe(expected);
  });
});
