/**
 * The focus timer (issue 7 part 3). Its state holds the instant it (re)started, not a
 * counter, so a reload or a restart of the app finds it still running with the right time.
 * "Now" is always a parameter: this module never reads the clock.
 */
import { localDateOf, type LocalDate } from '../../dates';

export interface TimerState {
  planId: string | null;
  topic: string;
  /** ISO instant the timer last started or resumed; null while paused. */
  runningSince: string | null;
  /** Time counted before the last pause, in milliseconds. */
  accumulatedMs: number;
  /**
   * ISO instant the timer was first started, kept through pauses: the session's day and the
   * past-midnight check (timerStop). Absent on a timer stored before it was kept.
   */
  startedAt?: string;
}

export function startTimer(planId: string | null, topic: string, nowIso: string): TimerState {
  return { planId, topic, runningSince: nowIso, accumulatedMs: 0, startedAt: nowIso };
}

export function elapsedMs(timer: TimerState, nowIso: string): number {
  if (!timer.runningSince) return timer.accumulatedMs;
  const run = Date.parse(nowIso) - Date.parse(timer.runningSince);
  // A clock set back while running never makes time negative.
  return timer.accumulatedMs + Math.max(0, run);
}

export function pauseTimer(timer: TimerState, nowIso: string): TimerState {
  if (!timer.runningSince) return timer;
  return { ...timer, runningSince: null, accumulatedMs: elapsedMs(timer, nowIso) };
}

export function resumeTimer(timer: TimerState, nowIso: string): TimerState {
  return timer.runningSince ? timer : { ...timer, runningSince: nowIso };
}

/**
 * Whole minutes to log when the timer stops, rounded to the nearest (Ascent decision): 0 —
 * nothing to log — under half a minute, so a timer started by mistake leaves no session.
 */
export function timerMinutes(timer: TimerState, nowIso: string): number {
  return Math.max(0, Math.round(elapsedMs(timer, nowIso) / 60_000));
}

// Stopping a timer: what to log, on which day, and when to ask first (bug: a forgotten timer
// logged 16 h without a word, dated the day it was stopped). -----------------------------

/**
 * The longest study session, in minutes: 16 hours, a waking day (Ascent decision). The session
 * form refuses more (renderer/src/db/repositories/study-log.ts, SESSION_LIMITS), and a timer
 * that ran longer is never cut to it silently (timerStop).
 */
export const SESSION_MINUTES_MAX = 16 * 60;

/**
 * Ascent decision: a run longer than 4 hours is likely a timer left running, so it is asked
 * about before it is logged. 4 hours is the longest sitting a study plan lays out (its sitting
 * length is 30 to 240 minutes), and few people study longer without a break.
 */
export const LIKELY_FORGOTTEN_MINUTES = 4 * 60;

/**
 * Why a stopped timer is asked about before anything is logged: more than a session can hold
 * (SESSION_MINUTES_MAX), longer than LIKELY_FORGOTTEN_MINUTES, or — Ascent decision — stopped
 * on a later day than it started (left running overnight; the session then goes on a day that
 * is not today, which the person should see before it is logged).
 */
export type TimerCheck = 'OVER_MAXIMUM' | 'LONG' | 'NEXT_DAY';

/** What stopping the timer now would log, and whether to ask first. */
export interface TimerStop {
  /** ISO instant the counted time began (timerStartedAt). */
  startedAt: string;
  /** The session's date: the day the timer started, in local time, not the day it stopped. */
  date: LocalDate;
  /** Whole minutes on the timer (timerMinutes), however many. */
  minutes: number;
  /** The minutes to offer when asking: the minutes, at most SESSION_MINUTES_MAX. */
  suggested: number;
  /** null: log in one press; otherwise why the person is asked first. */
  check: TimerCheck | null;
}

/**
 * When the counted time began: the first start, kept since timers keep it. A timer stored
 * before then has only its last (re)start and the time counted before it, so the time counted
 * before is placed just before the last resume: exact for a timer never paused, and never
 * before the real start otherwise. `changedAt` is when the state was last written (the pause,
 * for a paused timer).
 */
export function timerStartedAt(timer: TimerState, changedAt: string): string {
  if (timer.startedAt) return timer.startedAt;
  const anchor = Date.parse(timer.runningSince ?? changedAt);
  return new Date(anchor - timer.accumulatedMs).toISOString();
}

/**
 * The timer stopped at `nowIso` (rule: bug report "forgotten timer", Ascent decisions above):
 * dated the day it started; asked about first when it needs checking; nothing under half a
 * minute (minutes 0, never asked about).
 */
export function timerStop(timer: TimerState, nowIso: string, changedAt: string): TimerStop {
  const startedAt = timerStartedAt(timer, changedAt);
  const date = localDateOf(new Date(startedAt));
  const minutes = timerMinutes(timer, nowIso);
  const suggested = Math.min(minutes, SESSION_MINUTES_MAX);
  return { startedAt, date, minutes, suggested, check: checkOf(minutes, date, nowIso) };
}

function checkOf(minutes: number, started: LocalDate, nowIso: string): TimerCheck | null {
  if (minutes === 0) return null;
  if (minutes > SESSION_MINUTES_MAX) return 'OVER_MAXIMUM';
  if (minutes > LIKELY_FORGOTTEN_MINUTES) return 'LONG';
  return localDateOf(new Date(nowIso)) > started ? 'NEXT_DAY' : null;
}

/**
 * Whether `minutes`, given for a run that was asked about, can be logged from a timer on which
 * `onTimer` whole minutes have run (timerMinutes). Ascent rule (review: "450" typed for "45"
 * logged 7 h 30 min the timer never counted): the question asks how much of the run was study,
 * so the answer is at most the time on the timer; more is time studied without it, logged by
 * hand in the session form. Whole minutes from 1 and the session maximum are the session
 * form's checks (validateSession in study-log.ts): this one only adds the timer's limit.
 */
export function timerAnswerError(minutes: number, onTimer: number): 'MORE_THAN_TIMER' | null {
  return minutes > onTimer ? 'MORE_THAN_TIMER' : null;
}
