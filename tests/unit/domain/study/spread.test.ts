import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, type LocalDate } from '../../../../shared/dates';
import {
  dayCapacityMinutes,
  dayShares,
  eachDay,
  evenShares,
  planStudy,
  shortestSitting,
  sittingSizes,
} from '../../../../shared/domain/study';

// Rule (Ascent, study review A7): the planner lays no sitting shorter than 30 minutes (the
// form's shortest sitting length) while the plan has room to spare; a day's share below one
// sitting moves on to the next days, the total stays exact and no day passes its capacity.

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('evenShares (pacing in proportion to each day’s time)', () => {
  it.each([
    ['three equal days', [120, 120, 120], 180, [60, 60, 60]],
    ['Tue, Thu, Sat twice, 2 h', [90, 90, 180, 90, 90, 180], 120, [15, 15, 30, 15, 15, 30]],
    ['a day with no time', [60, 0, 60], 60, [30, 0, 30]],
  ] as const)('%s', (_name, capacity, needed, expected) => {
    expect(evenShares(capacity, needed)).toEqual(expected);
  });
});

describe('dayShares (sittings a person would keep)', () => {
  it.each([
    // The review's case: even pacing gives 15 and 30 minutes; they gather into whole hours.
    [
      'Tue, Thu, Sat twice, 2 h in hours',
      [90, 90, 180, 90, 90, 180],
      120,
      60,
      [0, 0, 60, 0, 0, 60],
    ],
    [
      'Tue, Thu, Sat twice, 4 h in hours',
      [90, 90, 180, 90, 90, 180],
      240,
      60,
      [0, 60, 60, 0, 60, 60],
    ],
    // 75 minutes a day would end in a 15-minute sitting: one hour stays, the quarter moves on;
    // the last quarter has no day after it and goes back onto the last day studied.
    ['75 minutes a day in hours', [120, 120, 120], 225, 60, [60, 90, 75]],
    // A day holding less than a whole sitting gets its whole time, or nothing.
    ['45-minute days, 1 h sittings', [45, 45, 45, 45], 90, 60, [0, 45, 0, 45]],
    // The quarter left at the end fits on no day with study: a free day gets a half hour,
    // a quarter of it lent by the last day.
    ['a quarter left, days full', [60, 60, 60, 60], 195, 60, [30, 60, 60, 45]],
    // Lending would leave a day too short: the study gathers on the free day instead.
    ['a quarter left, nothing to lend', [30, 45, 30], 45, 90, [0, 45, 0]],
    // Every minute is needed: the 15-minute day is used rather than leave study off the plan.
    ['every minute needed', [15, 60], 75, 60, [15, 60]],
    ['30-minute sittings', [60, 60, 60], 45, 30, [0, 45, 0]],
    ['nothing needed', [60, 60], 0, 60, [0, 0]],
  ] as const)('%s', (_name, capacity, needed, length, expected) => {
    expect(dayShares(capacity, needed, length)).toEqual(expected);
  });

  it('keeps the total exact and every day within its time, for any plan that fits', () => {
    const quarter = fc.integer({ min: 0, max: 16 }).map((q) => q * 15);
    fc.assert(
      fc.property(
        fc.array(quarter, { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(30, 45, 60, 90, 120, 240),
        (capacity, share, length) => {
          const needed = Math.floor((sum(capacity) * share) / 15) * 15;
          const out = dayShares(capacity, needed, length);
          expect(sum(out)).toBe(needed);
          out.forEach((m, i) => {
            expect(m % 15).toBe(0);
            expect(m).toBeGreaterThanOrEqual(0);
            expect(m).toBeLessThanOrEqual(capacity[i]!);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lays no sitting under 30 minutes when every day holds one and there is room to spare', () => {
    const day = fc.integer({ min: 2, max: 16 }).map((q) => q * 15);
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.constantFrom(30, 45, 60, 90, 120, 240),
        (capacity, share, length) => {
          // At least 30 minutes (less can only be one short sitting), at most half the time.
          const needed = Math.max(30, Math.floor((sum(capacity) * share) / 15) * 15);
          const sittings = dayShares(capacity, needed, length).flatMap((m) =>
            sittingSizes(m, length, shortestSitting(length)),
          );
          expect(sittings.every((m) => m >= 30)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sittingSizes (one day cut into sittings)', () => {
  it.each([
    [150, 60, [60, 60, 30]],
    [135, 60, [60, 45, 30]],
    [75, 60, [45, 30]],
    [135, 120, [105, 30]],
    [60, 45, [30, 30]],
    // Two sittings would both be under 30 minutes: one of 45 instead.
    [45, 30, [45]],
    // A day with less time than the shortest sitting keeps what it has.
    [15, 60, [15]],
    [120, 120, [120]],
    [0, 60, []],
  ] as const)('%i minutes in %i-minute sittings', (minutes, length, expected) => {
    expect(sittingSizes(minutes, length, shortestSitting(length))).toEqual(expected);
  });
  it.each([
    [15, 15],
    [30, 30],
    [60, 30],
    [240, 30],
  ] as const)('the shortest sitting for %i-minute sittings is %i', (length, least) => {
    expect(shortestSitting(length)).toBe(least);
  });
});

describe('planStudy: a second plan on the sample profile (review A7)', () => {
  // The sample profile: Tuesday 1.5 h, Thursday 1.5 h, Saturday 3 h. A 40-hour goal plan from
  // 16 Dec 2026 to 16 May 2027 in 60-minute sittings used to lay 15- and 30-minute sittings.
  const availability = { mon: 0, tue: 1.5, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };
  const input = {
    minutesNeeded: 40 * 60,
    from: '2026-12-16',
    deadline: '2027-05-16',
    bufferDays: 2,
    availability,
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
  };
  const r = planStudy(input);
  const byDay = new Map<LocalDate, number>();
  for (const b of r.blocks) byDay.set(b.date, (byDay.get(b.date) ?? 0) + b.minutes);

  it('lays exactly 40 h in sittings of 30 minutes or more, most of them whole hours', () => {
    expect(r.fits).toBe(true);
    expect(sum(r.blocks.map((b) => b.minutes))).toBe(40 * 60);
    expect(r.blocks.every((b) => b.minutes >= 30)).toBe(true);
    const hours = r.blocks.filter((b) => b.minutes === 60).length;
    expect(hours / r.blocks.length).toBeGreaterThan(0.8);
  });
  it('keeps every day within its time', () => {
    for (const [day, minutes] of byDay)
      expect(minutes).toBeLessThanOrEqual(dayCapacityMinutes(day, availability, new Set<string>()));
  });
  it('still paces the plan: no week of the plan is left empty or crammed', () => {
    const days = eachDay('2026-12-21', '2027-05-09'); // whole Monday weeks of the window
    const weeks: number[] = [];
    for (const d of days) {
      if (isoWeekday(d) === 0) weeks.push(0);
      weeks[weeks.length - 1]! += byDay.get(d) ?? 0;
    }
    expect(weeks).toHaveLength(20);
    expect(Math.min(...weeks)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...weeks)).toBeLessThanOrEqual(180);
  });
});
