// A goal's target can be reached and its progress is true (reviewer's findings, issue 5 part 6):
// a credential goal aims at no more credentials than it names (and "Earn PMP" saves as it is);
// "My own count" counts in whole numbers; a goal that starts after today is not reached yet.
import { describe, expect, it } from 'vitest';
import {
  defaultTargetValue,
  goalProgress,
  hasStarted,
  targetCeiling,
  validateGoal,
  type Goal,
  type GoalMeasure,
  type GoalTarget,
} from '../../../../shared/domain/goals';
import { earned, readinessInput } from '../eligibility/fixtures';

const asOf = '2026-05-10';
const credentials = (value: number, anyOf: string[] = ['pmp']): GoalTarget => ({
  type: 'number',
  value,
  unit: 'count',
  measure: { source: 'credentials', anyOf },
});
const ownCount = (value: number, current: number): GoalTarget => ({
  type: 'number',
  value,
  unit: 'custom',
  unitLabel: 'books',
  measure: { source: 'manual', current },
});
const goal = (extra: Partial<Goal>): Goal => ({
  id: 'g',
  title: 'Earn PMP',
  kind: 'credential',
  target: credentials(1),
  startDate: '2026-01-01',
  targetDate: null,
  milestones: [],
  status: 'active',
  ...extra,
});
const codes = (g: Partial<Goal>) =>
  validateGoal(goal(g), asOf).map((e) => `${e.field}:${e.code}:${e.expected ?? ''}`);

describe('targetCeiling and defaultTargetValue', () => {
  it.each<[string, GoalMeasure, number | null, number | null]>([
    ['one credential', { source: 'credentials', anyOf: ['pmp'] }, 1, 1],
    ['either of two', { source: 'credentials', anyOf: ['pmp', 'pgmp'] }, 2, 2],
    ['none chosen yet', { source: 'credentials', anyOf: [] }, 0, null],
    ['months of experience', { source: 'experience', roleTypes: ['pmo'] }, null, null],
    ['my own count', { source: 'manual', current: 3 }, null, null],
    ['mentors', { source: 'mentors' }, null, null],
  ])('%s: at most %s, starts at %s', (_, measure, ceiling, start) => {
    expect(targetCeiling(measure)).toBe(ceiling);
    expect(defaultTargetValue(measure)).toBe(start);
  });
});

describe('validateGoal: targets that can be reached, counts that are whole', () => {
  it.each<[string, Partial<Goal>, string[]]>([
    ['"Earn PMP": one of one credential', {}, []],
    ['both of two credentials', { target: credentials(2, ['pmp', 'pgmp']) }, []],
    ['three of one credential', { target: credentials(3) }, ['target.value:MORE_THAN_CHOSEN:1']],
    ['two of one credential', { target: credentials(2) }, ['target.value:MORE_THAN_CHOSEN:1']],
    [
      'three of two credentials',
      { target: credentials(3, ['pmp', 'pgmp']) },
      ['target.value:MORE_THAN_CHOSEN:2'],
    ],
    // No credential chosen is said once, at the choice.
    ['none chosen', { target: credentials(1, []) }, ['target.measure.anyOf:NO_CREDENTIAL:']],
    ['my own count: 3 of 12 books', { kind: 'custom', target: ownCount(12, 3) }, []],
    ['my own count at 0', { kind: 'custom', target: ownCount(12, 0) }, []],
    [
      'my own count: 2.5 books',
      { kind: 'custom', target: ownCount(12, 2.5) },
      ['target.measure.current:NOT_WHOLE:'],
    ],
    [
      'my own count: a target of 12.5 books',
      { kind: 'custom', target: ownCount(12.5, 3) },
      ['target.value:NOT_WHOLE:'],
    ],
    [
      'my own count below zero',
      { kind: 'custom', target: ownCount(12, -1) },
      ['target.measure.current:NEGATIVE:'],
    ],
  ])('%s', (_, extra, expected) => {
    expect(codes(extra)).toEqual(expected);
  });
});

describe('hasStarted', () => {
  it.each<[string, boolean]>([
    ['2026-05-09', true],
    ['2026-05-10', true],
    ['2026-05-11', false],
    ['2027-01-01', false],
  ])('a goal starting %s has started on 10 May 2026: %s', (startDate, started) => {
    expect(hasStarted({ startDate }, asOf)).toBe(started);
  });
});

describe('goalProgress of a goal that has not started', () => {
  const books = (startDate: string) =>
    goal({ kind: 'custom', title: 'Read twelve books', target: ownCount(12, 15), startDate });

  it.each<[string, string, Partial<ReturnType<typeof goalProgress>>]>([
    [
      'starts tomorrow: not measured, not reached',
      '2026-05-11',
      { problem: 'NOT_STARTED', have: null, need: null, met: false, percent: 0 },
    ],
    [
      'starts next year: not measured, not reached',
      '2027-01-01',
      { problem: 'NOT_STARTED', met: false, suggestAchieved: false, overdue: false },
    ],
    ['starts today: 15 of 12, reached', '2026-05-10', { have: 15, need: 12, met: true }],
    ['started last year: reached', '2025-01-01', { have: 15, need: 12, suggestAchieved: true }],
  ])('%s', (_, startDate, expected) => {
    const p = goalProgress(books(startDate), readinessInput(), null);
    expect(p).toMatchObject(expected);
    if (expected.problem === undefined) expect(p.problem).toBeUndefined();
  });

  it('a credential already held does not reach a goal that starts next month', () => {
    const input = readinessInput({ held: [earned('pmp', '2019-01-10')] });
    expect(goalProgress(goal({ startDate: '2026-06-01' }), input, null)).toMatchObject({
      problem: 'NOT_STARTED',
      met: false,
    });
    expect(goalProgress(goal({}), input, null)).toMatchObject({ have: 1, need: 1, met: true });
  });

  it('a linked requirement is judged as the ladder judges it, even before the goal starts', () => {
    const linked = (startDate: string) =>
      goal({
        kind: 'custom',
        target: { type: 'requirement', rungId: 'r', requirementId: 'q' },
        startDate,
      });
    const plan = {
      rungs: [
        {
          id: 'r',
          requirements: [
            { id: 'q', kind: 'credential', anyOf: ['pmp'], standing: 'good', essential: true },
          ],
        },
      ],
    } as unknown as Parameters<typeof goalProgress>[2];
    const input = readinessInput({ held: [earned('pmp', '2025-01-10')] });
    const later = goalProgress(linked('2026-06-01'), input, plan);
    expect(later.problem).toBeUndefined();
    expect(later).toMatchObject({ basis: 'requirement' });
    // The same as for a goal that has started: the ladder's verdict, whatever the start date.
    const started = goalProgress(linked('2026-01-01'), input, plan);
    expect([later.have, later.need, later.met]).toEqual([started.have, started.need, started.met]);
  });
});

describe('goalProgress of a credential goal saved with a target above its credentials', () => {
  it.each<[string, GoalTarget, number]>([
    ['3 of one credential asks for 1', credentials(3), 1],
    ['1 of one credential asks for 1', credentials(1), 1],
    ['5 of two credentials asks for 2', credentials(5, ['pmp', 'pgmp']), 2],
  ])('%s', (_, target, need) => {
    const p = goalProgress(goal({ target }), readinessInput(), null);
    expect(p).toMatchObject({ have: 0, need, percent: 0, met: false });
  });
});
