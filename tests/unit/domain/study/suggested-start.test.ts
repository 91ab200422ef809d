/**
 * "Start on or before …" (Ascent decision, shared/domain/study/planner.ts suggestedStart): a
 * start is never suggested before today, since days gone hold no study; when even starting
 * today leaves the plan short, no start is suggested at all and the other fixes stay.
 */
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import { planStudy, suggestedStart, type PlannerInput } from '../../../../shared/domain/study';

const every = (h: number): WeeklyAvailability => ({
  mon: h,
  tue: h,
  wed: h,
  thu: h,
  fri: h,
  sat: h,
  sun: h,
});
const TODAY = '2026-11-22';

function input(over: Partial<PlannerInput>): PlannerInput {
  return {
    minutesNeeded: 60 * 60,
    from: '2026-12-01',
    deadline: '2027-01-25',
    bufferDays: 2,
    availability: every(1),
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
    asOf: TODAY,
    ...over,
  };
}

describe('suggestedStart: never before today', () => {
  // One hour every day: a shortfall of n hours needs n more days before the start. From
  // 1 Dec, today (22 Nov) is 9 days earlier, so 9 h is the most a start can make up.
  it.each<[string, Partial<PlannerInput>, number, LocalDate | null]>([
    ['3 h short, starting 1 Dec: three days earlier', {}, 3 * 60, '2026-11-28'],
    ['9 h short: starting today is just enough', {}, 9 * 60, TODAY],
    ['9 h 15 min short: even today is too late, so no start', {}, 9 * 60 + 15, null],
    ['a plan starting today: nothing earlier than today', { from: TODAY }, 60, null],
    // The reviewer's case: a start "on or before 3 Nov 2026" was offered on 22 Nov.
    ['a plan that started in the past', { from: '2026-11-02' }, 19 * 60, null],
    [
      'two days with no study are skipped',
      { blackouts: ['2026-11-29', '2026-11-30'] },
      120,
      '2026-11-27',
    ],
    ['without today, no start is suggested', { asOf: undefined }, 60, null],
    ['nothing short: no start needed', {}, 0, null],
  ])('%s', (_name, over, shortfall, expected) => {
    expect(suggestedStart(input(over), shortfall)).toBe(expected);
  });
});

describe('planStudy: the start it offers is today or later, and fits', () => {
  // From 1 Dec to 22 Jan (exam 25 Jan, two free days) is 53 days: 53 h at one hour a day.
  it.each<[string, LocalDate, number, LocalDate | null]>([
    ['a plan from 1 Dec, 54 h needed: a day earlier', '2026-12-01', 54, '2026-11-30'],
    ['a plan from 1 Dec, 56 h needed: three days earlier', '2026-12-01', 56, '2026-11-28'],
    ['a plan from 1 Dec, 62 h needed: from today only', '2026-12-01', 62, TODAY],
    ['a plan from 1 Dec, 63 h needed: not even from today', '2026-12-01', 63, null],
    ['a plan from today, 80 h needed', TODAY, 80, null],
    ['a plan from 2 Nov (in the past), 200 h needed', '2026-11-02', 200, null],
  ])('%s → start by %s', (_name, from, hours, expected) => {
    const base = input({ from, minutesNeeded: hours * 60 });
    const r = planStudy(base);
    expect(r.fits).toBe(false);
    expect(r.options!.startBy).toBe(expected);
    if (expected) {
      expect(expected >= TODAY).toBe(true);
      expect(planStudy({ ...base, from: expected }).fits).toBe(true);
      expect(planStudy({ ...base, from: addDays(expected, 1) }).fits).toBe(false);
    } else if (from > TODAY) {
      // No start is offered only when starting today does not fit either.
      expect(planStudy({ ...base, from: TODAY }).fits).toBe(false);
    }
  });

  it('the reviewer’s PMP plan: no start in the past, the other fixes stay', () => {
    // Tue 2 h, Thu 1.5 h, Sat 3 h; 120 h for an exam on 14 Mar 2027, planned on 22 Nov 2026.
    const week = { ...every(0), tue: 2, thu: 1.5, sat: 3 };
    const r = planStudy(
      input({ from: TODAY, deadline: '2027-03-14', availability: week, minutesNeeded: 120 * 60 }),
    );
    expect(r.fits).toBe(false);
    expect(r.shortfallMinutes).toBe(19 * 60);
    expect(r.options!.startBy).toBeNull();
    expect(r.options!.moreTime.length).toBeGreaterThan(0);
    expect(r.options!.moveDeadlineTo).not.toBeNull();
  });
});

describe('a later exam date counts only days still to come', () => {
  it('when the last study day has passed, the room is counted from today', () => {
    // Exam Fri 27 Nov with a 7-day buffer: the last study day was Fri 20 Nov, before today
    // (Tue 24 Nov). 5 h short: Tue 24 (2 h), Thu 26 (1.5 h), Sat 28 (3 h) make room, so the
    // last study day is Sat 28 and the exam, a week later, Sun 6 Dec — not counting Sat 21 Nov,
    // already gone.
    const r = planStudy({
      minutesNeeded: 300,
      from: '2026-11-24',
      deadline: '2026-11-27',
      bufferDays: 7,
      availability: { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 },
      blackouts: [],
      sessionMinutes: 60,
      dayStart: '18:00',
      asOf: '2026-11-24',
    });
    expect(r.options?.moveDeadlineTo).toBe('2026-12-06');
  });
});
