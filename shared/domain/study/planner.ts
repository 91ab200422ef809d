/**
 * The study planner (issue 7 part 1): lays the hours a plan needs across the days between
 * its start and the exam, keeping a buffer before the exam, and says whether they fit.
 * Sittings the user placed themselves are fixed: their minutes count as planned, their days
 * hold that much less, and new sittings keep clear of them; so do the times of blocks the user
 * removed (`withheld`), which hold no study. Study already logged on a day
 * (re-planning on a day the user has studied) leaves that day that much less room too.
 * Days are paced evenly in sittings a person would keep: none shorter than 30 minutes unless
 * the days leave no other way to hold every minute (spread.ts, `dayShares`).
 * Deterministic: the same input always gives the same blocks (no clock, no randomness).
 */
import { addDays, isoWeekday, type LocalDate } from '../../dates';
import { MAX_DAILY_STUDY_HOURS, weekdays, type Weekday } from '../profile/profile';
import { capacityBetween, dayCapacityMinutes, eachDay, lastStudyDay } from './availability';
import { clockMinutes } from './clock';
import type { WeeklyAvailability } from './types';
import { splitDay, type PlannedBlock } from './sessions';
import { dayShares } from './spread';

/** A sitting the user moved or changed: kept where it is, never re-laid. */
export type FixedBlock = PlannedBlock;

export interface PlannerInput {
  minutesNeeded: number;
  /** First day to plan: the plan's start, or today when re-planning. */
  from: LocalDate;
  deadline: LocalDate;
  bufferDays: number;
  /** Effective hours per weekday (profile with the plan's overrides applied). */
  availability: WeeklyAvailability;
  blackouts: readonly LocalDate[];
  sessionMinutes: number;
  dayStart: string;
  /** Sittings the user placed from `from` on; their minutes are part of `minutesNeeded`. */
  fixed?: readonly FixedBlock[];
  /**
   * Time the user took off the calendar (blocks removed, replan.ts `withheldFor`): new sittings
   * keep clear of it, and its day holds that much less (what a fixed sitting now covers of it
   * is counted once). Not part of `minutesNeeded`.
   */
  withheld?: readonly PlannedBlock[];
  /**
   * Study already logged on a day of the window (today, when re-planning): it uses up that
   * much of the day's time, but it is not part of `minutesNeeded` (already taken off).
   */
  studied?: readonly { date: LocalDate; minutes: number }[];
  /**
   * Today: the earliest start the planner may suggest (days before it are gone). Without it,
   * no earlier start is suggested at all, as the planner cannot tell which days have passed.
   */
  asOf?: LocalDate;
}

/** Ways to make a plan that does not fit fit; each is null/empty when it cannot help. */
export interface PlanOptions {
  /** Starting on or before this day gives enough time; never before `asOf` (suggestedStart). */
  startBy: LocalDate | null;
  /**
   * Extra minutes on every such weekday in the window that would cover the shortfall, with
   * the minutes the weekday has now: weekdays already studied on first (Ascent decision: more
   * of an existing habit is the likelier fix), each group in weekday order.
   */
  moreTime: { weekday: Weekday; extraMinutesPerDay: number; currentMinutes: number }[];
  /**
   * The most free days before the deadline (`keep`), fewer than the plan keeps (`now`), that
   * would give enough time (fewerFreeDays): an exam already booked cannot move, but its free
   * days are the person's own choice.
   */
  fewerFreeDays: { keep: number; now: number } | null;
  /** The earliest exam date (same buffer) that would give enough time. */
  moveDeadlineTo: LocalDate | null;
}

export interface PlanResult {
  fits: boolean;
  neededMinutes: number;
  /** Free time in the window plus the minutes of the fixed sittings. */
  availableMinutes: number;
  shortfallMinutes: number;
  /** Minutes of the fixed sittings (counted as planned, not laid again). */
  fixedMinutes: number;
  /** The new sittings only; the fixed ones are not repeated here. */
  blocks: PlannedBlock[];
  options: PlanOptions | null;
}

