// Which goals a report lists for its period (shared/domain/report/goals.ts): open goals always,
// achieved ones unless every date they carry is before the period, dropped ones never. A
// twelve-month report listed a goal achieved eight years earlier. Report date 7 Dec 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { Goal, Milestone } from '../../../../shared/domain/goals';
import {
  buildReport,
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
  goal({ id: 'old-2', startDate: '2019-01-01', targetDate: '2020-03-31' }),
  goal({ id: 'this-year', startDate: '2026-01-01', targetDate: '2026-06-30' }),
  goal({ id: 'open', status: 'active', startDate: '2026-02-01', targetDate: '2027-02-01' }),
  goal({ id: 'dropped', status: 'dropped', startDate: '2026-01-01', targetDate: '2026-06-30' }),
];

describe('reportGoals and the report model', () => {
  it('lists open goals and those achieved in the period, counting those achieved before', () => {
    const { listed, achievedBefore } = reportGoals(goals, lastYear);
    expect(listed.map((g) => g.id)).toEqual(['this-year', 'open']);
    expect(achievedBefore).toBe(2);
  });

  it('lists every goal but the dropped one over the whole record, leaving none out', () => {
    const { listed, achievedBefore } = reportGoals(goals, wholeRecord);
    expect(listed.map((g) => g.id)).toEqual(['old-1', 'old-2', 'this-year', 'open']);
    expect(achievedBefore).toBe(0);
  });

  it('the goals section lists the same goals, open ones first', () => {
    const lines = goalsSection(goals, readinessInput(), defaultLadderPlan(), lastYear);
    expect(lines.map((l) => l.goal.id)).toEqual(['open', 'this-year']);
  });

  it('the report carries the count left out with its goals section, and only with it', () => {
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
    expect(m.goalsAchievedBefore).toBe(2);
    const all = buildReport({
      ...input,
      period: wholeRecord,
      sections: new Set(['goals'] as const),
    });
    expect(all.goals?.map((l) => l.goal.id)).toEqual(['open', 'old-1', 'old-2', 'this-year']);
    expect(all.goalsAchievedBefore).toBe(0);
    const none = buildReport({ ...input, sections: new Set(['summary'] as const) });
    expect(none.goalsAchievedBefore).toBeUndefined();
  });
});
