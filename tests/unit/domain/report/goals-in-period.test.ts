// Which goals a report lists for its period (shared/domain/report/goals.ts): open goals always,
// achieved ones unless every date they carry is before the period or they began after it
// (marked when a step was done after it), dropped ones never. A twelve-month report listed a
// goal achieved eight years earlier, and a report over past own dates goals achieved since.
// Report date 7 Dec 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { Goal, Milestone } from '../../../../shared/domain/goals';
import {
  buildReport,
  goalDoneNoEarlier,
  goalInReport,
  goalLastDay,
  goalsSection,
  reportGoals,
  type GoalInReport,
  type ReportPeriod,
} from '../../../../shared/domain/report';
import { readinessInput } from '../eligibility/fixtures';

const AS_OF = '2026-12-07';
const lastYear: ReportPeriod = {
  kind: 'last-12-months',
  from: '2025-12-08',
  to: AS_OF,
  heldId: null,
};
/** Own dates in the past: the year 2018. */
const year2018: ReportPeriod = {
  kind: 'custom',
  from: '2018-01-01',
  to: '2018-12-31',
  heldId: null,
};
/** Own dates reaching back before every goal's first date: the whole record. */
const wholeRecord: ReportPeriod = { kind: 'custom', from: '1950-01-01', to: AS_OF, heldId: null };

const milestone = (due: string, doneOn: string | null): Milestone => ({
  id: `m-${due}`,
  title: `Step due ${due}`,
  due,
  doneOn,
});

const goal = (over: Partial<Goal> & Pick<Goal, 'id'>): Goal => ({
  title: over.id,
  kind: 'custom',
  target: {
    type: 'number',
    value: 3,
    unit: 'custom',
    unitLabel: 'talks',
    measure: { source: 'manual', current: 3 },
  },
  startDate: '2018-01-01',
  targetDate: '2018-09-30',
  milestones: [],
  status: 'achieved',
  ...over,
});

describe('goalLastDay: the latest day a goal names', () => {
  it.each<[string, Partial<Goal>, string | null]>([
    ['its target date', {}, '2018-09-30'],
    ['its start, with no target date', { targetDate: null }, '2018-01-01'],
    [
      'a milestone done after the target date',
      { milestones: [milestone('2018-06-30', '2026-02-10')] },
      '2026-02-10',
    ],
    [
      'a milestone due after the start, with no target date',
      { targetDate: null, milestones: [milestone('2019-03-31', null)] },
      '2019-03-31',
    ],
    ['no calendar day at all', { startDate: '' as never, targetDate: null, milestones: [] }, null],
  ])('%s', (_, over, last) => {
    expect(goalLastDay(goal({ id: 'g', ...over }))).toBe(last);
  });
});

describe('goalDoneNoEarlier: the earliest day a goal can have been achieved', () => {
  it.each<[string, Partial<Goal>, string | null]>([
    ['its start, with no milestone done', {}, '2018-01-01'],
    ['not its target date, which may be beaten', { targetDate: '2030-01-01' }, '2018-01-01'],
    ['not a milestone only due', { milestones: [milestone('2018-06-30', null)] }, '2018-01-01'],
    [
      'its last milestone done, even after its target date',
      {
        milestones: [milestone('2018-03-31', '2018-03-20'), milestone('2018-06-30', '2019-02-14')],
      },
      '2019-02-14',
    ],
    ['no calendar day at all', { startDate: '' as never }, null],
  ])('%s', (_, over, day) => {
    expect(goalDoneNoEarlier(goal({ id: 'g', ...over }))).toBe(day);
  });
});