/** Searching further than three years for a fix is pointless: the plan needs rethinking. */
const SEARCH_DAYS = 3 * 366;

function byDay(fixed: readonly FixedBlock[]): Map<string, FixedBlock[]> {
  const out = new Map<string, FixedBlock[]>();
  for (const b of fixed) out.set(b.date, [...(out.get(b.date) ?? []), b]);
  return out;
}

const quarters = (minutes: number) => Math.max(0, Math.floor(minutes / 15) * 15);

/** Minutes of the day covered by any of the sittings (overlaps counted once). */
function coveredMinutes(sittings: readonly PlannedBlock[]): number {
  const spans = sittings
    .map((b) => [clockMinutes(b.start), clockMinutes(b.start) + Math.max(0, b.minutes)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -1;
  for (const [s, e] of spans) {
    if (e > reach) total += e - Math.max(s, reach);
    reach = Math.max(reach, e);
  }
  return total;
}

/** The day's time taken by its fixed sittings and, outside them, by time withheld. */
function busyMinutes(
  fixed: readonly PlannedBlock[] = [],
  withheld: readonly PlannedBlock[] = [],
): number {
  const own = fixed.reduce((s, b) => s + b.minutes, 0);
  return withheld.length === 0
    ? own
    : own + coveredMinutes([...fixed, ...withheld]) - coveredMinutes(fixed);
}

export function planStudy(input: PlannerInput): PlanResult {
  const needed = Math.max(0, Math.ceil(input.minutesNeeded / 15) * 15);
  const fixed = input.fixed ?? [];
  const fixedMinutes = fixed.reduce((s, b) => s + b.minutes, 0);
  const fixedOn = byDay(fixed);
  const withheldOn = byDay(input.withheld ?? []);
  const studiedOn = new Map<string, number>();
  for (const s of input.studied ?? [])
    studiedOn.set(s.date, (studiedOn.get(s.date) ?? 0) + s.minutes);
  const toLay = quarters(needed - fixedMinutes);
  const last = lastStudyDay(input.deadline, input.bufferDays);
  const blackouts = new Set<string>(input.blackouts);
  const days = eachDay(input.from, last);
  const capacity = days.map((d) => {
    const busy = busyMinutes(fixedOn.get(d), withheldOn.get(d)) + (studiedOn.get(d) ?? 0);
    return quarters(dayCapacityMinutes(d, input.availability, blackouts) - busy);
  });
  const free = capacity.reduce((a, b) => a + b, 0);
  const fits = free >= toLay;
  const perDay = fits ? dayShares(capacity, toLay, input.sessionMinutes) : capacity;
  const blocks = days.flatMap((d, i) =>
    splitDay(d, perDay[i]!, input.sessionMinutes, input.dayStart, [
      ...(fixedOn.get(d) ?? []),
      ...(withheldOn.get(d) ?? []),
    ]),
  );
  const shortfall = fits ? 0 : toLay - free;
  return {
    fits,
    neededMinutes: needed,
    availableMinutes: free + fixedMinutes,
    shortfallMinutes: shortfall,
    fixedMinutes,
    blocks,
    options: fits ? null : planOptions(input, shortfall, days, blackouts),
  };
}

function planOptions(
  input: PlannerInput,
  shortfall: number,
  days: LocalDate[],
  blackouts: ReadonlySet<string>,
): PlanOptions {
  return {
    startBy: suggestedStart(input, shortfall),
    moreTime: moreTimeOptions(input, shortfall, days, blackouts),
    fewerFreeDays: fewerFreeDays(input, shortfall, blackouts),
    moveDeadlineTo: laterDeadline(input, shortfall, blackouts),
  };
}

/**
 * The latest start, before the plan's own, that would give the `shortfallMinutes` it lacks,
 * or null when none would. Ascent decision: a start is never suggested before today
 * (`input.asOf`), since days already gone hold no study; when even starting today leaves the
 * plan short, starting earlier is no fix and is not offered (the other fixes still are).
 * Without `asOf`, nothing is suggested. Searches at most three years back.
 */
export function suggestedStart(input: PlannerInput, shortfallMinutes: number): LocalDate | null {
  const today = input.asOf;
  if (!today || shortfallMinutes <= 0) return null;
  const blackouts = new Set<string>(input.blackouts);
  let gained = 0;
  for (let i = 1; i <= SEARCH_DAYS; i++) {
    const day = addDays(input.from, -i);
    if (day < today) return null;
    gained += dayCapacityMinutes(day, input.availability, blackouts);
    if (gained >= shortfallMinutes) return day;
  }
  return null;
}

/**
 * The most free days before the deadline, fewer than `input.bufferDays`, whose days given back
 * make room for `shortfall` at their usual time (less what the user's own blocks and the study
 * logged there already take), or null when keeping none would not. Ascent decision (study
 * review): a plan laid days before a booked exam was offered only a later exam date and more
 * study on one weekday, though studying on a free day it keeps would fit. Days before the
 * plan's first day (`from`) or already gone (`asOf`) give nothing back.
 */
export function fewerFreeDays(
  input: PlannerInput,
  shortfall: number,
  blackouts: ReadonlySet<string>,
): PlanOptions['fewerFreeDays'] {
  if (shortfall <= 0) return null;
  let gained = 0;
  for (let kept = Math.max(0, input.bufferDays) - 1; kept >= 0; kept--) {
    const day = lastStudyDay(input.deadline, kept);
    if (day < input.from || (input.asOf && day < input.asOf)) continue;
    const onDay = <T extends { date: LocalDate }>(xs: readonly T[] = []) =>
      xs.filter((x) => x.date === day);
    const busy =
      busyMinutes(onDay(input.fixed), onDay(input.withheld)) +
      onDay(input.studied).reduce((t, s) => t + s.minutes, 0);
    gained += quarters(dayCapacityMinutes(day, input.availability, blackouts) - busy);
    if (gained >= shortfall) return { keep: kept, now: input.bufferDays };
  }
  return null;
}

/**
 * The earliest exam date that makes room for `shortfall`, the same buffer kept before it.
 * Ascent decision: only days still to come add room, so when the last study day has passed
 * (a plan re-laid just before its exam) the count starts today (`input.asOf`), not the day
 * after that last study day.
 */
function laterDeadline(input: PlannerInput, shortfall: number, blackouts: ReadonlySet<string>) {
  const last = lastStudyDay(input.deadline, input.bufferDays);
  const from = input.asOf && addDays(last, 1) < input.asOf ? addDays(input.asOf, -1) : last;
  let gained = 0;
  for (let i = 1; i <= SEARCH_DAYS; i++) {
    const day = addDays(from, i);
    gained += dayCapacityMinutes(day, input.availability, blackouts);
    // The new last study day is `day`; the exam follows after the same buffer.
    if (gained >= shortfall) return addDays(day, 1 + Math.max(0, input.bufferDays));
  }
  return null;
}

function moreTimeOptions(
  input: PlannerInput,
  shortfall: number,
  days: LocalDate[],
  blackouts: ReadonlySet<string>,
): PlanOptions['moreTime'] {
  const out: PlanOptions['moreTime'] = [];
  weekdays.forEach((weekday, index) => {
    const count = days.filter((d) => isoWeekday(d) === index && !blackouts.has(d)).length;
    if (count === 0) return;
    const extra = Math.ceil(shortfall / count / 15) * 15;
    const already = input.availability[weekday] * 60;
    if (already + extra <= MAX_DAILY_STUDY_HOURS * 60) {
      out.push({ weekday, extraMinutesPerDay: extra, currentMinutes: already });
    }
  });
  // Stable: weekday order within each group.
  return out.sort((a, b) => Number(b.currentMinutes > 0) - Number(a.currentMinutes > 0));
}

/** Minutes the plan's window can hold (for the form's live "fits?" line). */
export function windowCapacity(input: Omit<PlannerInput, 'minutesNeeded'>): number {
  const last = lastStudyDay(input.deadline, input.bufferDays);
  return capacityBetween(input.from, last, input.availability, new Set(input.blackouts));
}
