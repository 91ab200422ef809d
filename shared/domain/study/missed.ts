/**
 * Which study blocks were missed (study planner, issue 7 part 2: "tracking against" the
 * schedule, in the week view). A session is logged for a plan and a day, never for one block
 * (StudySession has no block and no time of day), so a block is judged with the study logged
 * for its plan on its day.
 *
 * A re-plan (or a saved edit) made on a day the user had already studied lays that day's
 * blocks around the study logged by then (replan.ts, replanStart): that study is not theirs.
 * It is set against none of the day's blocks, as the plan card's "behind" check does not set
 * it against them either (scheduleStatus with studiedBeforeRelay, figures.ts).
 */
import type { LocalDate } from '../../dates';
import { clockMinutes, isClockTime } from './clock';

/** The block as this rule reads it. */
export interface MissedBlock {
  id: string;
  planId: string;
  date: LocalDate;
  /** HH:mm, local (floating) time. */
  start: string;
  minutes: number;
}

/** Study as this rule reads it: a session with no plan counts for no plan's blocks. */
export interface MissedSession {
  planId: string | null;
  date: LocalDate;
  minutes: number;
  /** When it was logged (ISO, UTC); absent: logged after any re-plan (loggedBeforeRelay). */
  createdAt?: string;
}

/**
 * A plan as this rule reads it: the first day its last re-plan or saved edit laid
 * (StudyPlan.replannedOn) and when that was made (`updatedAt`, the plan row's last change).
 */
export interface MissedPlan {
  id: string;
  replannedOn?: LocalDate | null;
  updatedAt?: string;
}

/**
 * Whether `session` was logged on the first day the plan's last re-plan laid (`replannedOn`)
 * and before that re-plan was made (`relaidAt`), so that the day's blocks were laid around it
 * (Ascent rule, review A6: that study was taken off the hours left and off the day's time, so
 * it is not set against the blocks laid for what was left). A session without the time it was
 * logged counts as logged after. Stated once here: the plan card's studiedBeforeRelay
 * (figures.ts) and the week's missedBlocks both ask it.
 */
export function loggedBeforeRelay(
  plan: { replannedOn?: LocalDate | null },
  relaidAt: string | undefined,
  session: { date: LocalDate; createdAt?: string },
): boolean {
  return (
    !!plan.replannedOn &&
    !!relaidAt &&
    session.date === plan.replannedOn &&
    session.createdAt !== undefined &&
    session.createdAt <= relaidAt
  );
}

/** The user's wall clock now: today's date and the time of day, HH:mm (read by the caller). */
export interface WallClock {
  date: LocalDate;
  time: string;
}

/** Whether the block's end (its start plus its length, on its own day) has come by `now`. */
export function blockEnded(block: Pick<MissedBlock, 'date' | 'start' | 'minutes'>, now: WallClock) {
  if (block.date !== now.date) return block.date < now.date;
  if (!isClockTime(block.start) || !isClockTime(now.time)) return false;
  return clockMinutes(block.start) + block.minutes <= clockMinutes(now.time);
}

/**
 * The ids of the blocks that were missed by `now`. Ascent rule (study planner, from the
 * tracking the brief asks for): a block is missed when it has ended (blockEnded: its end
 * minute has come, so a block ending at 19:00 is missed from 19:00) and no study logged for
 * its plan on its day is left for it. The day's study for a plan is set against that plan's
 * blocks of the day in order of start time, each taking up to its length: 60 minutes logged
 * on a day with sittings at 09:00 and 19:00 cover the first, and the second is missed once it
 * ends. A block given any part of the day's study (a sitting cut short) is not missed: it was
 * studied, and plan against actual counts the minutes. Study logged later the same day takes
 * the mark away again, as the judgement is made afresh from what is logged. Blocks on a day
 * still to come, or later today, are never missed. With `plans`, study logged on the day of a
 * plan's last re-plan before it was made is set against none of that plan's blocks
 * (loggedBeforeRelay); without them, or for a plan not among them, every minute counts.
 */
export function missedBlocks(
  blocks: readonly MissedBlock[],
  sessions: readonly MissedSession[],
  now: WallClock,
  plans: readonly MissedPlan[] = [],
): Set<string> {
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const logged = new Map<string, number>();
  const key = (planId: string, date: LocalDate) => `${planId}\u0000${date}`;
  for (const s of sessions) {
    if (s.planId === null || s.date > now.date || !(s.minutes > 0)) continue;
    const plan = planOf.get(s.planId);
    if (plan && loggedBeforeRelay(plan, plan.updatedAt, s)) continue;
    const k = key(s.planId, s.date);
    logged.set(k, (logged.get(k) ?? 0) + s.minutes);
  }
  const inOrder = blocks
    .filter((b) => b.date <= now.date)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
    );
  const missed = new Set<string>();
  for (const b of inOrder) {
    const k = key(b.planId, b.date);
    const left = logged.get(k) ?? 0;
    logged.set(k, Math.max(0, left - Math.max(0, b.minutes)));
    if (left <= 0 && blockEnded(b, now)) missed.add(b.id);
  }
  return missed;
}

/** How many blocks were missed, and their minutes. */
export interface MissedCount {
  blocks: number;
  minutes: number;
}

/**
 * The missed blocks among `blocks` by `now` (missedBlocks, the same rule as the study week's
 * "Missed", `plans` included), counted with their minutes: what the dashboard's week card
 * says of the week.
 */
export function missedCount(
  blocks: readonly MissedBlock[],
  sessions: readonly MissedSession[],
  now: WallClock,
  plans: readonly MissedPlan[] = [],
): MissedCount {
  const missed = missedBlocks(blocks, sessions, now, plans);
  const minutes = blocks.filter((b) => missed.has(b.id)).reduce((n, b) => n + b.minutes, 0);
  return { blocks: missed.size, minutes };
}
