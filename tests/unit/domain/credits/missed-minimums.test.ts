// A yearly minimum whose year has ended below it can no longer be earned (domain-facts §3:
// PeopleCert's CPD route asks for 20 points in each of the 3 years, 5 of them from
// professional experience; §4: ISACA 20 CPE every calendar year). The screens say it was
// missed, apart from the gaps still open, and call the cycle behind rather than overdue
// while it still runs.
import { describe, expect, it } from 'vitest';
import {
  behindOnYearlyMinimum,
  isMissed,
  missedMinimums,
  openShortfalls,
  type Shortfall,
} from '../../../../shared/domain/credits';
import { activity, evaluate, givingBack, holding } from './fixtures';

// PRINCE2 Practitioner, exam 21 May 2024: renew by 21 May 2027; CPD years 21 May 2024 –
// 20 May 2025, 21 May 2025 – 20 May 2026, 21 May 2026 – 21 May 2027.
const practitioner = holding('prince2-practitioner', '2024-05-21');
const year1 = { start: '2024-05-21', end: '2025-05-20' };
const year3 = { start: '2026-05-21', end: '2027-05-21' };
// Year 1: 8 training + 2 practitioner (professional experience); year 2: 21 training + 5
// practitioner; year 3: nothing yet.
const log = [
  activity({ date: '2024-09-01', amount: 8 }),
  givingBack('2025-01-10', 'work-as-practitioner', 2),
  activity({ date: '2025-06-01', amount: 21 }),
  givingBack('2025-09-01', 'work-as-practitioner', 5),
];

describe('isMissed: a shortfall of a year that ended before today', () => {
  const annual = (period: { start: string; end: string }): Shortfall => ({
    code: 'ANNUAL_MIN',
    needed: 10,
    period,
  });
  it.each([
    ['the day after the year ended', annual(year1), '2025-05-21', true],
    ['the last day of the year (still open)', annual(year1), '2025-05-20', false],
    ['inside the year', annual(year1), '2024-12-31', false],
    ['a year to come', annual(year3), '2026-12-05', false],
    [
      'a shortfall with no year (the total)',
      { code: 'TOTAL', needed: 10 } as Shortfall,
      '2030-01-01',
      false,
    ],
  ])('%s: %s', (_, s, asOf, missed) => {
    expect(isMissed(s, asOf)).toBe(missed);
  });
});

describe('missedMinimums and openShortfalls on 5 Dec 2026', () => {
  const e = evaluate(practitioner, log, '2026-12-05');

  it('year 1 missed both minimums; year 2 met them; year 3 is still open', () => {
    expect(missedMinimums(e, '2026-12-05')).toEqual([
      { period: year1, category: null, minimum: 20, counted: 10, short: 10 },
      {
        period: year1,
        category: 'professional-experience',
        minimum: 5,
        counted: 2,
        short: 3,
      },
    ]);
    expect(openShortfalls(e.shortfalls, '2026-12-05')).toEqual([
      { code: 'TOTAL', needed: 24 },
      { code: 'ANNUAL_MIN', period: year3, needed: 20 },
      {
        code: 'ANNUAL_CATEGORY_MIN',
        period: year3,
        category: 'professional-experience',
        needed: 5,
      },
    ]);
  });

  it('a year with nothing counted: the minimum and none counted', () => {
    const empty = evaluate(practitioner, [], '2025-06-01');
    expect(missedMinimums(empty, '2025-06-01')).toEqual([
      { period: year1, category: null, minimum: 20, counted: 0, short: 20 },
      { period: year1, category: 'professional-experience', minimum: 5, counted: 0, short: 5 },
    ]);
  });

  it('the minimum follows the user’s own number for the year', () => {
    const own = {
      ...practitioner,
      rule: {
        ...practitioner.rule,
        periodic: {
          ...practitioner.rule.periodic!,
          min: { ...practitioner.rule.periodic!.min, value: 15 },
          categoryMins: [],
        },
      },
    };
    expect(missedMinimums(evaluate(own, log, '2026-12-05'), '2026-12-05')).toEqual([
      { period: year1, category: null, minimum: 15, counted: 10, short: 5 },
    ]);
  });

  it('nothing is missed while the first year still runs', () => {
    const early = evaluate(practitioner, log, '2025-05-20');
    expect(missedMinimums(early, '2025-05-20')).toEqual([]);
    expect(openShortfalls(early.shortfalls, '2025-05-20')).toEqual(early.shortfalls);
  });

  it('ISACA: a calendar year that ended short', () => {
    const cisa = holding('cisa', '2021-06-10');
    const ev = evaluate(cisa, [activity({ date: '2021-08-01', amount: 10 })], '2023-01-15');
    expect(missedMinimums(ev, '2023-01-15')).toEqual([
      {
        period: { start: '2021-06-10', end: '2022-12-31' },
        category: null,
        minimum: 20,
        counted: 10,
        short: 10,
      },
    ]);
  });
});

describe('behindOnYearlyMinimum: overdue because of a missed year, not because the cycle ended', () => {
  it.each([
    // The cycle runs; year 1 was missed: statusOf says overdue, the card says behind.
    ['a missed year while the cycle runs', log, '2026-12-05', 'overdue', true],
    // The last day of the cycle: still running.
    ['the renew-by day itself', log, '2027-05-21', 'overdue', true],
    // Past the renew-by date unrenewed: the certificate is not current (§3), overdue proper.
    ['past the renew-by date', log, '2027-05-22', 'overdue', false],
    // Year 1 still running: at risk (8 of the 10.5 a steady pace would have), never behind.
    ['inside the first year', log, '2024-12-01', 'at-risk', false],
  ] as const)('%s', (_, activities, asOf, status, behind) => {
    const ev = evaluate(practitioner, activities, asOf);
    expect([ev.status, behindOnYearlyMinimum(ev, asOf)]).toEqual([status, behind]);
  });
});
