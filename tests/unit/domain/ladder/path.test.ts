import { describe, expect, it } from 'vitest';
import { defaultLadder, type RungId } from '../../../../shared/catalog/ladder';
import { pathBetween, rungRole } from '../../../../shared/domain/ladder/path';

describe('the default ladder', () => {
  it('has the five rungs of the product, in order', () => {
    expect(defaultLadder.rungs.map((r) => [r.level, r.name])).toEqual([
      [1, 'Project support'],
      [2, 'PMO Analyst'],
      [3, 'Project / Program Manager'],
      [4, 'PMO Manager'],
      [5, 'PMO Director'],
    ]);
  });
  it('gives every rung typical titles and credentials', () => {
    for (const r of defaultLadder.rungs) {
      expect(r.typicalTitles.length).toBeGreaterThan(0);
      expect(r.typicalCredentials.length).toBeGreaterThan(0);
    }
  });
});

describe('pathBetween', () => {
  it.each<[RungId, RungId, string[], number]>([
    ['project-support', 'pmo-director', ['pmo-analyst', 'project-manager', 'pmo-manager'], 4],
    ['pmo-analyst', 'project-manager', [], 1],
    ['pmo-manager', 'pmo-manager', [], 0],
  ])('%s → %s passes %j in %i steps', (from, to, between, steps) => {
    const path = pathBetween(defaultLadder, from, to);
    expect(path?.between.map((r) => r.id)).toEqual(between);
    expect(path?.steps).toBe(steps);
  });

  it('has no path downwards or to an unknown rung', () => {
    expect(pathBetween(defaultLadder, 'pmo-director', 'pmo-analyst')).toBeNull();
    expect(pathBetween(defaultLadder, 'pmo-analyst', 'astronaut' as RungId)).toBeNull();
  });

  it('marks each rung by its place on the road', () => {
    const path = pathBetween(defaultLadder, 'pmo-analyst', 'pmo-manager')!;
    expect(defaultLadder.rungs.map((r) => rungRole(path, r.id))).toEqual([
      'off-path',
      'current',
      'between',
      'target',
      'off-path',
    ]);
    const here = pathBetween(defaultLadder, 'pmo-director', 'pmo-director')!;
    expect(rungRole(here, 'pmo-director')).toBe('current-and-target');
  });
});