describe('goalInReport: a goal in a report for a period', () => {
  it.each<[string, Partial<Goal>, ReportPeriod, GoalInReport]>([
    ['achieved eight years before the last 12 months: left out', {}, lastYear, 'achieved-before'],
    ['the same goal, in a report over the whole record: listed', {}, wholeRecord, 'listed'],
    [
      'the same goal, in own dates starting on its target date: listed',
      {},
      { kind: 'custom', from: '2018-09-30', to: '2018-12-31', heldId: null },
      'listed',
    ],
    [
      'the same goal, in own dates starting the day after its target date: left out',
      {},
      { kind: 'custom', from: '2018-10-01', to: '2019-12-31', heldId: null },
      'achieved-before',
    ],
    [
      'achieved, target date inside the period: listed',
      { startDate: '2026-01-01', targetDate: '2026-06-30' },
      lastYear,
      'listed',
    ],
    [
      'achieved, target date still to come (achieved early): listed',
      { startDate: '2026-01-01', targetDate: '2027-06-30' },
      lastYear,
      'listed',
    ],
    [
      'achieved late: target date before the period, a milestone done inside it: listed',
      { targetDate: '2024-12-31', milestones: [milestone('2024-06-30', '2026-01-15')] },
      lastYear,
      'listed',
    ],
    [
      'achieved, no target date, started long before, nothing since: left out',
      { targetDate: null },
      lastYear,
      'achieved-before',
    ],
    [
      'achieved, no target date, started inside the period: listed',
      { startDate: '2026-03-01', targetDate: null },
      lastYear,
      'listed',
    ],
    [
      'active, target date long passed (still being worked on): listed',
      { status: 'active' },
      lastYear,
      'listed',
    ],
    ['paused, target date long passed: listed', { status: 'paused' }, lastYear, 'listed'],
    [
      'dropped inside the period: left out, as dropped goals always are',
      { status: 'dropped', startDate: '2026-01-01', targetDate: '2026-06-30' },
      lastYear,
      'dropped',
    ],
    ['dropped years before: left out', { status: 'dropped' }, lastYear, 'dropped'],
    [
      'dropped, in a report over the whole record: left out',
      { status: 'dropped' },
      wholeRecord,
      'dropped',
    ],
    [
      'own dates in the past, achieved in them: listed',
      { milestones: [milestone('2018-06-30', '2018-06-01')] },
      year2018,
      'listed',
    ],
    [
      'own dates in the past, target date after them (achieved early, maybe in them): listed',
      { targetDate: '2019-06-30' },
      year2018,
      'listed',
    ],
    [
      'own dates in the past, a step done after their end: achieved after them',
      { targetDate: '2018-12-31', milestones: [milestone('2018-12-31', '2019-02-14')] },
      year2018,
      'achieved-after',
    ],
    [
      'own dates in the past, a step done the day they end: listed',
      { targetDate: '2018-12-31', milestones: [milestone('2018-12-31', '2018-12-31')] },
      year2018,
      'listed',
    ],
    [
      'own dates in the past, started the day after their end: begun after them',
      { startDate: '2019-01-01', targetDate: '2019-06-30' },
      year2018,
      'begun-after',
    ],
    [
      'own dates in the past, started and achieved years after them: begun after them',
      { startDate: '2026-03-01', targetDate: '2026-09-30' },
      year2018,
      'begun-after',
    ],
    [
      'own dates in the past, active and started after them: listed, as open goals always are',
      { status: 'active', startDate: '2026-03-01', targetDate: '2027-09-30' },
      year2018,
      'listed',
    ],
    [
      'own dates in the past, dropped after a step done in them: left out (no day it was dropped)',
      { status: 'dropped', milestones: [milestone('2018-06-30', '2018-06-01')] },
      year2018,
      'dropped',
    ],
    [
      'the last 12 months, a step done today: listed (nothing is done after today)',
      { startDate: '2026-01-01', milestones: [milestone('2026-06-30', AS_OF)] },
      lastYear,
      'listed',
    ],
    [
      'achieved, naming no calendar day: listed (nothing says it is old)',
      { startDate: '' as never, targetDate: null },
      lastYear,
      'listed',
    ],
  ])('%s', (_, over, period, place) => {
    expect(goalInReport(goal({ id: 'g', ...over }), period)).toBe(place);
  });
});

