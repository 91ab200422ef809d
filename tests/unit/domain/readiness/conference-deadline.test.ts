// By when the missing conferences of a "conferences a year" requirement should be attended.
// The requirement counts the last 12 months ending today (records.ts, lastTwelveMonthsFrom;
// README Decisions), so the deadline keeps every conference counted today in that window.
import { describe, expect, it } from 'vitest';
import {
  conferencesDueBy,
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

describe('conferencesDueBy', () => {
  const asOf = '2026-12-05';
  it.each([
    ['none attended: twelve months from today', [], '2027-12-04'],
    [
      'the oldest counted one sets it',
      [
        { id: 'a', date: '2026-03-14' },
        { id: 'b', date: '2026-09-01' },
      ],
      '2027-03-13',
    ],
    [
      'older than 12 months and future ones do not count',
      [
        { id: 'old', date: '2025-11-30' },
        { id: 'booked', date: '2027-02-01' },
        { id: 'b', date: '2026-06-20' },
      ],
      '2027-06-19',
    ],
    ['one attended today', [{ id: 'a', date: '2026-12-05' }], '2027-12-04'],
  ])('%s', (_, conferences, due) => {
    expect(conferencesDueBy(conferences, asOf)).toBe(due);
  });
});
