// The credentials screen lists expired credentials apart, under "No longer held", the most
// recently expired first (Ascent's choice, byStanding); suspended and "not current" ones stay
// with the others, which keep the listing order.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  byStanding,
  compareNoLongerHeld,
  expiredOn,
  type ExpiredHeld,
  type HeldStage,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';

function held(
  id: string,
  credentialId: string,
  stage: HeldStage,
  earnedDate?: string,
  renewals: Renewal[] = [],
): HeldWithRule {
  const rule = findCredentialRule(credentialId);
  if (!rule) throw new Error(`no rule ${credentialId}`);
  return {
    credential: { id, credentialId, stage, earnedDate: earnedDate ?? null, renewals },
    rule,
  };
}

const standing = (list: readonly HeldWithRule[], asOf: string) => {
  const { held: kept, noLongerHeld } = byStanding(list, asOf, { alsoHeld: list });
  return {
    held: kept.map((e) => `${e.held.credential.id}: ${e.status}`),
    noLongerHeld: noLongerHeld.map((e) => `${e.held.credential.id}: since ${e.expiredOn}`),
  };
};

describe('byStanding: a 20-year career on 22 Nov 2026', () => {
  const career = [
    held('pmp-2010', 'pmp', 'earned', '2010-01-15'),
    held('csm-2022', 'csm', 'earned', '2022-01-15'),
    held('cbap-2021', 'cbap', 'earned', '2021-05-10'),
    held('pmp-2023', 'pmp', 'earned', '2023-06-01'),
    held('p2-2023', 'prince2-foundation', 'earned', '2023-03-15'),
    held('csm-2025', 'csm', 'earned', '2025-06-01'),
    held('pgmp', 'pgmp', 'target'),
  ];

  it('puts only the expired ones apart, the most recently expired first', () => {
    expect(standing(career, '2026-11-22')).toEqual({
      // Listing order: earned by acronym, then the target.
      held: [
        'csm-2025: active',
        // Cycle ended 31 May 2026: renewable until 31 May 2027.
        'pmp-2023: suspended',
        // Not renewed by 15 Mar 2026, yet the certificate still counts.
        'p2-2023: not-current',
        'pgmp: target',
      ],
      noLongerHeld: [
        // Cycle to 9 May 2024, suspended for a year, expired from 10 May 2025.
        'cbap-2021: since 2025-05-10',
        // Scrum Alliance has no suspension: expired the day after its two years.
        'csm-2022: since 2024-01-15',
        // Cycle to 14 Jan 2013, suspended to 14 Jan 2014.
        'pmp-2010: since 2014-01-15',
      ],
    });
  });

  it('gives the same lists whatever order it is given, and leaves that list as it was', () => {
    const reversed = [...career].reverse();
    expect(standing(reversed, '2026-11-22')).toEqual(standing(career, '2026-11-22'));
    expect(reversed[0]!.credential.id).toBe('pgmp');
  });
});

describe('byStanding on the boundary days', () => {
  it.each<[string, HeldWithRule, string, string | null]>([
    // PMP earned 3 Feb 2017: cycle to 2 Feb 2020, suspended to 2 Feb 2021.
    [
      'a suspended PMP on its last suspended day',
      held('p', 'pmp', 'earned', '2017-02-03'),
      '2021-02-02',
      null,
    ],
    [
      'a PMP the day its suspension ends',
      held('p', 'pmp', 'earned', '2017-02-03'),
      '2021-02-03',
      '2021-02-03',
    ],
    // CSM earned 15 Jan 2022: two years to 14 Jan 2024, then expired.
    [
      'a CSM on the last day of its cycle',
      held('c', 'csm', 'earned', '2022-01-15'),
      '2024-01-14',
      null,
    ],
    ['a CSM the day after', held('c', 'csm', 'earned', '2022-01-15'), '2024-01-15', '2024-01-15'],
    // PRINCE2 Foundation past its renew-by date is "not current", never expired.
    [
      'a PRINCE2 Foundation years after its renew-by date',
      held('f', 'prince2-foundation', 'earned', '2023-03-15'),
      '2035-01-01',
      null,
    ],
    // Renewed once (1 Dec 2012): the second cycle ran to 14 Jan 2016, its suspension to 14 Jan 2017.
    [
      'a PMP renewed once, then let go',
      held('p', 'pmp', 'earned', '2010-01-15', [{ date: '2012-12-01' }]),
      '2026-11-22',
      '2017-01-15',
    ],
    ['a PMP being prepared for', held('p', 'pmp', 'preparing'), '2026-11-22', null],
  ])('%s', (_, h, asOf, since) => {
    const { held: kept, noLongerHeld } = byStanding([h], asOf, { alsoHeld: [h] });
    expect(noLongerHeld.map((e) => e.expiredOn)).toEqual(since ? [since] : []);
    expect(kept).toHaveLength(since ? 0 : 1);
    expect(expiredOn(h.credential, h.rule, asOf, { alsoHeld: [h] })).toBe(since);
  });
});

describe('compareNoLongerHeld', () => {
  const expired = (id: string, credentialId: string, since: string | null): ExpiredHeld => ({
    held: held(id, credentialId, 'earned', '2000-01-01'),
    status: 'expired',
    expiredOn: since,
  });

  it.each<[string, ExpiredHeld[], string[]]>([
    [
      'the most recently expired first',
      [expired('a', 'pmp', '2014-01-15'), expired('b', 'csm', '2024-01-15')],
      ['b', 'a'],
    ],
    [
      'the same day: by acronym, as everywhere',
      [expired('a', 'pmp', '2020-03-01'), expired('b', 'capm', '2020-03-01')],
      ['b', 'a'],
    ],
    [
      'the same credential on the same day: by id',
      [expired('z', 'csm', '2020-03-01'), expired('y', 'csm', '2020-03-01')],
      ['y', 'z'],
    ],
    [
      'a day not known comes last',
      [expired('a', 'pmp', null), expired('b', 'pmp', '2001-01-01')],
      ['b', 'a'],
    ],
  ])('%s', (_, list, ids) => {
    expect([...list].sort(compareNoLongerHeld).map((e) => e.held.credential.id)).toEqual(ids);
    expect(
      [...list]
        .reverse()
        .sort(compareNoLongerHeld)
        .map((e) => e.held.credential.id),
    ).toEqual(ids);
  });
});
