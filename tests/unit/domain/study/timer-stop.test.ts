import { describe, expect, it } from 'vitest';
import {
  LIKELY_FORGOTTEN_MINUTES,
  pauseTimer,
  resumeTimer,
  SESSION_MINUTES_MAX,
  startTimer,
  timerStop,
  type TimerState,
} from '../../../../shared/domain/study';

// Instants are built from local wall-clock times, so each row means the same day in both of
// the time zones the domain tests run under (vitest.config.ts).
const at = (y: number, month: number, d: number, h: number, min = 0, s = 0) =>
  new Date(y, month - 1, d, h, min, s).toISOString();

const running = (since: string, accumulatedMs = 0): TimerState => ({
  planId: null,
  topic: 'Risk',
  runningSince: since,
  accumulatedMs,
});
const paused = (accumulatedMs: number): TimerState => ({
  ...running('x'),
  runningSince: null,
  accumulatedMs,
});

describe('the limits are the ones the session form uses', () => {
  it('a session holds at most 16 hours; more than 4 hours is asked about', () => {
    expect(SESSION_MINUTES_MAX).toBe(960);
    expect(LIKELY_FORGOTTEN_MINUTES).toBe(240);
  });
});

describe('stopping a running timer: the day, the minutes, and whether to ask', () => {
  it.each([
    // what, started, stopped, minutes, suggested, date, check
    [
      '25 minutes the same morning',
      at(2026, 11, 22, 9),
      at(2026, 11, 22, 9, 25),
      25,
      25,
      '2026-11-22',
      null,
    ],
    [
      '20 seconds: nothing to log, nothing to ask',
      at(2026, 11, 22, 9),
      at(2026, 11, 22, 9, 0, 20),
      0,
      0,
      '2026-11-22',
      null,
    ],
    ['exactly 4 hours', at(2026, 11, 22, 9), at(2026, 11, 22, 13), 240, 240, '2026-11-22', null],
    [
      '4 hours and 1 minute',
      at(2026, 11, 22, 9),
      at(2026, 11, 22, 13, 1),
      241,
      241,
      '2026-11-22',
      'LONG',
    ],
    ['exactly 16 hours', at(2026, 11, 22, 6), at(2026, 11, 22, 22), 960, 960, '2026-11-22', 'LONG'],
    [
      '16 hours and 1 minute',
      at(2026, 11, 22, 6),
      at(2026, 11, 22, 22, 1),
      961,
      960,
      '2026-11-22',
      'OVER_MAXIMUM',
    ],
    [
      'left three days (71 h 3 min)',
      at(2026, 11, 22, 9),
      at(2026, 11, 25, 8, 3),
      4263,
      960,
      '2026-11-22',
      'OVER_MAXIMUM',
    ],
    [
      '45 minutes past midnight',
      at(2026, 11, 22, 23, 30),
      at(2026, 11, 23, 0, 15),
      45,
      45,
      '2026-11-22',
      'NEXT_DAY',
    ],
    [
      'ending on the stroke of midnight',
      at(2026, 11, 22, 23, 30),
      at(2026, 11, 23, 0, 0),
      30,
      30,
      '2026-11-22',
      'NEXT_DAY',
    ],
    [
      'ending a minute before midnight',
      at(2026, 11, 22, 23, 30),
      at(2026, 11, 22, 23, 59),
      29,
      29,
      '2026-11-22',
      null,
    ],
    [
      'over a leap day',
      at(2028, 2, 29, 23),
      at(2028, 3, 1, 0, 30),
      90,
      90,
      '2028-02-29',
      'NEXT_DAY',
    ],
    ['over New Year', at(2026, 12, 31, 22), at(2027, 1, 1, 1), 180, 180, '2026-12-31', 'NEXT_DAY'],
    ['with the clock set back', at(2026, 11, 22, 9), at(2026, 11, 22, 8), 0, 0, '2026-11-22', null],
  ] as const)('%s', (_what, since, now, minutes, suggested, date, check) => {
    expect(timerStop(running(since), now, since)).toEqual({
      startedAt: since,
      date,
      minutes,
      suggested,
      check,
    });
  });
});

describe('a timer that was paused: its counted time sits before the last resume', () => {
  it.each([
    // what, state, last written, stopped, started, minutes, date, check
    [
      'resumed: 20 min before, 10 min since',
      running(at(2026, 11, 22, 14), 20 * 60_000),
      at(2026, 11, 22, 14),
      at(2026, 11, 22, 14, 10),
      at(2026, 11, 22, 13, 40),
      30,
      '2026-11-22',
      null,
    ],
    [
      'resumed just after midnight with 40 min counted the evening before',
      running(at(2026, 11, 23, 0, 10), 40 * 60_000),
      at(2026, 11, 23, 0, 10),
      at(2026, 11, 23, 0, 30),
      at(2026, 11, 22, 23, 30),
      60,
      '2026-11-22',
      'NEXT_DAY',
    ],
    [
      'paused at 10:00 with 30 min, stopped the same day',
      paused(30 * 60_000),
      at(2026, 11, 22, 10),
      at(2026, 11, 22, 18),
      at(2026, 11, 22, 9, 30),
      30,
      '2026-11-22',
      null,
    ],
    [
      'paused and forgotten until three days later',
      paused(30 * 60_000),
      at(2026, 11, 22, 10),
      at(2026, 11, 25, 9),
      at(2026, 11, 22, 9, 30),
      30,
      '2026-11-22',
      'NEXT_DAY',
    ],
  ] as const)('%s', (_what, state, changedAt, now, startedAt, minutes, date, check) => {
    expect(timerStop(state, now, changedAt)).toMatchObject({ startedAt, minutes, date, check });
  });
});

describe('a timer that keeps its first start: the day and the check come from it', () => {
  it.each([
    // what, state, last written, stopped, minutes, date, check
    [
      'started 22:00, paused 23:00, resumed 08:00 the next day, stopped 09:00',
      { ...running(at(2026, 11, 23, 8), 60 * 60_000), startedAt: at(2026, 11, 22, 22) },
      at(2026, 11, 23, 8),
      at(2026, 11, 23, 9),
      120,
      '2026-11-22',
      'NEXT_DAY',
    ],
    [
      'started 09:00, paused for lunch, resumed 14:00, stopped 15:00',
      { ...running(at(2026, 11, 22, 14), 3 * 60 * 60_000), startedAt: at(2026, 11, 22, 9) },
      at(2026, 11, 22, 14),
      at(2026, 11, 22, 15),
      240,
      '2026-11-22',
      null,
    ],
  ] as const)('%s', (_what, state, changedAt, now, minutes, date, check) => {
    expect(timerStop(state, now, changedAt)).toMatchObject({
      startedAt: state.startedAt,
      minutes,
      date,
      check,
    });
  });

  it('startTimer keeps the first start; pausing and resuming leave it', () => {
    const started = startTimer(null, 'Risk', at(2026, 11, 22, 22));
    const resumed = resumeTimer(pauseTimer(started, at(2026, 11, 22, 23)), at(2026, 11, 23, 8));
    expect(resumed.startedAt).toBe(at(2026, 11, 22, 22));
  });
});
