/**
 * Re-planning (issue 7 part 3): when the user is behind, or edits the plan, the hours still
 * to do are laid again over the availability that is left, from today to the exam.
 * - Study logged today counts for today (replanStart): today gets no more than its time
 *   left after it, and a day whose planned study is done is not planned again.
 * - Blocks before today stay as they were (they are the record of what was planned).
 * - Blocks the user moved or changed (`edited`) stay too, while they fall before the exam and
 *   not on one of the plan's days with no study (Ascent rule, study review: a day the person
 *   said holds no study holds none, as the exam day holds none): their minutes count as
 *   planned and new sittings keep clear of them.
 * - Every other block from today on is dropped; a new sitting on the same day takes over a
 *   dropped block's id, so a calendar that imported it updates the event instead of adding
 *   a second one (RFC 5545 §3.8.4.7: the UID identifies the event).
 * - Before the plan's start (its start moved to a later day), new sittings go from its start,
 *   but the blocks dropped are still every other block from today on: the sittings laid for
 *   the old start do not stay on the calendar. Today's blocks stay when the study logged
 *   today covers them, as replanStart keeps them once the plan has started. The user's own blocks between today and the
 *   start stay as they are, outside the plan's days, so they are not counted as planned
 *   (replanStart's day is where the count begins: figures.ts, calendarHolds).
 * - Blocks the user removed (`removed`, "Remove block") do not come back: their time on their
 *   day is kept clear of new sittings and that day holds that much less, so the hours they
 *   held are laid on other time (Ascent rule, study planner: a sitting the person took off
 *   was taken off that day's time, not off the hours the plan needs). Only Undo puts such a
 *   block back; the person may still move a block into that time themselves.
 */
import { addDays, isLocalDate, type LocalDate } from '../../dates';
import { dayCapacityMinutes } from './availability';
import { isClockTime } from './clock';
import { planStudy, type PlanResult } from './planner';
import type { PlannedBlock } from './sessions';
import type { RemovedBlock, StudyBlock, StudyPlan, WeeklyAvailability } from './types';

export interface ReplanInput {
  plan: StudyPlan;
  /** Effective weekly availability (profile with the plan's overrides). */
  availability: WeeklyAvailability;
  blocks: readonly StudyBlock[];
  /** Minutes already studied for this plan. */
  studiedMinutes: number;
  /** Of those, the minutes logged on `asOf` itself. */
  studiedTodayMinutes: number;
  /**
   * Of today's, the minutes logged before today's blocks were laid: a re-plan earlier today
   * already took them off, so today's blocks are what was left of the day (studiedBeforeRelay
   * in figures.ts). Absent: 0, today's blocks are the whole day's plan.
   */
  studiedTodayBeforeBlocks?: number;
  /**
   * The blocks the user removed (study-dropped.ts, listRemoved), of any plan: this plan's from
   * the re-plan's first day up to the day before its deadline keep their time free (withheldFor).
   */
  removed?: readonly RemovedBlock[];
  asOf: LocalDate;
}

/** A removed block as the repository writes it; anything else (a damaged backup) is not. */
export function isRemovedBlock(v: unknown): v is RemovedBlock {
  const b = v as Partial<RemovedBlock> | null;
  return (
    !!b &&
    typeof b === 'object' &&
    typeof b.id === 'string' &&
    b.id.length > 0 &&
    typeof b.planId === 'string' &&
    b.planId.length > 0 &&
    isLocalDate(b.date) &&
    isClockTime(b.start) &&
    Number.isInteger(b.minutes) &&
    (b.minutes ?? 0) > 0
  );
}

/**
 * The time a re-plan of `plan` laying from `from` keeps free (see the file's head): the places
 * of the plan's removed blocks from `from` up to the day before its deadline. Pure.
 */
export function withheldFor(
  plan: Pick<StudyPlan, 'id' | 'deadline'>,
  removed: readonly RemovedBlock[],
  from: LocalDate,
): PlannedBlock[] {
  return removed
    .filter((b) => isRemovedBlock(b) && b.planId === plan.id)
    .filter((b) => b.date >= from && b.date < plan.deadline)
    .map(({ date, start, minutes }) => ({ date, start, minutes }));
}

/** How the stored blocks change: ids kept, new sittings, ids removed. */
export interface BlockChanges {
  /** New sittings that take over the id of a dropped block on the same day. */
  reused: { id: string; block: PlannedBlock }[];
  /** New sittings that need a new id. */
  added: PlannedBlock[];
  /** Dropped blocks whose id no new sitting took over. */
  removed: string[];
}

export interface ReplanResult extends BlockChanges {
  /** Blocks left exactly as they are: those before `dropFrom`, and the user's own from then on. */
  kept: StudyBlock[];
  /**
   * New sittings go from this day on: today, or tomorrow once today's study is done, or the
   * plan's start while it is still to come (replanStart).
   */
  from: LocalDate;
  /**
   * Blocks from this day on are dropped, unless the user's own: `from`, or today when the
   * plan's start is still to come (the blocks laid for an earlier start go), or tomorrow then
   * when today's logged study covers today's blocks (they stay, the record of a day studied).
   */
  dropFrom: LocalDate;
  /** Hours still to study, in minutes (the kept blocks from `from` on are part of them). */
  remainingMinutes: number;
  result: PlanResult;
}

const byStart = (a: PlannedBlock & { id?: string }, b: PlannedBlock & { id?: string }) =>
  a.start === b.start ? (a.id ?? '').localeCompare(b.id ?? '') : a.start.localeCompare(b.start);

