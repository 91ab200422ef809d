/** Cutting a day's study into sittings of the preferred length (issue 7 part 1). */
import type { LocalDate } from '../../dates';
import { clockMinutes, clockTime } from './clock';
import { shortestSitting } from './spread';

export interface PlannedBlock {
  date: LocalDate;
  /** HH:mm, local time. */
  start: string;
  minutes: number;
}

/** A sitting already on the day that new sittings must not overlap (a block the user placed). */
export interface BusyTime {
  start: string;
  minutes: number;
}

/** A short rest between two sittings on the same day. */
export const BREAK_MINUTES = 15;
const DAY_MINUTES = 24 * 60;

/**
 * Where a run of `span` minutes begins: at `dayStart`, or earlier when it would run past
 * midnight. Around busy times it moves to the first free gap (with a break on either side):
 * after a busy sitting, else before one; when the day has no such gap it keeps its place.
 */
function runStart(span: number, dayStart: string, busy: readonly BusyTime[]): number {
  const preferred = Math.max(0, Math.min(clockMinutes(dayStart), DAY_MINUTES - span));
  const taken = busy
    .map((b) => [clockMinutes(b.start), clockMinutes(b.start) + b.minutes] as const)
    .sort((a, b) => a[0] - b[0]);
  const free = (at: number) =>
    at >= 0 &&
    at + span <= DAY_MINUTES &&
    taken.every(([s, e]) => at + span + BREAK_MINUTES <= s || at >= e + BREAK_MINUTES);
  const after = taken.map(([, e]) => e + BREAK_MINUTES);
  const before = taken.map(([s]) => s - BREAK_MINUTES - span).reverse();
  return [preferred, ...after, ...before].find(free) ?? preferred;
}

/**
 * The lengths of a day's sittings: `length` each, the last one shorter when the minutes do
 * not divide. Ascent rule (review A7): a last sitting shorter than `least` is not laid on its
 * own; the last two share their minutes (60 + 15 becomes 45 + 30), or become one sitting when
 * two would both be too short (30 + 15 becomes 45).
 */
export function sittingSizes(minutes: number, length: number, least: number): number[] {
  const sizes: number[] = [];
  for (let left = minutes; left > 0; left -= length) sizes.push(Math.min(length, left));
  const last = sizes.at(-1) ?? 0;
  if (sizes.length < 2 || last >= least) return sizes;
  const pair = sizes[sizes.length - 2]! + last;
  sizes.splice(-2, 2, ...(pair >= 2 * least ? [pair - least, least] : [pair]));
  return sizes;
}

/**
 * Sittings of `sessionMinutes` (see `sittingSizes` for a day whose minutes do not divide),
 * from `dayStart` with a break between them. A long day that would run past midnight starts
 * earlier instead, so every sitting stays on its own calendar day; sittings the user placed
 * on the day (`busy`) are kept clear of.
 */
export function splitDay(
  date: LocalDate,
  minutes: number,
  sessionMinutes: number,
  dayStart: string,
  busy: readonly BusyTime[] = [],
): PlannedBlock[] {
  if (minutes <= 0) return [];
  const length = Math.max(15, sessionMinutes);
  const sizes = sittingSizes(minutes, length, shortestSitting(length));
  const span = minutes + BREAK_MINUTES * (sizes.length - 1);
  let at = runStart(span, dayStart, busy);
  return sizes.map((size) => {
    const block = { date, start: clockTime(at), minutes: size };
    at += size + BREAK_MINUTES;
    return block;
  });
}
