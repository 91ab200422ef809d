// The work history's order, latest first (shared/domain/experience/order.ts; issue 5 part 2,
// "Your roles, latest first"): roles that started in the same month in one order every time.
import { describe, expect, it } from 'vitest';
import { sortRoles, type Role } from '../../../../shared/domain/experience';

type R = Pick<Role, 'id' | 'title' | 'start' | 'end'>;
const r = (id: string, start: string, end: string | null, title = `Role ${id}`): R => ({
  id,
  title,
  start,
  end,
});

describe('sortRoles', () => {
  it.each<[string, R[], string[]]>([
    [
      'the later start first',
      [r('a', '2019-01', '2020-12'), r('b', '2023-04', null), r('c', '2021-01', '2023-03')],
      ['b', 'c', 'a'],
    ],
    [
      'the same start month: the ongoing role first, then the later end',
      [r('a', '2022-03', '2022-09'), r('b', '2022-03', '2024-01'), r('c', '2022-03', null)],
      ['c', 'b', 'a'],
    ],
    [
      'the same months: by title, case aside and numbers in their order',
      [
        r('x', '2022-03', null, 'Project 10'),
        r('y', '2022-03', null, 'project 2'),
        r('z', '2022-03', null, 'PMO lead'),
      ],
      ['z', 'y', 'x'],
    ],
    [
      'alike in every way but the id: by id',
      [r('b', '2022-03', null, 'PM'), r('a', '2022-03', null, 'PM')],
      ['a', 'b'],
    ],
    [
      'a role started later but already over still comes before an older ongoing one',
      [r('a', '2018-01', null), r('b', '2023-01', '2023-06')],
      ['b', 'a'],
    ],
  ])('%s', (_, roles, ids) => {
    expect(sortRoles(roles).map((x) => x.id)).toEqual(ids);
  });
});
