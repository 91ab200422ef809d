import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, type LocalDate } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  lastStudyDay,
  planStudy,
  splitDay,
  type PlannerInput,
} from '../../../../shared/domain/study';

const every = (h: number): WeeklyAvailability => ({
  mon: h,
  tue: h,
  wed: h,
  thu: h,
  fri: h,
  sat: h,
  sun: h,
});
const none = every(0);

function input(over: Partial<PlannerInput>): PlannerInput {
  return {
    minutesNeeded: 120 * 60,
    from: '2026-11-02',
    deadline: '2027-01-25',
    bufferDays: 2,
    availability: every(2),
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
    ...over,
  };
}

const total = (blocks: readonly { minutes: number }[]) => blocks.reduce((s, b) => s + b.minutes, 0);
function perDay(blocks: { date: LocalDate; minutes: number }[]) {
  const m = new Map<string, number>();
  for (const b of blocks) m.set(b.date, (m.get(b.date) ?? 0) + b.minutes);
  return m;
}

describe('planStudy: fits', () => {
  const result = planStudy(input({}));
  it('lays exactly the hours needed, inside the window and the buffer', () => {
    expect(result.fits).toBe(true);
    expect(result.shortfallMinutes).toBe(0);
    expect(total(result.blocks)).toBe(7200);
    // 82 days from 2 Nov to 22 Jan (exam 25 Jan, 2 buffer days) at 2 h each.
    expect(result.availableMinutes).toBe(82 * 120);
    expect(result.blocks[0]!.date).toBe('2026-11-02');
    expect(result.blocks.every((b) => b.date <= '2027-01-22')).toBe(true);
    expect(result.options).toBeNull();
  });
  it('never plans more on a day than the day holds and is paced evenly', () => {
    const days = perDay(result.blocks);
    expect(Math.max(...days.values())).toBeLessThanOrEqual(120);
    // Even pacing gives each day 75 to 90 minutes; a 75-minute day would end in a 15-minute
    // sitting, so it keeps one whole hour and the quarter moves to the next day (spread.ts).
    expect(Math.min(...days.values())).toBeGreaterThanOrEqual(60);
    expect(Math.min(...result.blocks.map((b) => b.minutes))).toBeGreaterThanOrEqual(30);
  });
  it('is deterministic', () => {
    expect(planStudy(input({}))).toEqual(result);
  });
  it('plans nothing when nothing is needed', () => {
    const r = planStudy(input({ minutesNeeded: 0 }));
    expect(r).toMatchObject({ fits: true, blocks: [] });
  });
});

