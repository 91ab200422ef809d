// Two ratings of one skill on one day: the one saved later is the level, whatever order the
// list comes in. The store reads ratings of one day in primary-key order (a random UUID), so
// "the later entry in the list wins" made the level now a coin toss between them.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  compareAssessments,
  currentSkills,
  latestAssessment,
  savedAfter,
  skillGaps,
  skillHistory,
  skillRatings,
  sortAssessments,
  type SkillAssessment,
} from '../../../../shared/domain/skills';

const r = (
  id: string,
  level: number,
  date: string,
  createdAt?: string,
  skill: SkillAssessment['skill'] = 'leadership',
): SkillAssessment =>
  ({
    id,
    skill,
    level,
    date,
    ...(createdAt === undefined ? {} : { createdAt }),
  }) as SkillAssessment;

const asOf = '2026-11-12';

/** Every order of a list (the store may hand the rows over in any of them). */
function orders<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((x, i) =>
    orders([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

describe('the rating in force among ratings of the same day', () => {
  it.each<[string, SkillAssessment[], string]>([
    [
      'the one saved later, its id the smaller',
      [r('f', 3, asOf, '2026-11-12T09:00:00.000Z'), r('a', 4, asOf, '2026-11-12T09:00:05.000Z')],
      'a',
    ],
    [
      'the one saved later, its id the greater',
      [r('a', 3, asOf, '2026-11-12T09:00:00.000Z'), r('f', 4, asOf, '2026-11-12T09:00:05.000Z')],
      'f',
    ],
    [
      'the one saved a millisecond later',
      [r('z', 3, asOf, '2026-11-12T09:00:00.000Z'), r('b', 4, asOf, '2026-11-12T09:00:00.001Z')],
      'b',
    ],
    [
      'times with an offset compared as times, not as text',
      [r('z', 3, asOf, '2026-11-12T10:30:00+01:00'), r('b', 4, asOf, '2026-11-12T09:45:00.000Z')],
      'b',
    ],
    [
      'a stamped one over one without a save time (an old row)',
      [r('z', 3, asOf), r('b', 4, asOf, '2026-11-12T09:00:00.000Z')],
      'b',
    ],
    [
      'a stamped one over one with a save time that is not a time',
      [r('z', 3, asOf, 'yesterday-ish'), r('b', 4, asOf, '2026-11-12T09:00:00.000Z')],
      'b',
    ],
    [
      'neither stamped: the greater id, the same on every read',
      [r('b', 3, asOf), r('c', 4, asOf)],
      'c',
    ],
    [
      'saved in the same millisecond: the greater id',
      [r('b', 3, asOf, '2026-11-12T09:00:00.000Z'), r('c', 4, asOf, '2026-11-12T09:00:00.000Z')],
      'c',
    ],
    [
      'the third of three saved that day',
      [
        r('m', 2, asOf, '2026-11-12T08:00:00.000Z'),
        r('q', 3, asOf, '2026-11-12T08:10:00.000Z'),
        r('c', 4, asOf, '2026-11-12T08:20:00.000Z'),
      ],
      'c',
    ],
    [
      'a later day over a later save of an earlier day (a back-dated rating)',
      [
        r('a', 4, '2026-11-11', '2026-11-12T10:00:00.000Z'),
        r('b', 3, asOf, '2026-11-12T09:00:00.000Z'),
      ],
      'b',
    ],
  ])('%s, in any order of the list', (_label, list, winner) => {
    const all = orders(list);
    const everyTime = all.map(() => winner);
    expect(all.map((order) => latestAssessment(order, 'leadership', asOf)?.id)).toEqual(everyTime);
    expect(all.map((order) => sortAssessments(order).at(-1)?.id)).toEqual(everyTime);
  });

  it.each<[string, SkillAssessment, SkillAssessment, number]>([
    [
      'an earlier day first',
      r('z', 5, '2026-11-11', '2026-11-12T10:00:00.000Z'),
      r('a', 1, asOf),
      -1,
    ],
    [
      'an earlier save first',
      r('z', 5, asOf, '2026-11-12T09:00:00.000Z'),
      r('a', 1, asOf, '2026-11-12T09:00:01.000Z'),
      -1,
    ],
    [
      'no save time before a save time',
      r('z', 5, asOf),
      r('a', 1, asOf, '2026-11-12T09:00:00.000Z'),
      -1,
    ],
    ['then the smaller id', r('a', 5, asOf), r('b', 1, asOf), -1],
    [
      'the same rating',
      r('a', 5, asOf, '2026-11-12T09:00:00.000Z'),
      r('a', 5, asOf, '2026-11-12T09:00:00.000Z'),
      0,
    ],
  ])('compareAssessments: %s', (_label, x, y, sign) => {
    expect(Math.sign(compareAssessments(x, y)) || 0).toBe(sign);
    expect(Math.sign(compareAssessments(y, x)) || 0).toBe(-sign || 0);
  });

  it('every reader of the level now takes the one saved later', () => {
    // Leadership 3, then 4 the same day: the store handed them over the other way round.
    const list = [
      r('b-second', 4, asOf, '2026-11-12T09:00:05.000Z'),
      r('a-first', 3, asOf, '2026-11-12T09:00:00.000Z'),
      r('c-other', 2, '2026-10-01', '2026-10-01T08:00:00.000Z', 'communication'),
    ];
    // Reversed, the later save comes last in the list but has the smaller id.
    for (const order of [list, [...list].reverse()]) {
      expect(currentSkills(order, asOf)[0]).toEqual({
        skill: 'leadership',
        level: 4,
        assessedOn: asOf,
      });
      const rung = defaultLadderPlan().rungs.find((x) =>
        x.requirements.some((q) => q.kind === 'skill' && q.skill === 'leadership'),
      )!;
      expect(skillGaps(rung, order, asOf)[0]?.level).toBe(4);
      expect(skillHistory(order, 'leadership').map((h) => h.level)).toEqual([3, 4]);
      expect(skillRatings(order, 'leadership').map((a) => a.id)).toEqual(['a-first', 'b-second']);
    }
  });
});

describe('savedAfter: the save time of a new rating', () => {
  it.each<[string, string, (string | undefined)[], string]>([
    ['nothing stored that day: now', '2026-11-12T09:00:00.000Z', [], '2026-11-12T09:00:00.000Z'],
    [
      'the clock has moved on: now',
      '2026-11-12T09:00:01.000Z',
      ['2026-11-12T09:00:00.000Z'],
      '2026-11-12T09:00:01.000Z',
    ],
    [
      'the same millisecond: one after it',
      '2026-11-12T09:00:00.000Z',
      ['2026-11-12T09:00:00.000Z'],
      '2026-11-12T09:00:00.001Z',
    ],
    [
      'the clock put back: one after the latest stored',
      '2026-11-12T08:00:00.000Z',
      ['2026-11-12T09:00:00.000Z', '2026-11-12T09:30:00.000Z'],
      '2026-11-12T09:30:00.001Z',
    ],
    [
      'stored ones without a save time do not count',
      '2026-11-12T08:00:00.000Z',
      [undefined, 'not a time'],
      '2026-11-12T08:00:00.000Z',
    ],
  ])('%s', (_label, now, stored, expected) => {
    const earlier = stored.map((t, i) => r(`s${i}`, 3, asOf, t));
    const stamp = savedAfter(now, earlier);
    expect(stamp).toBe(expected);
    const mine = r('0-new', 4, asOf, stamp);
    expect(latestAssessment([mine, ...earlier], 'leadership', asOf)?.id).toBe('0-new');
  });
});
