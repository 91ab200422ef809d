// The year running inside a cycle with yearly minimums is a nearer deadline than the cycle's
// end (shared/domain/credits/year-pace.ts). ISACA asks for at least 20 CPE hours every
// calendar year and 120 over the fixed 3-year period (domain-facts §4); PeopleCert's CPD
// route, 20 CPD points every 12 months for 3 years, 5 of them from professional experience
// (§3). A year ending below its minimum makes the cycle overdue, so while it runs the cycle is
// at risk when that year is behind its own steady pace, and its pace is the faster of the
// cycle's and the one meeting the year by its last day. Every figure worked out by hand.
import { describe, expect, it } from 'vitest';
import { summariseCurrent, summaryPlan } from '../../../../shared/domain/credits/ledger';
import { carriedToDay } from '../../../../shared/domain/credits/ledger-update';
import { yearDueOn } from '../../../../shared/domain/credits/pace';
import {
  yearBehind,
  yearExpectedByNow,
  yearGap,
  yearOn,
} from '../../../../shared/domain/credits/year-pace';
import { activity, course, evaluate, givingBack, holding } from './fixtures';

// CISA earned 10 Jun 2025: fixed period 10 Jun 2025 – 31 Dec 2028 (1 096 + 1 = 1 301 days);
// years 10 Jun 2025 – 31 Dec 2026, 2027, 2028 (a leap year, the cycle's last day).
const cisa = holding('cisa', '2025-06-10');
const cisaYear2 = { start: '2027-01-01', end: '2027-12-31' };
const cisaYear3 = { start: '2028-01-01', end: '2028-12-31' };
// PRINCE2 Practitioner on the CPD route, exam 1 Jun 2024: renew by 1 Jun 2027; CPD years
// 1 Jun 2024 – 31 May 2025, 1 Jun 2025 – 31 May 2026, 1 Jun 2026 – 1 Jun 2027 (1 096 days).
const prince2 = holding('prince2-practitioner', '2024-06-01');
const p2Year2 = { start: '2025-06-01', end: '2026-05-31' };

const cisaLog = (year1: number, year2: number) => [
  activity({ date: '2026-03-01', amount: year1 }),
  ...(year2 > 0 ? [activity({ date: '2027-01-15', amount: year2 })] : []),
];
// Year 1 meets both PeopleCert minimums (5 as a practitioner); year 2 holds `year2` training.
const p2Log = (year1: number, year2: number) => [
  activity({ date: '2024-09-01', amount: year1 }),
  givingBack('2025-02-01', 'work-as-practitioner', 5),
  ...(year2 > 0 ? [activity({ date: '2025-09-01', amount: year2 })] : []),
];

describe('yearOn, yearExpectedByNow, yearGap', () => {
  it.each([
    // asOf, the year running, the year's steady pace in quarter hours (20 CPEs = 80)
    ['2026-12-31', null, 0], // the day before the year starts: nothing asked of it yet
    ['2027-01-01', cisaYear2, 0], // 20 × 1 / 365 = 0.05, rounded down
    ['2027-01-19', cisaYear2, 4], // 20 × 19 / 365 = 1.04 → 1
    ['2027-12-12', cisaYear2, 75], // 20 × 346 / 365 = 18.96 → 18.75
    ['2027-12-31', cisaYear2, 80], // the year's last day: the whole minimum
  ] as const)('on %s', (asOf, year, steady) => {
    expect(yearOn([cisaYear2, cisaYear3], asOf)).toEqual(year);
    expect(yearExpectedByNow(80, cisaYear2, asOf)).toBe(steady);
  });

  it('the year still needs its largest gap; a later year’s gap is not this year’s', () => {
    const shortfalls = [
      { code: 'TOTAL', needed: 200 },
      { code: 'ANNUAL_MIN', needed: 30, period: p2Year2 },
      { code: 'ANNUAL_CATEGORY_MIN', needed: 20, period: p2Year2 },
      { code: 'ANNUAL_MIN', needed: 80, period: { start: '2026-06-01', end: '2027-06-01' } },
    ];
    expect(yearGap(shortfalls, p2Year2)).toBe(30);
    expect(yearGap(shortfalls.slice(2), p2Year2)).toBe(20);
    // Behind: 80 − 30 = 50 quarter hours counted by 1 Apr 2026, below 20 × 305 / 365 = 16.71
    // → 16.5 hours (66 quarter hours).
    expect(yearBehind(80, [p2Year2], shortfalls, '2026-04-01')).toBe(true);
    // On 1 Jan 2026 the steady pace is 20 × 215 / 365 = 11.78 → 11.75 hours (47): 50 is enough.
    expect(yearBehind(80, [p2Year2], shortfalls, '2026-01-01')).toBe(false);
    expect(yearBehind(null, [p2Year2], shortfalls, '2026-04-01')).toBe(false);
  });
});

