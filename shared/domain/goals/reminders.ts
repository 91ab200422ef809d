/**
 * What the reminders need to know of goals (issue 7 part 4 with issue 5 part 6): which active
 * goals have already reached their target, so their dates are no longer reminded as work left
 * (shared/domain/study/deadlines.ts), and how much of the credit log that takes to judge.
 */
import type { LadderPlan } from '../../catalog/ladder-requirements/types';
import type { LocalDate } from '../../dates';
import { readinessReads } from '../readiness/learning-records';
import type { ReadinessInput } from '../readiness/types';
import { goalProgress } from './progress';
import type { Goal } from './types';

/**
 * Active goals whose measured progress has reached the target on `input.asOf`, decided exactly
 * as the goal card decides it (goalProgress: `met`). A paused, achieved or dropped goal is not
 * listed (only active goals are reminded), nor is one without a measurable target.
 */
export function metGoalIds(
  goals: readonly Goal[],
  input: ReadinessInput,
  plan: LadderPlan | null,
): Set<string> {
  return new Set(
    goals.filter((g) => g.status === 'active' && goalProgress(g, input, plan).met).map((g) => g.id),
  );
}

/**
 * The first day of the credit log that active goals read beyond the part readiness reads
 * (readinessReads, issue 9: start-up reads no more than it needs), or null when that part is
 * enough. Learning credits count from the goal's start (measure.ts), so a goal started before
 * that part needs the entries from its start; every other measure reads what readiness reads
 * or tables that are read whole.
 */
export function goalLogReadsFrom(goals: readonly Goal[], asOf: LocalDate): LocalDate | null {
  const from = readinessReads(asOf).from;
  let earliest: LocalDate | null = null;
  for (const g of goals) {
    const t = g.target;
    if (g.status !== 'active' || t?.type !== 'number') continue;
    if (t.measure.source !== 'learning-credits' || g.startDate >= from) continue;
    if (earliest === null || g.startDate < earliest) earliest = g.startDate;
  }
  return earliest;
}
