/**
 * Which study plans prepare for a credential's exam or for a goal (issue 7: a plan prepares
 * for one of them). Deleting either leaves its plans as they are; this names them.
 */
import type { PlanTarget } from './types';

export function plansPreparingFor<P extends { target: PlanTarget }>(
  plans: readonly P[],
  aim: PlanTarget,
): P[] {
  return plans.filter((p) =>
    aim.kind === 'exam'
      ? p.target.kind === 'exam' && p.target.heldId === aim.heldId
      : p.target.kind === 'goal' && p.target.goalId === aim.goalId,
  );
}
