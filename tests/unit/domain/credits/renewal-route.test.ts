/**
 * How a PeopleCert certificate is renewed (domain-facts §3, B): by CPD points (a membership
 * and 20 a year for 3 years) or by an exam (this one again, or another in the suite) by the
 * renew-by date. On the exam route the cycle asks for no CPD — no total, no yearly minimum, no
 * pace, no "behind" — while its activities still count and are listed; past the renew-by date
 * unrenewed the certificate is "not current" as on the CPD route.
 */
import { describe, expect, it } from 'vitest';
import {
  credentialStatus,
  cycleOn,
  cyclesFor,
  validateHeldCredential,
  type HeldCredential,
  type HeldWithRule,
  type RenewalRoute,
} from '../../../../shared/domain/credentials';
import {
  behindOnYearlyMinimum,
  evaluateCurrentCycle,
  offersRenewalRoute,
  renewalRouteOf,
} from '../../../../shared/domain/credits';
import { summariseCurrent, summaryPlan } from '../../../../shared/domain/credits/ledger';
import { statusOf } from '../../../../shared/domain/credits/pace';
import { requirementFor } from '../../../../shared/domain/credits/requirement';
import { activity, evaluate, givingBack, held, holding, rule } from './fixtures';

// PRINCE2 Practitioner passed 1 Jun 2024: renew by 1 Jun 2027 (exam + 3 years, §3); CPD years
// 1 Jun 2024 – 31 May 2025, 1 Jun 2025 – 31 May 2026, 1 Jun 2026 – 1 Jun 2027.
const EARNED = '2024-06-01';
const RENEW_BY = '2027-06-01';
const on = (route?: RenewalRoute): HeldWithRule => {
  const h = holding('prince2-practitioner', EARNED);
  return { ...h, credential: { ...h.credential, ...(route ? { renewalRoute: route } : {}) } };
};
// 10 CPD points in the first year, none from professional experience: year 1 ends short.
const log = [activity({ date: '2024-09-01', amount: 10 })];

describe('renewalRouteOf: the route a held credential is judged by', () => {
  it.each<[string, RenewalRoute | undefined, RenewalRoute]>([
    ['prince2-practitioner', undefined, 'cpd'],
    ['prince2-practitioner', 'cpd', 'cpd'],
    ['prince2-practitioner', 'exam', 'exam'],
    ['prince2-foundation', 'exam', 'exam'],
    // Other bodies have one way to renew: a stray choice changes nothing.
    ['pmp', 'exam', 'cpd'],
    ['cisa', 'exam', 'cpd'],
  ])('%s with %s: %s', (id, route, expected) => {
    const r = rule(id);
    expect(renewalRouteOf(r, { renewalRoute: route })).toBe(expected);
    expect(offersRenewalRoute(r)).toBe(id.startsWith('prince2'));
  });
});

describe('requirementFor with each route', () => {
  it.each([
    // route, total (quarter hours), yearly minimum, yearly category minimums, route read
    [undefined, 240, 80, [['professional-experience', 20]], 'cpd'],
    ['cpd', 240, 80, [['professional-experience', 20]], 'cpd'],
    ['exam', null, null, [], 'exam'],
  ] as const)('%s route: total %s, yearly %s', (route, total, annual, categoryMins, read) => {
    const h = on(route);
    const req = requirementFor(h.rule, h.credential, '2025-08-01');
    expect([req.total, req.annualMin, [...req.annualCategoryMins], req.route]).toEqual([
      total,
      annual,
      categoryMins,
      read,
    ]);
    expect(req.unknowns).toEqual([]);
  });
});

