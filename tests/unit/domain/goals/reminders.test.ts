// Which goals the reminders call met, and how much of the credit log that reads; asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  goalLogReadsFrom,
  goalProgress,
  metGoalIds,
  type Goal,
  type GoalTarget,
} from '../../../../shared/domain/goals';
import { readinessReads } from '../../../../shared/domain/readiness';
import { earned, readinessInput, role } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

const number = (value: number, measure: Extract<GoalTarget, { type: 'number' }>['measure']) =>
  ({ type: 'number', value, unit: 'count', measure }) as GoalTarget;

const goal = (id: string, extra: Partial<Goal>): Goal => ({
  id,
  title: id,
  kind: 'custom',
  target: number(12, { source: 'manual', current: 0 }),
  startDate: '2026-01-01',
  targetDate: '2026-12-31',
  milestones: [],
  status: 'active',
  ...extra,
});

describe('metGoalIds (rule: a goal is met once its measured progress reaches the target)', () => {
  const input = readinessInput({
    held: [earned('pmp', '2019-01-10')],
    roles: [role(['leading-projects'], '2023-01', null)],
  });
  const plan = defaultLadderPlan();
  it.each([
    [
      'own count reached',
      goal('a', { target: number(12, { source: 'manual', current: 12 }) }),
      true,
    ],
    [
      'own count beyond the target',
      goal('b', { target: number(3, { source: 'manual', current: 5 }) }),
      true,
    ],
    [
      'own count short',
      goal('c', { target: number(12, { source: 'manual', current: 11 }) }),
      false,
    ],
    [
      'credential earned',
      goal('d', {
        kind: 'credential',
        target: number(1, { source: 'credentials', anyOf: ['pmp'] }),
      }),
      true,
    ],
    [
      'linked requirement met as readiness judges it (36 months leading projects)',
      goal('e', {
        kind: 'experience',
        target: {
          type: 'requirement',
          rungId: 'project-manager',
          requirementId: 'experience-leading',
        },
      }),
      true,
    ],
    ['no measurable target: never met', goal('f', { target: null }), false],
    [
      'a zero target is no measurable target',
      goal('g', { target: number(0, { source: 'manual', current: 0 }) }),
      false,
    ],
    [
      'met but paused: not reminded, so not listed',
      goal('h', { status: 'paused', target: number(1, { source: 'manual', current: 1 }) }),
      false,
    ],
    [
      'already achieved: not listed',
      goal('i', { status: 'achieved', target: number(1, { source: 'manual', current: 1 }) }),
      false,
    ],
  ] as const)('%s → %s', (_name, g, met) => {
    expect(metGoalIds([g], input, plan).has(g.id)).toBe(met);
    // The goal card decides the same way.
    if (g.status === 'active') expect(goalProgress(g, input, plan).met).toBe(met);
  });
});

describe('goalLogReadsFrom (rule: learning credits count from the goal’s start)', () => {
  const asOf = '2026-05-10';
  const window = readinessReads(asOf).from; // 2025-05-01
  const credits = (id: string, startDate: string, status: Goal['status'] = 'active') =>
    goal(id, {
      kind: 'education',
      status,
      startDate,
      target: {
        type: 'number',
        value: 35,
        unit: 'hours',
        measure: { source: 'learning-credits', area: 'all' },
      },
    });
  it('reads the start-up part of the log from the first of the month a year back', () => {
    expect(window).toBe('2025-05-01');
  });
  it.each([
    ['no goals', [], null],
    ['a learning goal started inside that part', [credits('a', '2025-05-01')], null],
    ['a learning goal started before it', [credits('a', '2024-03-15')], '2024-03-15'],
    [
      'the earliest of several',
      [credits('a', '2024-03-15'), credits('b', '2023-09-01'), credits('c', '2025-08-01')],
      '2023-09-01',
    ],
    ['a goal that is not active', [credits('a', '2023-09-01', 'achieved')], null],
    [
      'other measures read what readiness reads',
      [goal('x', { startDate: '2020-01-01', target: number(4, { source: 'conferences' }) })],
      null,
    ],
  ] as const)('%s → %s', (_name, goals, from) => {
    expect(goalLogReadsFrom(goals, asOf)).toBe(from);
  });
  it('needs those entries: without them a goal met over the whole log looks short', () => {
    const old = activity('old', '2024-06-01', { powerSkills: 20 });
    const recent = activity('recent', '2026-02-01', { waysOfWorking: 15 });
    const g = credits('a', '2024-03-15');
    const whole = readinessInput({ activities: [old, recent] });
    const windowOnly = readinessInput({ activities: [recent] });
    expect(metGoalIds([g], whole, null).has('a')).toBe(true);
    expect(metGoalIds([g], windowOnly, null).has('a')).toBe(false);
  });
});