describe('planStudy: does not fit', () => {
  const weekdaysOnly = { ...every(1), sat: 0, sun: 0 };
  const base = input({ availability: weekdaysOnly });
  const result = planStudy(base);
  it('reports the shortfall and fills every available hour', () => {
    expect(result.fits).toBe(false);
    // 60 weekdays between 2 Nov and 22 Jan, one hour each.
    expect(result.availableMinutes).toBe(60 * 60);
    expect(result.shortfallMinutes).toBe(7200 - 60 * 60);
    expect(total(result.blocks)).toBe(60 * 60);
  });
  it('offers the latest start that fits, when planned early enough for it', () => {
    // Planned in June, a start in September is still to come (suggested-start.test.ts).
    const early = { ...base, asOf: '2026-06-01' };
    const startBy = planStudy(early).options!.startBy!;
    expect(startBy >= early.asOf).toBe(true);
    expect(planStudy({ ...early, from: startBy }).fits).toBe(true);
    expect(planStudy({ ...early, from: addDays(startBy, 1) }).fits).toBe(false);
  });
  it('offers the earliest exam date that fits, with the same buffer', () => {
    const moved = result.options!.moveDeadlineTo!;
    expect(planStudy({ ...base, deadline: moved }).fits).toBe(true);
    expect(planStudy({ ...base, deadline: addDays(moved, -1) }).fits).toBe(false);
  });
  it('offers more time on a weekday, which then fits', () => {
    const options = result.options!.moreTime;
    expect(options.map((o) => o.weekday)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
    for (const o of options) {
      const availability = {
        ...weekdaysOnly,
        [o.weekday]: weekdaysOnly[o.weekday] + o.extraMinutesPerDay / 60,
      };
      expect(planStudy({ ...base, availability }).fits, o.weekday).toBe(true);
    }
  });
  it('has no fix by start or exam date when no day has any time', () => {
    const r = planStudy(input({ availability: none }));
    expect(r.options).toMatchObject({ startBy: null, moveDeadlineTo: null });
  });
  it('offers the weekdays already studied on first, then the free ones', () => {
    const weekend = { ...none, sat: 2, sun: 1 };
    const r = planStudy(input({ availability: weekend, minutesNeeded: 120 * 60 }));
    const more = r.options!.moreTime;
    expect(more.map((o) => o.weekday)).toEqual(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri']);
    expect(more.map((o) => o.currentMinutes)).toEqual([120, 60, 0, 0, 0, 0, 0]);
  });
  it('leaves out a weekday whose extra time would pass 16 hours a day', () => {
    const r = planStudy(input({ availability: { ...none, sat: 1 }, minutesNeeded: 400 * 60 }));
    expect(r.options!.moreTime.map((o) => o.weekday)).not.toContain('sat');
  });
});

describe('planStudy: blackout dates', () => {
  const blackouts = ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31'];
  const r = planStudy(input({ blackouts }));
  it('plans nothing on a blackout day and counts it as no time', () => {
    expect(r.blocks.some((b) => blackouts.includes(b.date))).toBe(false);
    expect(r.availableMinutes).toBe((82 - 4) * 120);
    expect(total(r.blocks)).toBe(7200);
  });
});

describe('planStudy: DST weeks and leap day', () => {
  it.each([
    ['US change (8 Mar 2026)', '2026-03-02', '2026-03-16'],
    ['EU change (29 Mar 2026)', '2026-03-23', '2026-04-06'],
    ['EU end (25 Oct 2026)', '2026-10-19', '2026-11-02'],
  ])('%s: a week still has seven days', (_name, from, deadline) => {
    const r = planStudy(
      input({ from, deadline, bufferDays: 0, minutesNeeded: 14 * 60, availability: every(1) }),
    );
    expect(r.availableMinutes).toBe(14 * 60);
    expect(r.fits).toBe(true);
    const dates = [...perDay(r.blocks).keys()];
    expect(dates).toEqual(Array.from({ length: 14 }, (_, i) => addDays(from, i)));
  });
  it('plans Saturdays only on Saturdays across a DST change', () => {
    const r = planStudy(
      input({ from: '2026-03-01', deadline: '2026-04-05', availability: { ...none, sat: 2 } }),
    );
    expect(new Set(r.blocks.map((b) => isoWeekday(b.date)))).toEqual(new Set([5]));
  });
  it('uses 29 February in a leap year like any other day', () => {
    const tuesdays = { ...none, tue: 1 };
    const r = planStudy(
      input({
        from: '2028-02-26',
        deadline: '2028-03-03',
        bufferDays: 0,
        availability: tuesdays,
        minutesNeeded: 60,
      }),
    );
    expect(r.blocks).toEqual([{ date: '2028-02-29', start: '18:00', minutes: 60 }]);
    const blocked = planStudy(
      input({
        from: '2028-02-26',
        deadline: '2028-03-03',
        bufferDays: 0,
        availability: tuesdays,
        minutesNeeded: 60,
        blackouts: ['2028-02-29'],
      }),
    );
    expect(blocked).toMatchObject({ fits: false, availableMinutes: 0, shortfallMinutes: 60 });
  });
});

describe('planStudy: blocks the user placed (fixed)', () => {
  // Rule (issue 7, re-plan): a block the user moved or changed stays; its minutes count as
  // planned, its day holds that much less, and new sittings keep clear of it.
  const small = input({
    from: '2026-11-23',
    deadline: '2026-11-30',
    bufferDays: 0,
    availability: every(2),
    minutesNeeded: 6 * 60,
  });
  it.each([
    ['no fixed block', [], 6 * 60, 7 * 120],
    ['one 90-minute block', [{ date: '2026-11-24', start: '07:00', minutes: 90 }], 270, 7 * 120],
    [
      'blocks covering everything',
      [
        { date: '2026-11-23', start: '18:00', minutes: 180 },
        { date: '2026-11-25', start: '18:00', minutes: 180 },
      ],
      0,
      // The two fixed 3-hour days hold more than their 2 h: only the 5 other days are free.
      5 * 120 + 360,
    ],
  ] as const)('%s: lays %i new minutes, %i available', (_name, fixed, laid, available) => {
    const r = planStudy({ ...small, fixed });
    expect(r.fits).toBe(true);
    expect(total(r.blocks)).toBe(laid);
    expect(r.fixedMinutes).toBe(total(fixed));
    expect(r.availableMinutes).toBe(available);
    expect(r.neededMinutes).toBe(6 * 60);
  });
  it('gives a fixed block’s day that much less room', () => {
    const fixed = [{ date: '2026-11-24', start: '18:00', minutes: 90 }];
    const r = planStudy({ ...small, minutesNeeded: 14 * 60, fixed });
    expect(perDay(r.blocks).get('2026-11-24')).toBe(30);
    expect(total(r.blocks)).toBe(14 * 60 - 90);
  });
  it('never lays a new sitting over a fixed one', () => {
    const fixed = [{ date: '2026-11-24', start: '18:00', minutes: 60 }];
    const r = planStudy({ ...small, minutesNeeded: 14 * 60, fixed });
    const that = r.blocks.filter((b) => b.date === '2026-11-24');
    expect(that).toEqual([{ date: '2026-11-24', start: '19:15', minutes: 60 }]);
  });
  it('says what is short when the fixed blocks leave too little room', () => {
    const fixed = [{ date: '2026-11-23', start: '18:00', minutes: 120 }];
    const r = planStudy({ ...small, minutesNeeded: 15 * 60, fixed });
    // 7 days × 2 h = 14 h in all, 2 h of it already fixed: 1 h short.
    expect(r).toMatchObject({ fits: false, shortfallMinutes: 60, availableMinutes: 14 * 60 });
  });
});

describe('planStudy: study already logged on a day (studied)', () => {
  // Rule (issue 7, re-plan; Ascent): study logged on a day uses up that day's time; it is not
  // part of the minutes needed (already taken off), so it is neither laid nor counted as planned.
  const week = input({
    from: '2026-11-23',
    deadline: '2026-11-30',
    bufferDays: 0,
    availability: every(2),
    minutesNeeded: 14 * 60,
  });
  it.each([
    ['nothing logged', 0, 120, 14 * 60],
    ['45 minutes logged', 45, 75, 14 * 60 - 45],
    ['the whole day logged', 120, 0, 12 * 60],
    ['more than the day holds', 200, 0, 12 * 60],
  ] as const)('%s: the day keeps %i minutes, %i minutes free in all', (_n, minutes, day, free) => {
    const r = planStudy({ ...week, studied: [{ date: '2026-11-23', minutes }] });
    expect(perDay(r.blocks).get('2026-11-23') ?? 0).toBe(day);
    expect(r.availableMinutes).toBe(free);
    expect(r.fixedMinutes).toBe(0);
  });
  it('says what is short when the logged study leaves too little room', () => {
    const r = planStudy({ ...week, studied: [{ date: '2026-11-23', minutes: 60 }] });
    expect(r).toMatchObject({ fits: false, shortfallMinutes: 60 });
  });
});

describe('lastStudyDay', () => {
  it.each([
    ['2026-12-10', 0, '2026-12-09'],
    ['2026-12-10', 2, '2026-12-07'],
    ['2028-03-01', 0, '2028-02-29'],
    ['2027-03-01', 0, '2027-02-28'],
  ] as const)('exam %s, buffer %i → %s', (deadline, buffer, expected) => {
    expect(lastStudyDay(deadline, buffer)).toBe(expected);
  });
});

describe('splitDay', () => {
  it.each([
    [
      150,
      60,
      '18:00',
      [
        ['18:00', 60],
        ['19:15', 60],
        ['20:30', 30],
      ],
    ],
    [60, 90, '07:30', [['07:30', 60]]],
    [0, 60, '18:00', []],
    // Would run past midnight from 22:00: starts earlier instead.
    [
      180,
      60,
      '22:00',
      [
        ['20:30', 60],
        ['21:45', 60],
        ['23:00', 60],
      ],
    ],
  ] as const)('%i minutes in %i-minute sittings from %s', (minutes, length, start, expected) => {
    const blocks = splitDay('2026-11-23', minutes, length, start);
    expect(blocks.map((b) => [b.start, b.minutes])).toEqual(expected);
  });

  it.each([
    ['clear of a morning block: stays at 18:00', [['07:00', 60]], '18:00'],
    ['after a block at 18:00, with a break', [['18:00', 60]], '19:15'],
    [
      'after two blocks in a row',
      [
        ['18:00', 60],
        ['19:15', 45],
      ],
      '20:15',
    ],
    // Nothing fits after 23:00: the run ends a break before the block instead.
    ['before a long evening block when nothing fits after it', [['19:00', 240]], '16:45'],
  ] as const)('120 minutes around busy times, %s', (_name, busy, first) => {
    const blocks = splitDay(
      '2026-11-23',
      120,
      120,
      '18:00',
      busy.map(([start, minutes]) => ({ start, minutes })),
    );
    expect(blocks.map((b) => b.start)).toEqual([first]);
  });
});
