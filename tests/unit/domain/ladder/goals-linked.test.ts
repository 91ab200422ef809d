// Goals linked to a rung or one requirement (by id, as goals link; PRODUCT.md "Goals …
// linked to ladder requirements" and "no silent loss"): what removing it takes from them, said
// before a rung is removed and in the notice after a requirement is.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { Goal } from '../../../../shared/domain/goals';
import {
  goalsLinkedToRequirement,
  goalsLinkedToRung,
} from '../../../../shared/domain/ladder/reset-loss';

const linked = (rungId: string, requirementId: string): Pick<Goal, 'target'> => ({
  target: { type: 'requirement', rungId, requirementId },
});
const counted: Pick<Goal, 'target'> = {
  target: { type: 'number', value: 3, unit: 'custom', measure: { source: 'manual', current: 0 } },
};

describe('goalsLinkedToRung', () => {
  const director = defaultLadderPlan().rungs.find((r) => r.id === 'pmo-director')!;
  it.each([
    ['linked to its requirements', [linked('pmo-director', 'experience-pmo')], 1],
    [
      'two linked, one elsewhere',
      [
        linked('pmo-director', 'experience-pmo'),
        linked('pmo-director', 'degree'),
        linked('pmo-manager', 'degree'),
      ],
      2,
    ],
    ['linked to a requirement it no longer has', [linked('pmo-director', 'gone')], 0],
  ] as const)('%s', (_, goals, n) => {
    expect(goalsLinkedToRung(director, goals)).toBe(n);
  });
});

describe('goalsLinkedToRequirement', () => {
  it.each([
    ['linked to it', [linked('pmo-analyst', 'degree')], 1],
    ['the same id on another rung', [linked('pmo-manager', 'degree')], 0],
    ['a goal counted by number', [counted], 0],
  ] as const)('%s', (_, goals, n) => {
    expect(goalsLinkedToRequirement('pmo-analyst', 'degree', goals)).toBe(n);
  });
});