const goals: Goal[] = [
  goal({ id: 'old-1', targetDate: '2018-09-30' }),
  goal({
    id: 'late',
    startDate: '2018-02-01',
    targetDate: '2018-12-31',
    milestones: [milestone('2018-12-31', '2019-02-14')],
  }),
  goal({ id: 'old-2', startDate: '2019-01-01', targetDate: '2020-03-31' }),
  goal({ id: 'this-year', startDate: '2026-01-01', targetDate: '2026-06-30' }),
  goal({ id: 'open', status: 'active', startDate: '2026-02-01', targetDate: '2027-02-01' }),
  goal({ id: 'dropped', status: 'dropped', startDate: '2026-01-01', targetDate: '2026-06-30' }),
];

const ids = (listed: readonly { goal: Goal; achievedAfter: boolean }[]) =>
  listed.map((l) => (l.achievedAfter ? `${l.goal.id} (after)` : l.goal.id));

describe('reportGoals and the report model', () => {
  it('lists open goals and those achieved in the period, counting those achieved before', () => {
    const { listed, achievedBefore, begunAfter } = reportGoals(goals, lastYear);
    expect(ids(listed)).toEqual(['this-year', 'open']);
    expect(achievedBefore).toBe(3);
    expect(begunAfter).toBe(0);
  });

  it('lists every goal but the dropped one over the whole record, leaving none out', () => {
    const { listed, achievedBefore, begunAfter } = reportGoals(goals, wholeRecord);
    expect(ids(listed)).toEqual(['old-1', 'late', 'old-2', 'this-year', 'open']);
    expect([achievedBefore, begunAfter]).toEqual([0, 0]);
  });

  it('over past own dates, marks a goal achieved after them and counts those begun after', () => {
    const { listed, achievedBefore, begunAfter } = reportGoals(goals, year2018);
    expect(ids(listed)).toEqual(['old-1', 'late (after)', 'open']);
    expect([achievedBefore, begunAfter]).toEqual([0, 2]);
  });

  it('the goals section lists the same goals, open ones first', () => {
    const lines = goalsSection(goals, readinessInput(), defaultLadderPlan(), lastYear);
    expect(lines.map((l) => l.goal.id)).toEqual(['open', 'this-year']);
    const past = goalsSection(goals, readinessInput(), defaultLadderPlan(), year2018);
    expect(past.map((l) => [l.goal.id, l.achievedAfterPeriod ?? false])).toEqual([
      ['open', false],
      ['old-1', false],
      ['late', true],
    ]);
  });

  it('the report carries the counts left out with its goals section, and only with it', () => {
    const input = {
      asOf: AS_OF,
      period: lastYear,
      profile: { name: 'Kim', currentRung: 'pmo-analyst', targetRung: 'pmo-manager' },
      plan: defaultLadderPlan(),
      goals,
      readiness: readinessInput(),
      evidenceCounts: new Map<string, number>(),
      study: { plans: [], blocks: [], sessions: [] },
      journal: { courses: [], events: [], media: [], interactions: [], contacts: [] },
    };
    const m = buildReport({ ...input, sections: new Set(['goals'] as const) });
    expect(m.goals?.map((l) => l.goal.id)).toEqual(['open', 'this-year']);
    expect(m.goalsAchievedBefore).toBe(3);
    expect(m.goalsBegunAfter).toBe(0);
    const all = buildReport({
      ...input,
      period: wholeRecord,
      sections: new Set(['goals'] as const),
    });
    expect(all.goals?.map((l) => l.goal.id)).toEqual([
      'open',
      'old-1',
      'late',
      'old-2',
      'this-year',
    ]);
    expect(all.goalsAchievedBefore).toBe(0);
    const past = buildReport({ ...input, period: year2018, sections: new Set(['goals'] as const) });
    expect(past.goals?.map((l) => [l.goal.id, l.achievedAfterPeriod ?? false])).toEqual([
      ['open', false],
      ['old-1', false],
      ['late', true],
    ]);
    expect([past.goalsAchievedBefore, past.goalsBegunAfter]).toEqual([0, 2]);
    const none = buildReport({ ...input, sections: new Set(['summary'] as const) });
    expect(none.goalsAchievedBefore).toBeUndefined();
    expect(none.goalsBegunAfter).toBeUndefined();
  });
});
