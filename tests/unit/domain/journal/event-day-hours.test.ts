// An event's sessions attended cannot add up to more than its days hold: a day has 24 hours, so
// an event of N days (first to last, both counted) holds at most 24 × N hours of sessions
// attended (shared/domain/journal/event-day-hours.ts). Sessions carry no day, so the check is on
// the total. A talk the person gave is not counted: its credit may include preparing it.
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../../../shared/domain/journal';
import {
  attendedHoursError,
  eventDaysHours,
} from '../../../../shared/domain/journal/event-day-hours';
import { event, session } from './fixtures';

const attended = (...hours: number[]) => hours.map((h) => ({ hours: h, givenByMe: false }));
const talk = (hours: number) => ({ hours, givenByMe: true });

describe('eventDaysHours', () => {
  it.each<[string, string, string, number | null]>([
    ['a one-day meetup', '2026-10-06', '2026-10-06', 24],
    ['a two-day conference', '2026-10-05', '2026-10-06', 48],
    ['a week-long event', '2026-10-05', '2026-10-11', 168],
    ['across a month end', '2026-09-30', '2026-10-01', 48],
    ['across 29 February', '2028-02-28', '2028-03-01', 72],
    ['ending before it starts (its own error)', '2026-10-06', '2026-10-05', null],
  ])('%s: %s to %s → %s', (_, start, end, hours) => {
    expect(eventDaysHours(start, end)).toBe(hours);
  });
});

describe('attendedHoursError', () => {
  const oneDay = ['2026-10-06', '2026-10-06'] as const;
  const twoDays = ['2026-10-05', '2026-10-06'] as const;
  it.each<[string, readonly [string, string], { hours: number; givenByMe: boolean }[], unknown]>([
    ['no sessions', oneDay, [], null],
    ['a full day of sessions', oneDay, attended(8, 8, 8), null],
    ['exactly 24 hours in one day', oneDay, attended(23.75, 0.25), null],
    [
      'a quarter hour past one day',
      oneDay,
      attended(23.75, 0.5),
      { field: 'sessions.1.hours', code: 'MORE_THAN_EVENT_DAYS', expected: 24, actual: 24.25 },
    ],
    [
      '30 hours at a one-day meetup: at the session that goes past, with the whole total',
      oneDay,
      attended(10, 10, 5, 5),
      { field: 'sessions.2.hours', code: 'MORE_THAN_EVENT_DAYS', expected: 24, actual: 30 },
    ],
    [
      'one session longer than the day',
      oneDay,
      attended(30),
      { field: 'sessions.0.hours', code: 'MORE_THAN_EVENT_DAYS', expected: 24, actual: 30 },
    ],
    ['30 hours over two days', twoDays, attended(10, 10, 10), null],
    [
      'more than two days hold',
      twoDays,
      attended(24, 24, 0.25),
      { field: 'sessions.2.hours', code: 'MORE_THAN_EVENT_DAYS', expected: 48, actual: 48.25 },
    ],
    // A talk's hours may include preparing it (Giving Back), which is not bound to the event.
    ['a talk with its preparation', oneDay, [talk(30), ...attended(2)], null],
    [
      'talks are left out of the total, not out of the places',
      oneDay,
      [...attended(20), talk(1), ...attended(5)],
      { field: 'sessions.2.hours', code: 'MORE_THAN_EVENT_DAYS', expected: 24, actual: 25 },
    ],
    // Hours with their own error are left out: the rest is still too many.
    ['unreadable hours are not counted', oneDay, attended(NaN, 20), null],
    [
      'negative hours do not make room',
      oneDay,
      attended(-10, 30),
      expect.objectContaining({ actual: 30 }),
    ],
    ['hours off the quarter steps are not counted', oneDay, attended(24.1, 1), null],
    [
      'an event ending before it starts has its own error',
      ['2026-10-06', '2026-10-05'],
      attended(30),
      null,
    ],
  ])('%s', (_, [start, end], sessions, error) => {
    expect(attendedHoursError(start, end, sessions)).toEqual(error);
  });
});

describe('validateEvent', () => {
  const codes = (errors: { field: string; code: string }[]) =>
    errors.map((e) => `${e.field}:${e.code}`);
  const meetup = event({ kind: 'meetup', start: '2026-10-06', end: '2026-10-06' });

  it.each<[string, ReturnType<typeof event>, ReturnType<typeof session>[], string[]]>([
    [
      '30 hours of sessions at a one-day meetup are refused',
      meetup,
      [session({ hours: 20 }), session({ id: 's2', hours: 10 })],
      ['sessions.1.hours:MORE_THAN_EVENT_DAYS'],
    ],
    [
      'the same sessions over two days are saved',
      event({ start: '2026-10-05', end: '2026-10-06' }),
      [session({ hours: 20 }), session({ id: 's2', hours: 10 })],
      [],
    ],
    [
      'a talk given with its preparation is saved',
      meetup,
      [session({ hours: 30, givenByMe: true }), session({ id: 's2', hours: 2 })],
      [],
    ],
    [
      'an end before the start is said once, not as too many hours',
      event({ start: '2026-10-06', end: '2026-10-05' }),
      [session({ hours: 30 })],
      ['end:END_BEFORE_START'],
    ],
  ])('%s', (_, e, sessions, expected) => {
    expect(codes(validateEvent(e, sessions))).toEqual(expected);
  });

  it('says the limit and the total', () => {
    expect(validateEvent(meetup, [session({ hours: 25 })])).toEqual([
      { field: 'sessions.0.hours', code: 'MORE_THAN_EVENT_DAYS', expected: 24, actual: 25 },
    ]);
  });
});
