/**
 * The words of the dashboard's week card: a day named with its year when the day alone would
 * be unclear (nextDayText, dayNeedsYear), in the user's locale; and the blocks missed this
 * week in the study week's word, "Missed" (missedWeekText).
 */
import { describe, expect, it } from 'vitest';
import { missedWeekText } from '../../../renderer/src/features/study/missed-words';
import { nextDayText } from '../../../renderer/src/features/study/time-words';

const MISSED_ONE =
  'Missed: 1 block this week (1 h), with no study logged for it. If you studied, log it; ' +
  'to make it up, move it to today or a later day.';

describe('nextDayText', () => {
  it.each([
    ['en-GB', '2026-12-08', '2026-12-02', 'Tue 8 Dec'],
    ['en-GB', '2027-01-05', '2026-12-02', 'Tue, 5 Jan 2027'],
    ['en-US', '2026-12-08', '2026-12-02', 'Tue, Dec 8'],
    ['en-US', '2027-01-05', '2026-12-02', 'Tue, Jan 5, 2027'],
    ['de-DE', '2027-01-05', '2026-12-02', 'Di., 5. Jan. 2027'],
    ['en-GB', '2027-12-21', '2027-01-04', 'Tue, 21 Dec 2027'],
    ['en-GB', '2027-07-06', '2027-01-06', 'Tue 6 Jul'],
  ])('%s: %s seen on %s', (locale, day, asOf, text) => {
    expect(nextDayText(day, asOf, locale)).toBe(text);
  });
});

describe('missedWeekText', () => {
  it.each([
    [{ blocks: 0, minutes: 0 }, null],
    [{ blocks: 1, minutes: 60 }, MISSED_ONE],
    [
      { blocks: 2, minutes: 90 },
      'Missed: 2 blocks this week (1 h 30 min), with no study logged for them. If you studied, ' +
        'log it; to make them up, move them to today or a later day.',
    ],
  ])('%o', (count, text) => {
    expect(missedWeekText(count)).toBe(text);
  });
});
