/**
 * Where a plan stands, for its card (issue 7 part 3): behind or not, and whether the hours
 * still to study are all on the calendar, and if not, whether a re-plan from today could
 * place them or the time before the exam is simply too short.
 */
import type { LocalDate } from '../../dates';
import { calendarHolds, studiedBeforeRelay } from './figures';
import type { PlanOptions } from './planner';
import { scheduleStatus } from './progress';
import { replanRemaining, replanStart, type ReplanInput } from './replan';
import type { StudyBlock, StudyPlan, WeeklyAvailability } from './types';

export interface StandingInput {
  /**
   * The plan; its row's `updatedAt` is when its last re-plan or edit was made (the time
   * studiedBeforeRelay sets the day's study against). Absent: every minute counts as after.
   */
  plan: StudyPlan & { updatedAt?: string };
  /** Effective weekly availability (profile with the plan's overrides), as a re-plan uses. */
  availability: WeeklyAvailability;
  /** The plan's blocks. */
  blocks: readonly StudyBlock[];
  /** The study logged for the plan; `createdAt`: when it was logged (studiedBeforeRelay). */
  sessions: readonly { date: LocalDate; minutes: number; createdAt?: string }[];
  /** Of today's study, the minutes a re-plan made today laid today's blocks around. */
  studiedTodayBeforeBlocks?: number;
  /** The blocks the user removed, whose time a re-plan keeps free (ReplanInput.removed). */
  removed?: ReplanInput['removed'];
  asOf: LocalDate;
}

export type StandingCode =
  /** At least an hour less studied than planned so far (scheduleStatus). */
  | 'BEHIND'
  /** Not behind, and every hour still to study is on the calendar. */
  | 'ON_SCHEDULE'
  /**
   * Not behind, and the calendar holds more than an hour beyond what is still to study
   * (study logged ahead of the blocks, or off them): a re-plan from today would free it.
   */
  | 'MORE_THAN_NEEDED'
  /** Hours are missing from the calendar and a re-plan from today would place all of them. */
  | 'REPLAN_PLACES_ALL'
  /** A re-plan would place some of the missing hours; the rest do not fit before the exam. */
  | 'REPLAN_PLACES_SOME'
  /** None of the missing hours fit before the exam: a re-plan would change nothing. */
  | 'DOES_NOT_FIT';

export interface PlanStanding {
  code: StandingCode;
  behindMinutes: number;
  /** Minutes still to study that no block from the re-plan's first day on holds. */
  unplacedMinutes: number;
  /** Of those, the minutes a re-plan from today would place. */
  replanPlacesMinutes: number;
  /** Minutes that do not fit before the exam even after a re-plan. */
  shortfallMinutes: number;
  /** Minutes on the calendar beyond what is still to study (0 unless MORE_THAN_NEEDED). */
  surplusMinutes: number;
  /** What would make room for the shortfall (from today on); null when there is none. */
  options: PlanOptions | null;
  /** Whether a re-plan is worth offering: false when it would place none of the missing hours. */
  offerReplan: boolean;
}

/** The card mentions a surplus above an hour (an hour is what makes a plan "behind"). */
const SURPLUS_WORTH_SAYING = 60;

const minutesOf = (xs: readonly { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

/**
 * The plan card's standing. Ascent decision: the card says "on schedule" only when the plan
 * is not behind and every hour still to study is on the calendar, and it suggests a re-plan
 * for missing hours only when a re-plan from today (replanRemaining, with the same
 * availability) would place at least some of them; hours that cannot fit are called what
 * they are, with the fixes the planner finds (more weekly time, a later exam date).
 * Being behind comes first: its re-plan also resets what counts as planned so far.
 */
export function planStanding(input: StandingInput): PlanStanding {
  const { plan, blocks, sessions, asOf } = input;
  // Judged from the last re-plan, whose day's blocks were laid around the study logged before
  // it: that study is not set against them again (scheduleStatus).
  const since = plan.replannedOn ?? plan.start;
  const laidAround = studiedBeforeRelay(plan, plan.updatedAt, sessions, since);
  const status = scheduleStatus(blocks, sessions, asOf, since, laidAround);
  const replanInput: ReplanInput = {
    plan,
    availability: input.availability,
    blocks,
    studiedMinutes: minutesOf(sessions),
    studiedTodayMinutes: minutesOf(sessions.filter((s) => s.date === asOf)),
    studiedTodayBeforeBlocks: input.studiedTodayBeforeBlocks,
    removed: input.removed,
    asOf,
  };
  const start = replanStart(replanInput);
  const replan = replanRemaining(replanInput);
  // What the calendar holds for the hours still to study: blocks from the re-plan's first day
  // to the exam, less what was already studied of that day (it is off the remaining hours).
  // The plan card's "still planned" figure is the same count (figures.ts).
  const held = calendarHolds(blocks, plan.deadline, start);
  const unplaced = Math.max(0, replan.remainingMinutes - held);
  const shortfall = replan.result.shortfallMinutes;
  const places = Math.max(0, unplaced - shortfall);
  // More than an hour held beyond what is still to study: worth saying, as being behind is.
  const surplus = Math.max(0, held - replan.remainingMinutes);
  const code: StandingCode = status.behind
    ? 'BEHIND'
    : unplaced === 0
      ? surplus > SURPLUS_WORTH_SAYING
        ? 'MORE_THAN_NEEDED'
        : 'ON_SCHEDULE'
      : shortfall === 0
        ? 'REPLAN_PLACES_ALL'
        : places > 0
          ? 'REPLAN_PLACES_SOME'
          : 'DOES_NOT_FIT';
  return {
    code,
    behindMinutes: status.behindMinutes,
    unplacedMinutes: unplaced,
    replanPlacesMinutes: places,
    shortfallMinutes: shortfall,
    surplusMinutes: code === 'MORE_THAN_NEEDED' ? surplus : 0,
    // The plan has started: starting earlier is no longer a fix (the re-plan starts today).
    options:
      replan.result.options && start.from > plan.start
        ? { ...replan.result.options, startBy: null }
        : replan.result.options,
    offerReplan: code !== 'DOES_NOT_FIT',
  };
}