describe('status and pace of a cycle with yearly minimums', () => {
  it.each([
    {
      name: 'ISACA, total met in year 1, year 2 empty 20 days before its end',
      h: cisa,
      log: cisaLog(130, 0),
      asOf: '2027-12-12',
      // Not complete: years 2 and 3 are below their minimum. At risk: 0 < 18.75.
      status: 'at-risk',
      met: false,
      remaining: 40,
      // Cycle: 40 over 386 days (3.16, 0.73); year 2: 20 over 20 days.
      pace: { perMonth: 30.44, perWeek: 7 },
    },
    {
      name: 'ISACA, total met, year 2 empty on its first day',
      h: cisa,
      log: cisaLog(130, 0),
      asOf: '2027-01-01',
      // Year 2's steady pace is 0 on its first day: nothing is behind yet.
      status: 'on-track',
      met: false,
      remaining: 40,
      // Cycle: 40 over 731 days (1.67, 0.39); year 2: 20 over 365 days (1.67, 0.39).
      pace: { perMonth: 1.67, perWeek: 0.39 },
    },
    {
      name: 'ISACA, total on pace, year 2 behind on 30 Sep 2027',
      h: cisa,
      log: cisaLog(85, 5),
      asOf: '2027-09-30',
      // Total 90 ≥ 120 × 843 / 1 301 = 77.75 (the old rule said on track); year 2 counted 5,
      // below 20 × 273 / 365 = 14.96 → 14.75.
      status: 'at-risk',
      met: false,
      remaining: 35,
      // Cycle: max(120 − 90, 15 + 20) = 35 over 459 days (2.33, 0.54); year 2: 15 over 93.
      pace: { perMonth: 4.91, perWeek: 1.13 },
    },
    {
      name: 'ISACA, year 2 on pace on 30 Sep 2027',
      h: cisa,
      log: cisaLog(85, 15),
      asOf: '2027-09-30',
      status: 'on-track',
      met: false,
      remaining: 25,
      // Cycle: max(20, 5 + 20) = 25 over 459 days (1.66, 0.39) — above year 2's 5 over 93
      // days (1.64, 0.38).
      pace: { perMonth: 1.66, perWeek: 0.39 },
    },
    {
      name: 'PeopleCert CPD route, total met in year 1, year 2 empty 20 days before its end',
      h: prince2,
      log: p2Log(60, 0),
      asOf: '2026-05-12',
      status: 'at-risk',
      met: false,
      // Years 2 and 3 each need 20 (5 of them as a practitioner: the larger gap is 20).
      remaining: 40,
      // Cycle: 40 over 386 days (3.16, 0.73); year 2: 20 over 20 days.
      pace: { perMonth: 30.44, perWeek: 7 },
    },
    {
      name: 'PeopleCert CPD route, total on pace, year 2 behind on 31 Jan 2026',
      h: prince2,
      log: p2Log(30, 2),
      asOf: '2026-01-31',
      // Total 37 ≥ 60 × 610 / 1 096 = 33.39 → 33.25; year 2: 2 < 20 × 245 / 365 = 13.42 → 13.25.
      status: 'at-risk',
      met: false,
      // max(60 − 37, 18 + 20) = 38.
      remaining: 38,
      // Cycle: 38 over 487 days (2.38, 0.55); year 2: 18 over 121 days (4.53, 1.05).
      pace: { perMonth: 4.53, perWeek: 1.05 },
    },
    {
      name: 'PeopleCert CPD route, year 2 on pace on 31 Jan 2026',
      h: prince2,
      log: p2Log(30, 15),
      asOf: '2026-01-31',
      status: 'on-track',
      met: false,
      // max(60 − 50, 5 + 20) = 25 (year 2 still needs 5 as a practitioner).
      remaining: 25,
      // Cycle: 25 over 487 days (1.57, 0.36) — above year 2's 5 over 121 days (1.26, 0.29).
      pace: { perMonth: 1.57, perWeek: 0.36 },
    },
  ] as const)('$name: $status', ({ h, log, asOf, status, met, remaining, pace }) => {
    const e = evaluate(h, log, asOf);
    expect({ status: e.status, met: e.met, remaining: e.remaining, pace: e.pace }).toEqual({
      status,
      met,
      remaining,
      pace,
    });
  });

  it('a cycle not started yet asks nothing of its first year now', () => {
    // CISA renewed on 1 Oct 2028: its next fixed period, 2029 – 2031, seen that day (its own
    // years have not started).
    const renewed = holding('cisa', '2025-06-10', [{ date: '2028-10-01' }]);
    const next = evaluate(renewed, cisaLog(130, 0), '2028-10-01', 1);
    expect([next.start, next.status, next.remaining, next.pace]).toEqual([
      '2029-01-01',
      'on-track',
      120,
      // 120 over the 1 095 days from its start: 3.34 a month, 0.77 a week.
      { perMonth: 3.34, perWeek: 0.77 },
    ]);
    expect(yearDueOn(next, '2028-10-01')).toBeNull();
  });

  it('PMI, without yearly minimums, is judged on the total alone', () => {
    // PMP earned 15 Jan 2025, 8 PDUs: 22 Nov 2026 is day 677 of 1 095, 60 × 677 / 1 095 =
    // 37.1 → 37 expected; 52 PDUs left over 419 days.
    const pmp = holding('pmp', '2025-01-15');
    const log = [course('2025-03-10', { waysOfWorking: 5, powerSkills: 2, businessAcumen: 1 })];
    const e = evaluate(pmp, log, '2026-11-22');
    expect([e.status, e.expectedByNow, e.remaining, e.pace]).toEqual([
      'at-risk',
      37,
      52,
      { perMonth: 3.78, perWeek: 0.87 },
    ]);
    expect(yearDueOn(e, '2026-11-22')).toBeNull();
  });
});

