// By when the missing conferences of a "conferences a year" requirement should be attended.
// The requirement counts the last 12 months ending today (records.ts, lastTwelveMonthsFrom;
// README Decisions), so the deadline keeps every conference counted today in that window.
import { describe, expect, it } from 'vitest';
import {
  conferencesToAttend,
  lastDayCounting,
  lastTwelveMonthsFrom,
} from '../../../../shared/domain/readiness/records';

describe('lastDayCounting', () => {
  it.each([
    ['2026-03-14', '2027-03-13'],
    ['2026-12-05', '2027-12-04'],
    ['2026-01-01', '2026-12-31'],
    // A leap day: still counted on 28 Feb 2025, whose 12 months begin on 29 Feb 2024.
    ['2024-02-29', '2025-02-28'],
    ['2025-03-31', '2026-03-30'],
  ])('a conference on %s counts up to %s', (day, last) => {
    expect(lastDayCounting(day)).toBe(last);
    // …and not a day longer.
    expect(lastTwelveMonthsFrom(last) <= day).toBe(true);
    const next = new Date(`${last}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(lastTwelveMonthsFrom(next.toISOString().slice(0, 10)) > day).toBe(true);
  });
});

describe('conferencesToAttend', () => {
  const asOf = '2026-12-05';
  it.each([
    ['none attended: in the twelve months from today', [], 2, { count: 2, by: '2027-12-04' }],
    [
      'the oldest counted one sets the date',
      [
        { id: 'a', date: '2026-03-14' },
        { id: 'b', date: '2026-09-01' },
      ],
      1,
      { count: 1, by: '2027-03-13' },
    ],
    [
      'older than 12 months and future ones do not count',
      [
        { id: 'old', date: '2025-11-30' },
        { id: 'booked', date: '2027-02-01' },
        { id: 'b', date: '2026-06-20' },
      ],
      1,
      { count: 1, by: '2027-06-19' },
    ],
    ['one attended today', [{ id: 'a', date: '2026-12-05' }], 1, { count: 1, by: '2027-12-04' }],
    // The oldest stops counting tomorrow: not "by today", but one more by the next one's date.
    [
      'the oldest counts only until today: one more, by the next one’s last day',
      [
        { id: 'a', date: '2025-12-06' },
        { id: 'b', date: '2026-05-02' },
      ],
      1,
      { count: 2, by: '2027-05-01' },
    ],
    [
      'thirty days left on the oldest are enough',
      [{ id: 'a', date: '2026-01-05' }],
      1,
      { count: 1, by: '2027-01-04' },
    ],
    [
      'twenty-nine are too few',
      [{ id: 'a', date: '2026-01-04' }],
      1,
      { count: 2, by: '2027-12-04' },
    ],
    [
      'every counted one about to go: as if none were counted',
      [
        { id: 'a', date: '2025-12-06' },
        { id: 'b', date: '2025-12-20' },
      ],
      1,
      { count: 3, by: '2027-12-04' },
    ],
  ])('%s', (_, conferences, missing, expected) => {
    expect(conferencesToAttend(conferences, asOf, missing)).toEqual(expected);
  });

  it('never gives a date sooner than the lead time', () => {
    for (let d = 1; d <= 365; d += 7) {
      const day = new Date(Date.UTC(2025, 11, 5 + d)).toISOString().slice(0, 10);
      const { by } = conferencesToAttend([{ id: 'x', date: day }], asOf, 1);
      expect(by >= '2027-01-04').toBe(true);
    }
  });
});
