/**
 * The plan form's live "does it fit?" (issue 7 part 1): the draft as it would be laid from
 * its start, or from today when the start has passed (days already gone hold no study, as
 * savePlan lays it), without saving, and what would make it fit, judged on `asOf` (today) so
 * that no fix asks for a start that has already passed (planner.ts, suggestedStart).
 */
import type { LocalDate } from '../../dates';
import type { WeeklyAvailability } from '../profile/profile';
import { effectiveAvailability } from './availability';
import { planStudy, type PlanResult } from './planner';
import { validatePlan, type PlanDraft } from './validate';

/** Null while the draft has a field that does not check out (the form says which). */
export function previewStudyPlan(
  draft: PlanDraft,
  profileWeek: WeeklyAvailability,
  asOf: LocalDate,
): PlanResult | null {
  const checked = validatePlan(draft);
  if (!checked.ok) return null;
  const p = checked.value;
  return planStudy({
    minutesNeeded: p.hoursNeeded * 60,
    from: p.start > asOf ? p.start : asOf,
    deadline: p.deadline,
    bufferDays: p.bufferDays,
    availability: effectiveAvailability({
      availability: profileWeek,
      override: p.availabilityOverride,
    }),
    blackouts: p.blackouts,
    sessionMinutes: p.sessionMinutes,
    dayStart: p.dayStart,
    asOf,
  });
}
