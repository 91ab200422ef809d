import { describe, expect, it } from 'vitest';
import { plansPreparingFor, type PlanTarget } from '../../../../shared/domain/study';

const plan = (id: string, target: PlanTarget) => ({ id, target });
const plans = [
  plan('pmp-spring', { kind: 'exam', heldId: 'held-pmp' }),
  plan('acp', { kind: 'exam', heldId: 'held-acp' }),
  plan('pmp-retake', { kind: 'exam', heldId: 'held-pmp' }),
  plan('goal-35h', { kind: 'goal', goalId: 'goal-1' }),
  // A goal and a credential may share an id: the kind tells them apart.
  plan('odd', { kind: 'goal', goalId: 'held-pmp' }),
];
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('plansPreparingFor', () => {
  it.each<[string, PlanTarget, string[]]>([
    ['an exam with two plans', { kind: 'exam', heldId: 'held-pmp' }, ['pmp-spring', 'pmp-retake']],
    ['a goal', { kind: 'goal', goalId: 'goal-1' }, ['goal-35h']],
    ['a goal whose id is a credential’s', { kind: 'goal', goalId: 'held-pmp' }, ['odd']],
    ['an exam nothing prepares for', { kind: 'exam', heldId: 'held-cbap' }, []],
  ])('%s', (_name, aim, expected) => {
    expect(ids(plansPreparingFor(plans, aim))).toEqual(expected);
  });
});
