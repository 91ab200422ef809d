/**
 * What "Reset the whole ladder" takes away besides changed numbers and names, so the question
 * can say it before the user answers: the rungs they added (with their requirements), the
 * requirements they added to the shipped rungs, the goals linked to any of those (they stay,
 * with no requirement to measure), and a current or target rung of the profile that was one
 * they added. Compared with the shipped ladder by id, as goals and the profile link by id.
 */
import type { LadderPlan, LadderRungPlan } from '../../catalog/ladder-requirements';
import type { Goal } from '../goals';

export interface ResetLoss {
  /** Names of the rungs the user added, bottom rung first. */
  addedRungs: string[];
  /** Requirements the user added to the shipped rungs. */
  addedRequirements: number;
  /** Goals linked to a requirement that is gone after the reset. */
  unlinkedGoals: number;
  /** Names of the profile's current and target rungs that are gone after the reset. */
  profileRungs: { current?: string; target?: string };
}

export function ladderResetLoss(
  plan: LadderPlan,
  shipped: LadderPlan,
  goals: readonly Pick<Goal, 'target'>[],
  profile?: { currentRung?: string | null; targetRung?: string | null } | null,
): ResetLoss {
  const shippedRung = (id: string) => shipped.rungs.find((r) => r.id === id);
  const kept = (rungId: string, requirementId: string) =>
    shippedRung(rungId)?.requirements.some((q) => q.id === requirementId) ?? false;
  const climb = [...plan.rungs].sort((a, b) => a.level - b.level);
  const added = climb.filter((r) => !shippedRung(r.id));
  const addedRequirements = climb
    .filter((r) => shippedRung(r.id))
    .reduce((n, r) => n + r.requirements.filter((q) => !kept(r.id, q.id)).length, 0);
  const onPlan = (rungId: string, requirementId: string) =>
    plan.rungs.some((r) => r.id === rungId && r.requirements.some((q) => q.id === requirementId));
  const unlinkedGoals = goals.filter(
    (g) =>
      g.target?.type === 'requirement' &&
      onPlan(g.target.rungId, g.target.requirementId) &&
      !kept(g.target.rungId, g.target.requirementId),
  ).length;
  const lost = (id: string | null | undefined) => added.find((r) => r.id === id)?.name;
  const current = lost(profile?.currentRung);
  const target = lost(profile?.targetRung);
  return {
    addedRungs: added.map((r) => r.name),
    addedRequirements,
    unlinkedGoals,
    profileRungs: { ...(current ? { current } : {}), ...(target ? { target } : {}) },
  };
}

/**
 * Goals linked to a requirement of one rung (by id, as goals link): removing the rung leaves
 * them with no requirement to measure them by, as a reset does (ladderResetLoss), so the
 * question before a removal says so (PRODUCT.md: no silent loss).
 */
export function goalsLinkedToRung(
  rung: Pick<LadderRungPlan, 'id' | 'requirements'>,
  goals: readonly Pick<Goal, 'target'>[],
): number {
  return goals.filter(({ target: t }) => {
    if (t?.type !== 'requirement' || t.rungId !== rung.id) return false;
    return rung.requirements.some((q) => q.id === t.requirementId);
  }).length;
}

/** Goals linked to one requirement of a rung: removing it leaves them nothing to measure them by. */
export function goalsLinkedToRequirement(
  rungId: string,
  requirementId: string,
  goals: readonly Pick<Goal, 'target'>[],
): number {
  return goals.filter(
    ({ target: t }) =>
      t?.type === 'requirement' && t.rungId === rungId && t.requirementId === requirementId,
  ).length;
}
