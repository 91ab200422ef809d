/**
 * The plan form's live "does it fit?" (issue 7 part 1): the draft as it would be laid from
 * its start, or from today when the start has passed (days already gone hold no study, as
 * savePlan lays it), without saving, and what would make it fit, judged on `asOf` (today) so
 * that no fix asks for a start that has already passed (planner.ts, suggestedStart). An
 * edited plan's removed blocks keep their time free, as the re-plan its save makes keeps it
 * (withheldFor): the preview never counts time the save will not lay study on.
 */
import type { LocalDate } from '../../dates';
import type { WeeklyAvailability } from '../profile/profile';
import { effectiveAvailability } from './availability';
import { planStudy, type PlanResult } from './planner';
import { withheldFor } from './replan';
import type { RemovedBlock } from './types';
import { validatePlan, type PlanDraft } from './validate';

/** The stored plan a draft edits, and the blocks the user removed (any plan's, as stored). */
export interface PreviewEdit {
  planId: string;
  removed: readonly RemovedBlock[];
}

/**
 * Null while the draft has a field that does not check out (the form says which). `edit`:
 * the plan the draft edits (none for a new plan: no removed block can be one of its own); its
 * removed blocks from the first day laid up to the day before the draft's deadline hold no
 * study, as in ReplanInput.removed.
 */
export function previewStudyPlan(
  draft: PlanDraft,
  profileWeek: WeeklyAvailability,
  asOf: LocalDate,
  edit?: PreviewEdit,
): PlanResult | null {
  const checked = validatePlan(draft);
  if (!checked.ok) return null;
  const p = checked.value;
  const from = p.start > asOf ? p.start : asOf;
  return planStudy({
    minutesNeeded: p.hoursNeeded * 60,
    from,
    deadline: p.deadline,
    bufferDays: p.bufferDays,
    availability: effectiveAvailability({
      availability: profileWeek,
      override: p.availabilityOverride,
    }),
    blackouts: p.blackouts,
    sessionMinutes: p.sessionMinutes,
    dayStart: p.dayStart,
    withheld: edit
      ? withheldFor({ id: edit.planId, deadline: p.deadline }, edit.removed, from)
      : [],
    asOf,
  });
}
