/**
 * The career sections of the report (issue 8 part 1): summary (current and target rung,
 * readiness, next actions), exam eligibility, goals and milestones. Each reuses the rule
 * that the ladder, eligibility and goals screens use, so the report never disagrees with them.
 */
import type { LadderPlan, LadderRungPlan } from '../../catalog/ladder-requirements';
import type { LocalDate } from '../../dates';
import { evaluateAllExams, type ExamEligibility } from '../eligibility';
import { goalDeadlines, goalProgress, type Goal, type GoalProgress } from '../goals';
import { goalDue, type GoalDue } from '../goals/due';
import { nextBestActions, rungReadiness, type NextAction, type ReadinessInput } from '../readiness';
import { reportGoals, type GoalListed } from './goals';
import { inPeriod } from './period';

export interface SummarySection {
  currentRung: { id: string; name: string } | null;
  targetRung: { id: string; name: string } | null;
  /** `score` null: the target rung has no essential requirements (readiness/rung.ts). */
  readiness: { score: number | null; ready: boolean; met: number; total: number } | null;
  actions: NextAction[];
}

const rungOf = (plan: LadderPlan, id: string) => {
  const r = plan.rungs.find((x) => x.id === id);
  return r ? { id: r.id, name: r.name } : null;
};

/** Readiness for the target rung (readiness/rung.ts) and its top next best actions. */
export function summarySection(
  profile: { currentRung: string; targetRung: string },
  plan: LadderPlan,
  goals: readonly Goal[],
  input: ReadinessInput,
  actionLimit = 5,
): SummarySection {
  const target = plan.rungs.find((r) => r.id === profile.targetRung);
  const r = target ? rungReadiness(target, input) : null;
  return {
    currentRung: rungOf(plan, profile.currentRung),
    targetRung: rungOf(plan, profile.targetRung),
    readiness: r && {
      score: r.score,
      ready: r.ready,
      met: r.essential.met,
      total: r.essential.total,
    },
    actions: target
      ? nextBestActions(plan, target.id, input, {
          deadlines: goalDeadlines(goals, target.id),
          limit: actionLimit,
        })
      : [],
  };
}

/** Every exam's verdict (eligibility/evaluate.ts), as the eligibility screen shows it. */
export function eligibilitySection(input: ReadinessInput): ExamEligibility[] {
  return evaluateAllExams(input);
}

export interface GoalLine {
  goal: Goal;
  progress: GoalProgress;
  /**
   * Days to the target date on the report's day (`input.asOf`) as the goal's card says them
   * (goals/due.ts, goalDue): "12 days left", "due today", "3 days overdue"; absent when the card
   * says none (no target date; achieved, dropped or target reached).
   */
  due?: GoalDue;
  /** Milestones done inside the report's period. */
  milestonesDoneInPeriod: number;
  /**
   * An achieved goal whose own dates put its achievement after the period's end (goals.ts,
   * goalInReport 'achieved-after'): worked on in the period, achieved after it. Absent otherwise.
   */
  achievedAfterPeriod?: true;
  /**
   * A goal whose target is a ladder requirement: the rung that holds it, so the report names
   * the requirement as the goal's card does; absent otherwise or when it left the ladder.
   */
  rung?: LadderRungPlan;
}

/**
 * The lines of the goals a report lists (reportGoals' `listed`), active first, then by target
 * date, with their computed progress (goals/progress.ts) and days to the target date as the
 * goal's card says them (goals/due.ts).
 */
export function goalLines(
  listed: readonly GoalListed<Goal>[],
  input: ReadinessInput,
  plan: LadderPlan,
  period: { from: LocalDate; to: LocalDate },
): GoalLine[] {
  const rank = { active: 0, paused: 1, achieved: 2, dropped: 3 } as const;
  return [...listed]
    .sort(
      ({ goal: a }, { goal: b }) =>
        rank[a.status] - rank[b.status] ||
        (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') ||
        a.title.localeCompare(b.title),
    )
    .map(({ goal, achievedAfter }) => {
      const t = goal.target;
      const rung = t?.type === 'requirement' ? plan.rungs.find((r) => r.id === t.rungId) : null;
      const progress = goalProgress(goal, input, plan);
      const due = goalDue(goal, input.asOf, progress.met);
      return {
        goal,
        progress,
        ...(due ? { due } : {}),
        milestonesDoneInPeriod: goal.milestones.filter((m) => inPeriod(m.doneOn, period)).length,
        ...(achievedAfter ? { achievedAfterPeriod: true as const } : {}),
        ...(rung ? { rung } : {}),
      };
    });
}

/**
 * The goals a report for the period lists (goals.ts, reportGoals: open ones, and achieved ones
 * not over before the period nor begun after it; dropped ones are left out), as goalLines.
 */
export function goalsSection(
  goals: readonly Goal[],
  input: ReadinessInput,
  plan: LadderPlan,
  period: { from: LocalDate; to: LocalDate },
): GoalLine[] {
  return goalLines(reportGoals(goals, period).listed, input, plan, period);
}
