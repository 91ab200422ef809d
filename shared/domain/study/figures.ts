/**
 * The totals a plan's card shows in one line (study walkthrough review, A6): hours needed,
 * hours studied, and the study still on the calendar. Summing every block ever laid counted
 * sittings that are past and were never studied, so after a re-plan the "planned" figure
 * came out larger than the hours needed.
 */
import type { LocalDate } from '../../dates';
import { loggedBeforeRelay } from './missed';
import { replanStart } from './replan';
import type { StudyBlock, StudyPlan, WeeklyAvailability } from './types';

interface Dated {
  date: LocalDate;
  minutes: number;
}

const minutesOf = (xs: readonly { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

/**
 * Minutes of study the calendar still holds, counted as a re-plan would count them
 * (replanStart): the blocks from its first day up to the day before the deadline, less the
 * study logged on that day since its blocks were laid. When today's study covers today's
 * blocks, the count starts tomorrow; before the plan's start it is every block. Past blocks
 * are the record of what was planned, not study still to come.
 */
export function calendarHolds(
  blocks: readonly Dated[],
  deadline: LocalDate,
  start: { from: LocalDate; studiedOnBlocks: number },
): number {
  const ahead = blocks.filter((b) => b.date >= start.from && b.date < deadline);
  return minutesOf(ahead) - start.studiedOnBlocks;
}

/**
 * The minutes of today's study logged before today's blocks were laid (ReplanInput's
 * `studiedTodayBeforeBlocks`). A re-plan or a plan edit made today (`replannedOn` is today)
 * re-laid today's blocks at `relaidAt` (the plan's last change) around the study logged by
 * then; study logged later is set against those blocks. Ascent rule (review A6): without it,
 * a re-plan on a half-studied day took today's study off twice, and the card asked for
 * another re-plan at once. Without a re-plan today, or without times, it is 0.
 */
export function studiedBeforeRelay(
  plan: { replannedOn?: LocalDate | null },
  relaidAt: string | undefined,
  sessions: readonly (Dated & { createdAt?: string })[],
  asOf: LocalDate,
): number {
  if (plan.replannedOn !== asOf) return 0;
  return minutesOf(sessions.filter((s) => loggedBeforeRelay(plan, relaidAt, s)));
}

export interface FiguresInput {
  plan: StudyPlan;
  /** Effective weekly availability (profile with the plan's overrides). */
  availability: WeeklyAvailability;
  blocks: readonly StudyBlock[];
  sessions: readonly Dated[];
  /** See ReplanInput (replan.ts) and studiedBeforeRelay. */
  studiedTodayBeforeBlocks?: number;
  asOf: LocalDate;
}

export interface PlanFigures {
  neededMinutes: number;
  /** Every minute logged for the plan. */
  studiedMinutes: number;
  /** The study still on the calendar (calendarHolds). */
  stillPlannedMinutes: number;
}

/**
 * The card's totals (Ascent rule, review A6): needed, studied, and still planned as
 * `calendarHolds` counts it, so that right after a re-plan studied + still planned = needed
 * (when the hours fit), and a gap between them is what the card's standing note explains
 * (behind schedule, or hours that are not on the calendar).
 */
export function planFigures(input: FiguresInput): PlanFigures {
  const { plan, sessions, asOf } = input;
  const studied = minutesOf(sessions);
  const start = replanStart({
    plan,
    availability: input.availability,
    blocks: input.blocks,
    studiedMinutes: studied,
    studiedTodayMinutes: minutesOf(sessions.filter((s) => s.date === asOf)),
    studiedTodayBeforeBlocks: input.studiedTodayBeforeBlocks,
    asOf,
  });
  return {
    neededMinutes: Math.round(plan.hoursNeeded * 60),
    studiedMinutes: studied,
    stillPlannedMinutes: Math.max(0, calendarHolds(input.blocks, plan.deadline, start)),
  };
}
