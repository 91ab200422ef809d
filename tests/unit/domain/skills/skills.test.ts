import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { isSkillLevel, skillAreas, skillIds, skillScale } from '../../../../shared/catalog/skills';
import {
  currentSkills,
  latestAssessment,
  skillGaps,
  skillHistory,
  skillTargets,
  validateAssessment,
  type SkillAssessment,
} from '../../../../shared/domain/skills';

const a = (
  id: string,
  skill: SkillAssessment['skill'],
  level: number,
  date: string,
): SkillAssessment => ({ id, skill, level, date }) as SkillAssessment;

describe('skill catalogue', () => {
  it('has the areas of PRODUCT.md, each with five level descriptions', () => {
    expect(skillAreas.map((s) => s.id)).toEqual([...skillIds]);
    expect(skillIds).toEqual([
      'leadership',
      'communication',
      'analytical',
      'organisational',
      'technicalTools',
      'businessAcumen',
      'adaptability',
      'organisationalChange',
    ]);
    for (const s of skillAreas) {
      expect(s.levels).toHaveLength(5);
      expect(s.levels.every((d) => d.length > 10)).toBe(true);
    }
    expect(skillAreas.find((s) => s.id === 'businessAcumen')!.facets).toEqual([
      'financial management',
      'risk management',
      'strategic planning',
    ]);
    expect(skillScale.map((x) => x.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    ['3', false],
  ])('isSkillLevel(%j) is %s', (v, ok) => expect(isSkillLevel(v)).toBe(ok));
});

describe('assessments', () => {
  const list = [
    a('1', 'communication', 2, '2025-01-10'),
    a('2', 'communication', 3, '2025-09-01'),
    a('3', 'communication', 4, '2025-09-01'),
    a('4', 'communication', 5, '2026-07-01'),
    a('5', 'leadership', 2, '2024-03-03'),
  ];

  it('takes the latest assessment on or before asOf; on one day with no save times, the id settles it', () => {
    expect(latestAssessment(list, 'communication', '2025-08-31')?.level).toBe(2);
    expect(latestAssessment(list, 'communication', '2025-09-01')?.id).toBe('3');
    expect(latestAssessment(list, 'communication', '2026-05-10')?.level).toBe(4);
    expect(latestAssessment(list, 'analytical', '2026-05-10')).toBeNull();
  });

  it('lists every skill with its current level', () => {
    const now = currentSkills(list, '2026-05-10');
    expect(now).toHaveLength(8);
    expect(now[0]).toEqual({ skill: 'leadership', level: 2, assessedOn: '2024-03-03' });
    expect(now[2]).toEqual({ skill: 'analytical', level: null, assessedOn: null });
  });

  it('gives the dated history oldest first', () => {
    expect(skillHistory(list, 'communication').map((h) => `${h.date}:${h.level}`)).toEqual([
      '2025-01-10:2',
      '2025-09-01:3',
      '2025-09-01:4',
      '2026-07-01:5',
    ]);
  });

  it.each<[string, Partial<SkillAssessment>, string[]]>([
    ['a valid one', {}, []],
    ['level 0', { level: 0 as never }, ['level:LEVEL_OUT_OF_RANGE']],
    ['level 6', { level: 6 as never }, ['level:LEVEL_OUT_OF_RANGE']],
    ['level 2.5', { level: 2.5 as never }, ['level:LEVEL_OUT_OF_RANGE']],
    ['an unknown skill', { skill: 'juggling' as never }, ['skill:UNKNOWN_VALUE']],
    ['a date in the future', { date: '2026-05-11' }, ['date:DATE_IN_FUTURE']],
    ['no date', { date: '' }, ['date:REQUIRED']],
    ['30 February', { date: '2026-02-30' }, ['date:DATE_INVALID']],
    ['a long note', { note: 'x'.repeat(501) }, ['note:TOO_LONG']],
  ])('validates %s', (_l, change, expected) => {
    const errors = validateAssessment(
      { ...a('x', 'analytical', 3, '2026-05-10'), ...change },
      '2026-05-10',
    );
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });
});

describe('targets per rung', () => {
  const rung = defaultLadderPlan().rungs.find((r) => r.id === 'project-manager')!;

  it('reads the target levels from the rung’s skill requirements', () => {
    expect(skillTargets(rung)).toEqual({
      leadership: 3,
      communication: 4,
      analytical: 3,
      organisational: 4,
      technicalTools: 3,
      businessAcumen: 2,
      adaptability: 3,
    });
  });

  it('gives now vs target for the chart; never assessed counts as 0', () => {
    const gaps = skillGaps(
      rung,
      [a('1', 'communication', 2, '2025-01-10'), a('2', 'analytical', 5, '2025-01-10')],
      '2026-05-10',
    );
    expect(gaps.find((g) => g.skill === 'communication')).toMatchObject({
      level: 2,
      target: 4,
      gap: 2,
    });
    expect(gaps.find((g) => g.skill === 'analytical')).toMatchObject({
      level: 5,
      target: 3,
      gap: 0,
    });
    expect(gaps.find((g) => g.skill === 'leadership')).toMatchObject({
      level: null,
      target: 3,
      gap: 3,
    });
    expect(gaps.find((g) => g.skill === 'organisationalChange')).toMatchObject({
      target: null,
      gap: 0,
    });
  });
});