/**
 * Pairs new sittings with dropped blocks of the same day, in order of start time: the first
 * new sitting of a day takes the first dropped block's id, and so on. Pure and stable.
 */
export function matchBlocks(
  laid: readonly PlannedBlock[],
  dropped: readonly StudyBlock[],
): BlockChanges {
  const free = new Map<string, StudyBlock[]>();
  for (const b of [...dropped].sort(byStart)) free.set(b.date, [...(free.get(b.date) ?? []), b]);
  const reused: BlockChanges['reused'] = [];
  const added: PlannedBlock[] = [];
  for (const block of [...laid].sort((a, b) => a.date.localeCompare(b.date) || byStart(a, b))) {
    const old = free.get(block.date)?.shift();
    if (old) reused.push({ id: old.id, block });
    else added.push(block);
  }
  const removed = [...free.values()].flat().map((b) => b.id);
  return { reused, added, removed };
}

const minutesOf = (xs: readonly { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

/**
 * Where a re-plan starts, and the study it must leave room for on that day (Ascent rule: study
 * logged today counts for today, so a re-plan never plans today as if nothing had been done).
 * - Before the plan's start: from its start.
 * - Nothing logged today: from today, with all of today's time.
 * - Today's logged study covers what was planned for today (every block of the day, the
 *   user's own included; nothing planned counts as covered) or all of today's time: today
 *   is done. The re-plan starts tomorrow and today's blocks stay as they were, the record of
 *   a day studied.
 * - Otherwise today is half done: it keeps only the time left after what was logged (its
 *   availability less the logged minutes, less the user's own blocks of the day).
 * Today's blocks are set against the study logged after they were laid (all of today's,
 * unless a re-plan earlier today laid them around some): `studiedOnBlocks` is that study,
 * which the calendar's blocks from `from` on no longer hold (figures.ts, calendarHolds).
 */
export function replanStart(input: ReplanInput): {
  from: LocalDate;
  studied: { date: LocalDate; minutes: number }[];
  studiedOnBlocks: number;
} {
  const { plan, asOf } = input;
  if (asOf < plan.start) return { from: plan.start, studied: [], studiedOnBlocks: 0 };
  const today = studiedToday(input);
  if (!today) return { from: asOf, studied: [], studiedOnBlocks: 0 };
  if (today.done) return { from: addDays(asOf, 1), studied: [], studiedOnBlocks: 0 };
  return {
    from: asOf,
    studied: [{ date: asOf, minutes: today.logged }],
    studiedOnBlocks: today.since,
  };
}

/**
 * Today's logged study set against today's blocks (replanStart): null when nothing is logged
 * today; `done` when it covers every block of the day (nothing planned counts as covered) or
 * all of today's time, so today's blocks stay as the record of a day studied. `since`: the
 * minutes logged after today's blocks were laid.
 */
function studiedToday(input: ReplanInput): { logged: number; since: number; done: boolean } | null {
  const { plan, asOf } = input;
  const logged = input.studiedTodayMinutes;
  if (logged <= 0) return null;
  const before = Math.min(logged, Math.max(0, input.studiedTodayBeforeBlocks ?? 0));
  const since = logged - before;
  const planned = minutesOf(input.blocks.filter((b) => b.date === asOf));
  const room = dayCapacityMinutes(asOf, input.availability, new Set(plan.blackouts));
  return { logged, since, done: since >= planned || logged >= room };
}

/**
 * The day from which blocks are dropped (ReplanResult.dropFrom): `from`, or while the plan's
 * start is still to come, today, unless today's logged study covers today's blocks (the same
 * test as replanStart's): then they stay as the record of a day studied, and the drop begins
 * tomorrow.
 */
function dropStart(input: ReplanInput, from: LocalDate): LocalDate {
  const { plan, asOf } = input;
  if (asOf >= plan.start) return from;
  return studiedToday(input)?.done ? addDays(asOf, 1) : asOf;
}

/**
 * The hours not yet studied (all study logged for the plan is taken off), laid again from
 * replanStart's day to the exam, around the blocks the user placed (see the file's head).
 */
export function replanRemaining(input: ReplanInput): ReplanResult {
  const { plan } = input;
  const { from, studied } = replanStart(input);
  const dropFrom = dropStart(input, from);
  const remaining = Math.max(0, plan.hoursNeeded * 60 - input.studiedMinutes);
  const noStudy = new Set<string>(plan.blackouts);
  const own = (b: StudyBlock) =>
    b.edited && b.date >= from && b.date < plan.deadline && !noStudy.has(b.date);
  // The user's own blocks between today and a start still to come: kept, not counted.
  const ownBeforeStart = (b: StudyBlock) => b.edited && b.date >= dropFrom && b.date < from;
  const fixed = input.blocks.filter(own);
  const dropped = input.blocks.filter((b) => b.date >= dropFrom && !own(b) && !ownBeforeStart(b));
  const result = planStudy({
    minutesNeeded: remaining,
    from,
    deadline: plan.deadline,
    bufferDays: plan.bufferDays,
    availability: input.availability,
    blackouts: plan.blackouts,
    sessionMinutes: plan.sessionMinutes,
    dayStart: plan.dayStart,
    fixed: fixed.map(({ date, start, minutes }) => ({ date, start, minutes })),
    withheld: withheldFor(plan, input.removed ?? [], from),
    studied,
    asOf: input.asOf,
  });
  return {
    kept: [
      ...input.blocks.filter((b) => b.date < dropFrom),
      ...input.blocks.filter(ownBeforeStart),
      ...fixed,
    ],
    from,
    dropFrom,
    remainingMinutes: remaining,
    result,
    ...matchBlocks(result.blocks, dropped),
  };
}
