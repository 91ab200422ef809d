/**
 * Re-planning (issue 7 part 3): when the user is behind, the hours still to do are laid
 * again over the availability that is left, from today to the exam. Blocks before today
 * stay as they were (they are the record of what was planned).
 */
import type { LocalDate } from '../../dates';
import { planStudy, type PlanResult } from './planner';
import type { StudyBlock, StudyPlan, WeeklyAvailability } from './types';

export interface ReplanInput {
  plan: StudyPlan;
  /** Effective weekly availability (profile with the plan's overrides). */
  availability: WeeklyAvailability;
  blocks: readonly StudyBlock[];
  /** Minutes already studied for this plan. */
  studiedMinutes: number;
  asOf: LocalDate;
}

export interface ReplanResult {
  /** Blocks before the first re-planned day, unchanged. */
  kept: StudyBlock[];
  /** Blocks from this day on are replaced. */
  from: LocalDate;
  remainingMinutes: number;
  result: PlanResult;
}

export function replanRemaining(input: ReplanInput): ReplanResult {
  const { plan } = input;
  const from = input.asOf > plan.start ? input.asOf : plan.start;
  const remaining = Math.max(0, plan.hoursNeeded * 60 - input.studiedMinutes);
  const result = planStudy({
    minutesNeeded: remaining,
    from,
    deadline: plan.deadline,
    bufferDays: plan.bufferDays,
    availability: input.availability,
    blackouts: plan.blackouts,
    sessionMinutes: plan.sessionMinutes,
    dayStart: plan.dayStart,
  });
  return {
    kept: input.blocks.filter((b) => b.date < from),
    from,
    remainingMinutes: remaining,
    result,
  };
}