describe('the cycle on each route', () => {
  const none = { perMonth: 0, perWeek: 0 };
  it.each([
    // route, asOf, status, number of shortfalls, remaining, pace, deadline
    [undefined, '2025-08-01', 'overdue', 7, 50, { perMonth: 2.28, perWeek: 0.53 }, RENEW_BY],
    ['cpd', '2025-08-01', 'overdue', 7, 50, { perMonth: 2.28, perWeek: 0.53 }, RENEW_BY],
    ['exam', '2025-08-01', 'renew-by-exam', 0, 0, none, RENEW_BY],
    // Year 1 still needs 10 by 31 May 2025, 182 days to act: 10 × 30.4375 / 182 = 1.68 a
    // month, above the cycle's 50 over 913 days (1.67), which would leave year 1 short
    // (year-pace.ts, rule 2).
    ['cpd', '2024-12-01', 'on-track', 7, 50, { perMonth: 1.68, perWeek: 0.39 }, RENEW_BY],
    ['exam', '2024-12-01', 'renew-by-exam', 0, 0, none, RENEW_BY],
    // The renew-by date itself is the last day to pass the exam.
    ['exam', RENEW_BY, 'renew-by-exam', 0, 0, none, RENEW_BY],
    // The day after, unrenewed: not current on both routes (§3), no deadline left.
    ['exam', '2027-06-02', 'overdue', 0, 0, none, null],
    ['cpd', '2027-06-02', 'overdue', 7, 50, null, null],
  ] as const)(
    '%s route on %s: %s',
    (route, asOf, status, shortfalls, remaining, pace, deadline) => {
      const e = evaluate(on(route), log, asOf);
      expect({
        status: e.status,
        shortfalls: e.shortfalls.length,
        remaining: e.remaining,
        pace: e.pace,
        deadline: e.deadline,
      }).toEqual({ status, shortfalls, remaining, pace, deadline });
    },
  );

  it('the exam route still counts and lists the CPD logged, with no requirement', () => {
    const withExperience = [...log, givingBack('2025-02-01', 'work-as-practitioner', 5)];
    const e = evaluate(on('exam'), withExperience, '2025-08-01');
    expect(e.counted.total).toBe(15);
    expect(e.activities.map((a) => a.outcome)).toEqual(['counts', 'counts']);
    expect(e.periods.map((p) => p.counted)).toEqual([15, 0, 0]);
    expect([e.requirement.total, e.requirement.annualMin, e.expectedByNow, e.met]).toEqual([
      null,
      null,
      0,
      false,
    ]);
    expect(behindOnYearlyMinimum(e, '2025-08-01')).toBe(false);
    // The CPD route, with the same log, is behind.
    expect(
      behindOnYearlyMinimum(evaluate(on('cpd'), withExperience, '2025-08-01'), '2025-08-01'),
    ).toBe(true);
  });

  it('past the renew-by date unrenewed, the certificate is not current on both routes', () => {
    for (const route of ['cpd', 'exam'] as const) {
      const h = on(route);
      expect(credentialStatus(h.credential, h.rule, '2027-06-02')).toBe('not-current');
      expect(credentialStatus(h.credential, h.rule, RENEW_BY)).toBe('active');
    }
  });

  it('an exam in the suite renews it: the old cycle reads renewed, the new one runs to exam + 3 years', () => {
    const practitioner = on('exam');
    const agile = holding('prince2-agile', '2026-01-10');
    const alsoHeld = [practitioner, agile];
    const old = evaluate(practitioner, log, '2026-02-01', 0, alsoHeld);
    const next = evaluate(practitioner, log, '2026-02-01', 1, alsoHeld);
    expect(old.status).toBe('renewed');
    expect([next.status, next.start, next.deadline]).toEqual([
      'renew-by-exam',
      '2026-01-10',
      '2029-01-10',
    ]);
  });

  it('the ledger’s figures equal the full evaluation on the exam route', () => {
    const h = on('exam');
    const context = { alsoHeld: [h] };
    for (const asOf of ['2024-12-01', '2025-08-01', RENEW_BY, '2027-06-02']) {
      const plan = summaryPlan(h, asOf, context, []);
      const { evaluation } = summariseCurrent(plan, log, asOf, context);
      const full = evaluateCurrentCycle(h.rule, h.credential, log, asOf, context);
      expect(evaluation && { ...evaluation, activities: [] }).toEqual(
        full && { ...full, activities: [] },
      );
    }
  });
});

describe('statusOf reads the route', () => {
  const h = on('exam');
  const cycleAt = (asOf: string) => cycleOn(cyclesFor(h.credential, h.rule, asOf), asOf)!;
  const status = (route: RenewalRoute, asOf: string, met = false) =>
    statusOf({
      cycle: cycleAt(asOf),
      req: requirementFor(h.rule, { ...h.credential, renewalRoute: route }, asOf),
      asOf,
      met,
      counted: 0,
      shortfalls: [],
      lifetime: false,
    });
  it.each([
    ['exam', '2024-06-01', 'renew-by-exam'],
    ['exam', '2027-06-02', 'overdue'],
    ['cpd', '2024-06-01', 'on-track'],
    ['cpd', '2025-08-01', 'at-risk'],
    ['cpd', '2027-06-02', 'overdue'],
  ] as const)('%s route on %s: %s', (route, asOf, expected) => {
    expect(status(route, asOf)).toBe(expected);
  });
});

describe('validateHeldCredential: the renewal route', () => {
  const base: HeldCredential = held('prince2-practitioner', EARNED);
  it.each([undefined, 'cpd', 'exam'] as const)('accepts %s', (renewalRoute) => {
    expect(
      validateHeldCredential({ ...base, ...(renewalRoute ? { renewalRoute } : {}) }, '2025-08-01'),
    ).toEqual([]);
  });
  it.each(['membership', '', null, 1])('refuses %o', (renewalRoute) => {
    expect(
      validateHeldCredential(
        { ...base, renewalRoute: renewalRoute as unknown as RenewalRoute },
        '2025-08-01',
      ),
    ).toEqual([{ field: 'renewalRoute', code: 'UNKNOWN_VALUE' }]);
  });
});
