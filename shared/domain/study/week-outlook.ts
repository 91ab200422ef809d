/**
 * What the dashboard's "This week's study" card has to say (issue 9: plan vs actual), as a
 * code the UI words. "0 min studied of 0 min planned" says nothing useful: a week with no
 * block of an active plan in it instead names the day of the next block, or says that
 * nothing is planned from now on, so the user knows whether to wait or to plan.
 */
import type { LocalDate } from '../../dates';

export type StudyWeekOutlook =
  /** No active plan and nothing studied this week: the card invites a first plan. */
  | { kind: 'no-plan' }
  /** Blocks of active plans this week: planned against studied. */
  | { kind: 'planned'; plannedMinutes: number; studiedMinutes: number }
  /** Nothing planned this week; an active plan's next block is on `nextBlock`, after it. */
  | { kind: 'next-later'; studiedMinutes: number; nextBlock: LocalDate }
  /** Nothing planned this week or after it (plans done or laid in the past only). */
  | { kind: 'nothing-ahead'; studiedMinutes: number };

export interface StudyWeekFigures {
  /** Minutes of active plans' blocks dated in the week (weeklyProgress). */
  plannedMinutes: number;
  /** Minutes of study logged in the week, with or without a plan. */
  studiedMinutes: number;
  /** How many plans are active. */
  activePlans: number;
  /** The day of the first active plan's block after the week, or null when there is none. */
  nextBlock: LocalDate | null;
}

/**
 * The card's case for the week: planned against studied when anything is planned in it;
 * otherwise the next block after the week, or that nothing lies ahead; and the invitation to
 * plan only when there is no active plan and nothing was studied this week.
 */
export function studyWeekOutlook(week: StudyWeekFigures): StudyWeekOutlook {
  const { plannedMinutes, studiedMinutes, activePlans, nextBlock } = week;
  if (plannedMinutes > 0) return { kind: 'planned', plannedMinutes, studiedMinutes };
  if (activePlans > 0 && nextBlock !== null)
    return { kind: 'next-later', studiedMinutes, nextBlock };
  if (activePlans === 0 && studiedMinutes === 0) return { kind: 'no-plan' };
  return { kind: 'nothing-ahead', studiedMinutes };
}
