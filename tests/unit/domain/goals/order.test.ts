// The order goals are listed in (shared/domain/goals/order.ts; PRODUCT.md: "what is due
// when"): the goal due first comes first, goals without a target date last, then start, title
// and id; a status never moves a goal.
import { describe, expect, it } from 'vitest';
import { sortGoals, type Goal } from '../../../../shared/domain/goals';

type G = Pick<Goal, 'id' | 'title' | 'startDate' | 'targetDate'> & Partial<Pick<Goal, 'status'>>;
const g = (id: string, targetDate: string | null, extra: Partial<G> = {}): G => ({
  id,
  title: `Goal ${id}`,
  startDate: '2026-01-01',
  targetDate,
  ...extra,
});

describe('sortGoals', () => {
  it.each<[string, G[], string[]]>([
    [
      'earliest target date first, whatever order they were read in',
      [g('a', '2027-03-14'), g('b', '2026-12-01'), g('c', '2027-01-31')],
      ['b', 'c', 'a'],
    ],
    [
      'no target date after every goal with one',
      [g('a', null), g('b', '2030-01-01'), g('c', null), g('d', '2026-12-01')],
      ['d', 'b', 'a', 'c'],
    ],
    [
      'the same target date: the earlier start first',
      [g('a', '2027-01-01', { startDate: '2026-06-01' }), g('b', '2027-01-01')],
      ['b', 'a'],
    ],
    [
      'the same dates: by title, case aside and numbers in their order',
      [
        g('x', null, { title: 'Goal 10' }),
        g('y', null, { title: 'goal 2' }),
        g('z', null, { title: 'Attend a conference' }),
      ],
      ['z', 'y', 'x'],
    ],
    [
      'alike in every way but the id: by id, so every screen shows one order',
      [g('b', null, { title: 'Same' }), g('a', null, { title: 'Same' })],
      ['a', 'b'],
    ],
    [
      'an achieved goal stays where its dates put it',
      [g('a', '2027-01-01'), g('b', '2026-12-01', { status: 'achieved' })],
      ['b', 'a'],
    ],
    [
      'a leap day sorts as any other day',
      [g('a', '2028-03-01'), g('b', '2028-02-29'), g('c', '2028-02-28')],
      ['c', 'b', 'a'],
    ],
  ])('%s', (_, goals, ids) => {
    expect(sortGoals(goals).map((x) => x.id)).toEqual(ids);
  });

  it('returns a new list and leaves the one given as it was', () => {
    const given = [g('a', null), g('b', '2026-12-01')];
    const sorted = sortGoals(given);
    expect(sorted).not.toBe(given);
    expect(given.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
