/**
 * Readiness per rung (issue 5 part 7; PRODUCT.md: "Readiness for a rung = which
 * requirements are met, which are not, and the concrete next actions").
 */
import type { LadderPlan, LadderRungPlan } from '../../catalog/ladder-requirements/types';
import { evaluateRequirement } from './requirement';
import type { ReadinessInput, RequirementResult, RungReadiness } from './types';

/**
 * The readiness score (Ascent decision, README "Decisions"): the mean progress of the
 * essential requirements, × 100, rounded down — so partial progress counts (22 of 36
 * months is 61 % of that requirement) and 100 means every essential requirement is met.
 * Recommended requirements never lower the score. A rung without essential requirements (a
 * rung of the user's own, just added) has no score (null): there is nothing to measure
 * readiness against, and 100 would say it is reached.
 */
export function readinessScore(results: readonly RequirementResult[]): number | null {
  const essential = results.filter((r) => r.requirement.priority === 'essential');
  if (essential.length === 0) return null;
  if (essential.every((r) => r.met)) return 100;
  const mean = essential.reduce((sum, r) => sum + r.progress, 0) / essential.length;
  return Math.min(99, Math.floor(mean * 100 + 1e-9));
}

function tally(results: readonly RequirementResult[], priority: 'essential' | 'recommended') {
  const list = results.filter((r) => r.requirement.priority === priority);
  return { met: list.filter((r) => r.met).length, total: list.length };
}

/** Every requirement of one rung judged, with the rung's score. */
export function rungReadiness(rung: LadderRungPlan, input: ReadinessInput): RungReadiness {
  const requirements = rung.requirements.map((q) => evaluateRequirement(q, input));
  const essential = tally(requirements, 'essential');
  return {
    rungId: rung.id,
    level: rung.level,
    score: readinessScore(requirements),
    // Nothing essential to meet is not "ready": the screens say there is nothing to measure.
    ready: essential.total > 0 && essential.met === essential.total,
    essential,
    recommended: tally(requirements, 'recommended'),
    requirements,
  };
}

/** Readiness of every rung of the ladder, in climbing order (the Ladder screen). */
export function ladderReadiness(plan: LadderPlan, input: ReadinessInput): RungReadiness[] {
  return [...plan.rungs]
    .sort((a, b) => a.level - b.level)
    .map((rung) => rungReadiness(rung, input));
}
