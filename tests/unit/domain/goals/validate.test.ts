// Bad goal input → codes (issue 5 part 9).
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { validateGoal, type Goal, type GoalTarget } from '../../../../shared/domain/goals';

const asOf = '2026-05-10';
const months = (value: number): GoalTarget => ({
  type: 'number',
  value,
  unit: 'months',
  measure: { source: 'experience', roleTypes: ['pmo'] },
});
const goal = (extra: Partial<Goal> = {}): Goal => ({
  id: 'g',
  title: 'Two years in a PMO',
  kind: 'experience',
  target: months(24),
  startDate: '2026-01-01',
  targetDate: '2027-12-31',
  milestones: [],
  status: 'active',
  ...extra,
});
const codes = (g: Goal) =>
  validateGoal(g, asOf, defaultLadderPlan()).map((e) => `${e.field}:${e.code}`);

describe('validateGoal', () => {
  it('accepts a goal with a measurable target, and one linked to a requirement', () => {
    expect(codes(goal())).toEqual([]);
    expect(
      codes(
        goal({
          target: { type: 'requirement', rungId: 'pmo-manager', requirementId: 'experience-pmo' },
        }),
      ),
    ).toEqual([]);
  });

  it.each<[string, Partial<Goal>, string[]]>([
    ['no target', { target: null }, ['target:NO_MEASURABLE_TARGET']],
    ['a target of zero', { target: months(0) }, ['target.value:NO_MEASURABLE_TARGET']],
    [
      'a target that is not a number',
      { target: months(Number.NaN) },
      ['target.value:NOT_A_NUMBER'],
    ],
    ['half a month', { target: months(12.5) }, ['target.value:NOT_WHOLE']],
    ['no title', { title: '  ' }, ['title:REQUIRED']],
    ['an unknown kind', { kind: 'fame' as never }, ['kind:UNKNOWN_VALUE']],
    ['an unknown status', { status: 'someday' as never }, ['status:UNKNOWN_VALUE']],
    ['end before start', { targetDate: '2025-12-31' }, ['targetDate:END_BEFORE_START']],
    ['a bad start date', { startDate: '2026-02-30' }, ['startDate:DATE_INVALID']],
    [
      'the wrong unit',
      { target: { ...months(24), unit: 'hours' } as GoalTarget },
      ['target.unit:UNIT_MISMATCH'],
    ],
    ['a measure that does not fit the kind', { kind: 'network' }, ['target.measure:KIND_MISMATCH']],
    [
      'a skill level of 6',
      {
        kind: 'skill',
        target: {
          type: 'number',
          value: 6,
          unit: 'level',
          measure: { source: 'skill', skill: 'leadership' },
        },
      },
      ['target.value:LEVEL_OUT_OF_RANGE'],
    ],
    [
      'hours not in quarters',
      {
        kind: 'education',
        target: {
          type: 'number',
          value: 10.1,
          unit: 'hours',
          measure: { source: 'contact-hours', topic: 'general' },
        },
      },
      ['target.value:HOURS_NOT_QUARTER'],
    ],
    [
      'no credential',
      {
        kind: 'credential',
        target: {
          type: 'number',
          value: 1,
          unit: 'count',
          measure: { source: 'credentials', anyOf: [] },
        },
      },
      ['target.measure.anyOf:NO_CREDENTIAL'],
    ],
    [
      'a custom unit without a label',
      {
        kind: 'custom',
        target: {
          type: 'number',
          value: 5,
          unit: 'custom',
          measure: { source: 'manual', current: 0 },
        },
      },
      ['target.unitLabel:REQUIRED'],
    ],
    [
      'a negative manual count',
      {
        kind: 'custom',
        target: {
          type: 'number',
          value: 5,
          unit: 'count',
          measure: { source: 'manual', current: -1 },
        },
      },
      ['target.measure.current:NEGATIVE'],
    ],
    [
      'a manual count on a non-custom goal',
      {
        target: {
          type: 'number',
          value: 5,
          unit: 'count',
          measure: { source: 'manual', current: 1 },
        },
      },
      ['target.measure:KIND_MISMATCH'],
    ],
    [
      'an unknown rung',
      { target: { type: 'requirement', rungId: 'ghost', requirementId: 'x' } },
      ['target.rungId:UNKNOWN_RUNG'],
    ],
    [
      'an unknown requirement',
      { target: { type: 'requirement', rungId: 'pmo-manager', requirementId: 'x' } },
      ['target.requirementId:UNKNOWN_REQUIREMENT'],
    ],
    [
      'a requirement of another kind',
      { target: { type: 'requirement', rungId: 'pmo-manager', requirementId: 'mentors' } },
      ['target.requirementId:KIND_MISMATCH'],
    ],
  ])('flags %s', (_l, change, expected) => {
    expect(codes(goal(change))).toEqual(expected);
  });

  it('checks milestones: title, dates inside the goal, done not in the future, unique ids', () => {
    const errors = codes(
      goal({
        milestones: [
          { id: 'a', title: '', due: '2025-12-31', doneOn: null },
          { id: 'b', title: 'ok', due: '2028-01-01', doneOn: '2026-05-11' },
          { id: 'b', title: 'ok', due: '2026-13-01', doneOn: '2026-05-10' },
          { id: 'c', title: 'fine', due: '2027-12-31', doneOn: null },
        ],
      }),
    );
    expect(errors).toEqual([
      'milestones.0.title:REQUIRED',
      'milestones.0.due:MILESTONE_BEFORE_START',
      'milestones.1.due:MILESTONE_AFTER_TARGET',
      'milestones.1.doneOn:DATE_IN_FUTURE',
      'milestones.2.id:DUPLICATE',
      'milestones.2.due:DATE_INVALID',
    ]);
  });

  it('skips the requirement check when no ladder is given', () => {
    const g = goal({ target: { type: 'requirement', rungId: 'ghost', requirementId: 'x' } });
    expect(validateGoal(g, asOf)).toEqual([]);
  });
});
