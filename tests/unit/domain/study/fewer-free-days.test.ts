import { describe, expect, it } from 'vitest';
import { planStudy, type PlannerInput } from '../../../../shared/domain/study';

// Ascent decision (study review; planner.ts, fewerFreeDays): a plan that does not fit is told
// how many of its free days before the deadline to keep instead, when studying on the others
// at their usual time would make it fit. Today is Monday 7 Dec 2026; the exam is on Saturday
// 12 Dec; two free days (Thu 10, Fri 11) leave Mon 7 to Wed 9 to study, 2 h a day.
const input: PlannerInput = {
  minutesNeeded: 0,
  from: '2026-12-07',
  deadline: '2026-12-12',
  bufferDays: 2,
  availability: { mon: 2, tue: 2, wed: 2, thu: 2, fri: 1, sat: 2, sun: 2 },
  blackouts: [],
  sessionMinutes: 60,
  dayStart: '18:00',
  asOf: '2026-12-07',
};

describe('fewer free days before the exam, as a fix', () => {
  it.each<[string, Partial<PlannerInput>, { keep: number; now: number } | null]>([
    [
      '1 h short: Thursday 10 given back is enough, Friday stays free',
      { minutesNeeded: 7 * 60 },
      { keep: 1, now: 2 },
    ],
    [
      '3 h short: both free days are needed (Thu 2 h + Fri 1 h)',
      { minutesNeeded: 9 * 60 },
      { keep: 0, now: 2 },
    ],
    ['4 h short: even no free days is not enough', { minutesNeeded: 10 * 60 }, null],
    ['no free days kept: nothing to give back', { minutesNeeded: 10 * 60, bufferDays: 0 }, null],
    [
      'a free day that is a day with no study gives nothing',
      { minutesNeeded: 8 * 60, blackouts: ['2026-12-10'] },
      null,
    ],
    [
      'a free day the user holds a block on gives only what is left (Thu 1 h + Fri 1 h)',
      { minutesNeeded: 9 * 60, fixed: [{ date: '2026-12-10', start: '10:00', minutes: 60 }] },
      { keep: 0, now: 2 },
    ],
    [
      'the exam the day after tomorrow: no study day is left, both free days give one back',
      { minutesNeeded: 3 * 60, deadline: '2026-12-09' },
      { keep: 0, now: 2 },
    ],
    [
      'the exam tomorrow: a free day already gone gives nothing (today 2 h)',
      { minutesNeeded: 2 * 60, deadline: '2026-12-08' },
      { keep: 0, now: 2 },
    ],
    [
      'the exam tomorrow, 3 h needed: today alone is not enough',
      { minutesNeeded: 3 * 60, deadline: '2026-12-08' },
      null,
    ],
  ])('%s', (_, over, expected) => {
    const r = planStudy({ ...input, ...over });
    expect(r.fits).toBe(false);
    expect(r.options?.fewerFreeDays).toEqual(expected);
  });

  it('a plan that fits has no fixes at all', () => {
    expect(planStudy({ ...input, minutesNeeded: 6 * 60 }).options).toBeNull();
  });
});