describe('yearDueOn: the year the screens name', () => {
  it.each([
    // 20 days before year 2 ends, its pace shown: at risk because of it.
    ['2027-12-12', cisaLog(130, 0), { end: '2027-12-31', needed: 20, behind: true, paced: true }],
    // Year 2 on pace: named (it still needs 5) but neither behind nor setting the pace.
    ['2027-09-30', cisaLog(85, 15), { end: '2027-12-31', needed: 5, behind: false, paced: false }],
    // The last year ends on the cycle's last day: named only when it is all that is due (20
    // of a total already met; not with 30 of the total still due that day).
    ['2028-06-01', cisaLog(130, 20), { end: '2028-12-31', needed: 20, behind: true, paced: false }],
    ['2028-06-01', cisaLog(70, 20), null],
  ] as const)('on %s', (asOf, log, due) => {
    expect(yearDueOn(evaluate(cisa, log, asOf), asOf)).toEqual(due);
  });
});

describe('kept figures carried to a later day read the year as judging again does', () => {
  it('on track on 1 Nov 2027, at risk by 1 Dec 2027 with nothing logged between', () => {
    // Year 2 holds 17: 20 × 305 / 365 = 16.71 → 16.5 on 1 Nov; 20 × 335 / 365 = 18.36 → 18.25
    // on 1 Dec.
    const log = cisaLog(130, 17);
    const context = { alsoHeld: [cisa] };
    const on = (day: string) =>
      summariseCurrent(summaryPlan(cisa, day, context, []), log, day, context).evaluation!;
    const kept = on('2027-11-01');
    const plan = summaryPlan(cisa, '2027-12-01', context, []);
    const moved = carriedToDay(kept, '2027-11-01', plan, '2027-12-01', []);
    expect([kept.status, moved?.status, moved?.pace]).toEqual([
      'on-track',
      'at-risk',
      // Year 2: 3 over 31 days (2.95, 0.68); the cycle: 23 over 397 days (1.77, 0.41).
      { perMonth: 2.95, perWeek: 0.68 },
    ]);
    expect(moved).toEqual(on('2027-12-01'));
  });
});
