// Roles that overlap, and a hand-over month that is no overlap (README, Decisions: a role ending
// in the month the next starts). One role ending in month M and the next starting in M is a
// promotion or a change of job within the month: the Experience screen said "share 1 month" of
// it. Two roles that both cover a month beyond such a hand-over month still overlap. asOf is in
// May 2026, so an ongoing role runs to 2026-05.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/domain/experience/role';
import { findOverlaps } from '../../../../shared/domain/experience/validate-role';
import { role } from '../eligibility/fixtures';

const asOf = '2026-05-10';

/** Two roles as [start, end] (null: ongoing), the first at Contoso, the second at Fabrikam. */
type Pair = [[string, string | null], [string, string | null]];

function overlapOf([[aStart, aEnd], [bStart, bEnd]]: Pair): number | null {
  const a: Role = role(['leading-projects'], aStart, aEnd, { organisation: 'Contoso' });
  const b: Role = role(['pmo'], bStart, bEnd, { organisation: 'Fabrikam' });
  const found = findOverlaps([a, b], asOf);
  expect(found.length).toBeLessThanOrEqual(1);
  // Either order of the two roles says the same.
  expect(findOverlaps([b, a], asOf).map((o) => o.months)).toEqual(found.map((o) => o.months));
  return found[0]?.months ?? null;
}

/** A pair of roles, and the months findOverlaps says they share (null: no overlap said). */
const table: [string, Pair, number | null][] = [
  // A hand-over month: no overlap.
  [
    'a promotion: ends in June, the next starts in June',
    [
      ['2020-01', '2021-06'],
      ['2021-06', '2023-12'],
    ],
    null,
  ],
  [
    'the next one ongoing',
    [
      ['2020-01', '2021-06'],
      ['2021-06', null],
    ],
    null,
  ],
  [
    'ended this month, the next started this month',
    [
      ['2020-01', '2026-05'],
      ['2026-05', null],
    ],
    null,
  ],
  [
    'a one-month role handing over',
    [
      ['2021-06', '2021-06'],
      ['2021-06', '2022-03'],
    ],
    null,
  ],
  [
    'handing over to a one-month role',
    [
      ['2020-01', '2021-06'],
      ['2021-06', '2021-06'],
    ],
    null,
  ],
  [
    'back to back: no month shared',
    [
      ['2020-01', '2021-05'],
      ['2021-06', null],
    ],
    null,
  ],
  // A real overlap: still said, with every month shared.
  [
    'the first still running a month after the next started',
    [
      ['2020-01', '2021-07'],
      ['2021-06', null],
    ],
    2,
  ],
  [
    'three months shared',
    [
      ['2020-01', '2021-08'],
      ['2021-06', '2022-12'],
    ],
    3,
  ],
  [
    'one role inside the other',
    [
      ['2020-01', '2022-12'],
      ['2021-03', '2021-09'],
    ],
    7,
  ],
  [
    'a one-month role inside another',
    [
      ['2020-01', null],
      ['2021-06', '2021-06'],
    ],
    1,
  ],
  [
    'both ongoing, the second started this month',
    [
      ['2020-01', null],
      ['2026-05', null],
    ],
    1,
  ],
  [
    'both ongoing',
    [
      ['2020-01', null],
      ['2025-06', null],
    ],
    12,
  ],
  [
    'both starting in the same month',
    [
      ['2021-06', '2021-09'],
      ['2021-06', '2022-01'],
    ],
    4,
  ],
  [
    'both ending in the same month',
    [
      ['2020-01', '2021-06'],
      ['2021-03', '2021-06'],
    ],
    4,
  ],
];

describe('findOverlaps: a hand-over month is no overlap; a real overlap still is', () => {
  it('says each pair of the table as expected', () => {
    const said = table.map(([what, pair]) => [what, overlapOf(pair)]);
    expect(said).toEqual(table.map(([what, , months]) => [what, months]));
  });
});

describe('findOverlaps: a hand-over beside a real overlap', () => {
  it('leaves out the hand-over pair and keeps the overlapping one', () => {
    const analyst = role(['pmo'], '2019-01', '2021-06', { organisation: 'Contoso' });
    const manager = role(['leading-projects'], '2021-06', null, { organisation: 'Contoso' });
    const bid = role(['leading-projects'], '2021-05', '2021-08', { organisation: 'Tailspin' });
    expect(findOverlaps([analyst, manager, bid], asOf)).toEqual([
      { code: 'ROLES_OVERLAP', roleIds: [analyst.id, bid.id], months: 2, sameOrganisation: false },
      { code: 'ROLES_OVERLAP', roleIds: [manager.id, bid.id], months: 3, sameOrganisation: false },
    ]);
  });
});
