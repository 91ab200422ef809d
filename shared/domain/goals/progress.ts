/**
 * A goal's progress, milestones and deadlines on a day (issue 5 part 6: "progress computed
 * from the records a goal links to; overdue milestones flagged").
 */
import type { LadderPlan } from '../../catalog/ladder-requirements/types';
import { daysBetween, type LocalDate } from '../../dates';
import { evaluateRequirement } from '../readiness/requirement';
import type { ReadinessInput, RequirementResult } from '../readiness/types';
import { goalDue } from './due';
import { measureValue } from './measure';
import { hasStarted, targetCeiling } from './targets';
import type { Goal } from './types';

export interface OverdueMilestone {
  code: 'MILESTONE_OVERDUE';
  milestoneId: string;
  due: LocalDate;
  daysOverdue: number;
}

export interface GoalProgress {
  goalId: string;
  /** 'records': a numeric target measured from records; 'requirement': a linked one. */
  basis: 'records' | 'manual' | 'requirement' | 'none';
  /**
   * Why progress cannot be computed; have and need are then null. NOT_STARTED: the goal's
   * start date is after `asOf`, so nothing of it is counted yet (targets.ts, hasStarted).
   */
  problem?: 'NO_MEASURABLE_TARGET' | 'UNKNOWN_REQUIREMENT' | 'NOT_STARTED';
  have: number | null;
  need: number | null;
  /**
   * A linked requirement as readiness judged it (evaluateRequirement): what have and need
   * count (an education level's rank, months, hours, a skill level…), for saying them in the
   * requirement's own terms, as the ladder does.
   */
  requirement?: RequirementResult;
  /** 0…1, have ÷ need capped at 1. */
  fraction: number;
  /** Whole percent, rounded down (100 only when met). */
  percent: number;
  met: boolean;
  milestones: { done: number; total: number };
  overdueMilestones: OverdueMilestone[];
  nextMilestone: { milestoneId: string; due: LocalDate; daysLeft: number } | null;
  /** Days to the target date (negative once passed); null without one. */
  daysLeft: number | null;
  /**
   * Still to be achieved (active or paused, not met) and the target date has passed: goalDue's
   * OVERDUE (due.ts), so the report and the goal card ("3 days overdue") always agree. A paused
   * goal's date passes all the same; pausing only keeps its dates out of the reminders.
   */
  overdue: boolean;
  /** Met while still marked active: the UI offers to mark it achieved. */
  suggestAchieved: boolean;
}

type Measured = Pick<GoalProgress, 'basis' | 'have' | 'need' | 'problem' | 'requirement'> & {
  progress?: number;
};

function measure(goal: Goal, input: ReadinessInput, plan: LadderPlan | null): Measured {
  const t = goal.target;
  if (t === null || (t.type === 'number' && !(t.value > 0))) {
    return { basis: 'none', have: null, need: null, problem: 'NO_MEASURABLE_TARGET' };
  }
  if (t.type === 'number') {
    const basis = t.measure.source === 'manual' ? 'manual' : 'records';
    if (!hasStarted(goal, input.asOf))
      return { basis, have: null, need: null, problem: 'NOT_STARTED' };
    // A target above what the measure can reach (a goal saved before the ceiling was checked)
    // asks for all it can: "PMP — 0 of 1", never an unreachable "0 of 3".
    const ceiling = targetCeiling(t.measure);
    const need = ceiling !== null && ceiling > 0 ? Math.min(t.value, ceiling) : t.value;
    return { basis, have: measureValue(t.measure, goal.startDate, input), need };
  }
  const rung = plan?.rungs.find((r) => r.id === t.rungId);
  const q = rung?.requirements.find((r) => r.id === t.requirementId);
  if (!q) return { basis: 'requirement', have: null, need: null, problem: 'UNKNOWN_REQUIREMENT' };
  const r = evaluateRequirement(q, input);
  return { basis: 'requirement', have: r.have, need: r.need, progress: r.progress, requirement: r };
}

function milestoneView(goal: Goal, asOf: LocalDate, met: boolean) {
  const open = goal.milestones.filter((m) => m.doneOn === null);
  // A goal whose target is reached has no work left: nothing of it is overdue.
  const flag = goal.status === 'active' && !met;
  const overdueMilestones: OverdueMilestone[] = flag
    ? open
        .filter((m) => m.due < asOf)
        .map((m) => ({
          code: 'MILESTONE_OVERDUE',
          milestoneId: m.id,
          due: m.due,
          daysOverdue: daysBetween(m.due, asOf),
        }))
    : [];
  const next = open
    .filter((m) => m.due >= asOf)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
  return {
    milestones: { done: goal.milestones.length - open.length, total: goal.milestones.length },
    overdueMilestones,
    nextMilestone: next
      ? { milestoneId: next.id, due: next.due, daysLeft: daysBetween(asOf, next.due) }
      : null,
  };
}

/**
 * Progress of one goal on `input.asOf`. A numeric target is measured from the records
 * (measure.ts); a linked requirement is judged as readiness judges it, so the goal and the
 * ladder always agree. Milestones not done and due before `asOf` are overdue (only while
 * the goal is active and its target not yet reached; a milestone due today is not yet
 * overdue). A goal is met when a measurable target is reached (a numeric target: have ≥
 * need; a linked requirement: met as readiness judges it); without one it is never met. A
 * goal with a numeric target whose start date is after `asOf` has not started: its progress
 * is not measured yet (problem NOT_STARTED), so it is never met, reached or overdue before
 * its start — "15 of 12 books" typed ahead for a goal of next year is not "Target reached"
 * today. A goal linked to a ladder requirement is judged as the ladder judges it, whatever its
 * start date, so the two never disagree.
 */
export function goalProgress(
  goal: Goal,
  input: ReadinessInput,
  plan: LadderPlan | null,
): GoalProgress {
  const m = measure(goal, input, plan);
  const fraction =
    m.have === null || m.need === null
      ? 0
      : (m.progress ?? Math.min(1, m.need <= 0 ? 1 : m.have / m.need));
  const met = m.have !== null && m.need !== null && fraction >= 1;
  const daysLeft = goal.targetDate === null ? null : daysBetween(input.asOf, goal.targetDate);
  return {
    goalId: goal.id,
    ...m,
    fraction,
    percent: met ? 100 : Math.min(99, Math.floor(fraction * 100 + 1e-9)),
    met,
    ...milestoneView(goal, input.asOf, met),
    daysLeft,
    overdue: goalDue(goal, input.asOf, met)?.code === 'OVERDUE',
    suggestAchieved: goal.status === 'active' && met,
  };
}

/**
 * Deadlines of the target rung's requirements from the active goals linked to them
 * (earliest target date per requirement), for ranking next best actions by deadline.
 */
export function goalDeadlines(goals: readonly Goal[], rungId: string): Record<string, LocalDate> {
  const out: Record<string, LocalDate> = {};
  for (const g of goals) {
    const t = g.target;
    if (g.status !== 'active' || g.targetDate === null || t?.type !== 'requirement') continue;
    if (t.rungId !== rungId) continue;
    const prev = out[t.requirementId];
    if (prev === undefined || g.targetDate < prev) out[t.requirementId] = g.targetDate;
  }
  return out;
}
