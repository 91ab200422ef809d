/**
 * The focus timer (issue 7 part 3). Its state holds the instant it (re)started, not a
 * counter, so a reload or a restart of the app finds it still running with the right time.
 * "Now" is always a parameter: this module never reads the clock.
 */
export interface TimerState {
  planId: string | null;
  topic: string;
  /** ISO instant the timer last started or resumed; null while paused. */
  runningSince: string | null;
  /** Time counted before the last pause, in milliseconds. */
  accumulatedMs: number;
}

export function startTimer(planId: string | null, topic: string, nowIso: string): TimerState {
  return { planId, topic, runningSince: nowIso, accumulatedMs: 0 };
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
