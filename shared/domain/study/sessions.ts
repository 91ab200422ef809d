/** Cutting a day's study into sittings of the preferred length (issue 7 part 1). */
import type { LocalDate } from '../../dates';
import { clockMinutes, clockTime } from './clock';

export interface PlannedBlock {
  date: LocalDate;
  /** HH:mm, local time. */
  start: string;
  minutes: number;
}

/** A short rest between two sittings on the same day. */
export const BREAK_MINUTES = 15;
const DAY_MINUTES = 24 * 60;

/**
 * Sittings of `sessionMinutes` (the last one shorter when the day's minutes do not divide),
 * from `dayStart` with a break between them. A long day that would run past midnight starts
 * earlier instead, so every sitting stays on its own calendar day.
 */
export function splitDay(
  date: LocalDate,
  minutes: number,
  sessionMinutes: number,
  dayStart: string,
): PlannedBlock[] {
  if (minutes <= 0) return [];
  const length = Math.max(15, sessionMinutes);
  const sizes: number[] = [];
  for (let left = minutes; left > 0; left -= length) sizes.push(Math.min(length, left));
  const span = minutes + BREAK_MINUTES * (sizes.length - 1);
  let at = Math.max(0, Math.min(clockMinutes(dayStart), DAY_MINUTES - span));
  return sizes.map((size) => {
    const block = { date, start: clockTime(at), minutes: size };
    at += size + BREAK_MINUTES;
    return block;
  });
}
