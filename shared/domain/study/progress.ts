/**
 * Plan against actual, week by week (issue 7 part 3), and whether the user has fallen
 * behind. Weeks start on the day the user chose in Settings (Monday or Sunday).
 */
import { addDays, daysBetween, isoWeekday, type LocalDate } from '../../dates';

export const weekStarts = ['monday', 'sunday'] as const;
export type WeekStart = (typeof weekStarts)[number];

/** The first day of the week `day` falls in. */
export function weekStartOf(day: LocalDate, weekStart: WeekStart): LocalDate {
  const offset = weekStart === 'monday' ? isoWeekday(day) : (isoWeekday(day) + 1) % 7;
  return addDays(day, -offset);
}

export interface WeekProgress {
  weekStart: LocalDate;
  plannedMinutes: number;
  actualMinutes: number;
}

interface Dated {
  date: LocalDate;
  minutes: number;
}

/** Planned and studied minutes for every week from the week of `from` to that of `to`. */
export function weeklyProgress(
  blocks: readonly Dated[],
  sessions: readonly Dated[],
  from: LocalDate,
  to: LocalDate,
  weekStart: WeekStart,
): WeekProgress[] {
  const first = weekStartOf(from, weekStart);
  const weeks = Math.max(0, Math.floor(daysBetween(first, to) / 7) + 1);
  const rows: WeekProgress[] = [];
  for (let i = 0; i < weeks; i++) {
    rows.push({ weekStart: addDays(first, 7 * i), plannedMinutes: 0, actualMinutes: 0 });
  }
  const add = (items: readonly Dated[], key: 'plannedMinutes' | 'actualMinutes') => {
    for (const item of items) {
      const index = Math.floor(daysBetween(first, item.date) / 7);
      if (index >= 0 && index < rows.length) rows[index]![key] += item.minutes;
    }
  };
  add(blocks, 'plannedMinutes');
  add(sessions, 'actualMinutes');
  return rows;
}

/**
 * Behind schedule means at least an hour less studied than planned before today (Ascent
 * decision: a few minutes short is noise, an hour is a sitting missed).
 */
export const BEHIND_THRESHOLD_MINUTES = 60;

export interface ScheduleStatus {
  plannedToDate: number;
  actualToDate: number;
  behindMinutes: number;
  behind: boolean;
}

/**
 * Blocks before today against everything studied up to and including today, both counted
 * from `since`: the plan's start, or the day of its last re-plan (which already took the
 * earlier shortfall into account, so it no longer counts against the user).
 *
 * `studiedBeforeReplan`: of the study logged on `since`, the minutes logged before a re-plan
 * made that day (studiedBeforeRelay, figures.ts). Ascent rule: that re-plan took them off the
 * hours left and laid the day's blocks around them, so they are not set against those blocks
 * a second time; only the study logged after it counts for them, and a sitting it laid and
 * the user skipped is missed like any other. Never more than was logged on `since`; 0 (the
 * default) counts every minute of the day, as on a plan's start or a day re-planned early.
 */
export function scheduleStatus(
  blocks: readonly Dated[],
  sessions: readonly Dated[],
  asOf: LocalDate,
  since: LocalDate = '0000-01-01',
  studiedBeforeReplan = 0,
): ScheduleStatus {
  const plannedToDate = blocks
    .filter((b) => b.date >= since && b.date < asOf)
    .reduce((s, b) => s + b.minutes, 0);
  const counted = sessions.filter((s) => s.date >= since && s.date <= asOf);
  const onSince = counted.filter((s) => s.date === since).reduce((s, x) => s + x.minutes, 0);
  const laidAround = Math.min(onSince, Math.max(0, studiedBeforeReplan));
  const actualToDate = counted.reduce((s, x) => s + x.minutes, 0) - laidAround;
  const behindMinutes = Math.max(0, plannedToDate - actualToDate);
  return {
    plannedToDate,
    actualToDate,
    behindMinutes,
    behind: behindMinutes >= BEHIND_THRESHOLD_MINUTES,
  };
}
