/**
 * PeopleCert's renewal route is a fact of each cycle (domain-facts §3, B: a certificate is
 * renewed by the CPD route — a membership and 20 CPD points every 12 months for 3 years — or
 * by an exam, which sets a new renew-by date 3 years after it). A closed cycle is judged by
 * how it was renewed; the open cycle, and a last cycle that lapsed unrenewed, by the holder's
 * choice ("How you renew"). Choosing the exam route for the current cycle must not rewrite a
 * cycle already renewed by CPD, and the other way round.
 */
import { describe, expect, it } from 'vitest';
import {
  cyclesFor,
  type HeldWithRule,
  type Renewal,
  type RenewalRoute,
} from '../../../../shared/domain/credentials';
import * as credits from '../../../../shared/domain/credits';
import { evaluateCurrentCycle, evaluateCycles } from '../../../../shared/domain/credits';
import {
  closedCycleKey,
  summariseCurrent,
  summaryPlan,
} from '../../../../shared/domain/credits/ledger';
import * as requirement from '../../../../shared/domain/credits/requirement';
import { activity, givingBack, holding } from './fixtures';

const ASOF = '2025-08-01';

/** A credential with its renewals and, when given, the holder's route. */
function on(
  id: string,
  earnedDate: string,
  renewals: Renewal[],
  route?: RenewalRoute,
): HeldWithRule {
  const h = holding(id, earnedDate, renewals);
  return { ...h, credential: { ...h.credential, ...(route ? { renewalRoute: route } : {}) } };
}

/** What a cycle history row and the report read of a cycle. */
const figures = (e: ReturnType<typeof evaluateCycles>[number]) => ({
  cycle: e.cycleIndex + 1,
  status: e.status,
  total: e.requirement.total,
  annualMin: e.requirement.annualMin,
  counted: e.counted.total,
  met: e.met,
  shortfalls: e.shortfalls.length,
});

// PRINCE2 Practitioner passed 1 Mar 2020 (renew by 1 Mar 2023), renewed on 1 Mar 2023 by its
// CPD points: cycle 2 runs 2 Mar 2023 – 1 Mar 2026. Cycle 1 has 20 points a year, each year
// with 5 from professional experience: 65 counted of 60, met.
const CPD_RENEWED: Renewal[] = [{ date: '2023-03-01', method: 'credits' }];
const cpdLog = [
  activity({ date: '2020-09-01', amount: 15 }),
  givingBack('2020-10-01', 'work-as-practitioner', 5),
  activity({ date: '2021-09-01', amount: 15 }),
  givingBack('2021-10-01', 'work-as-practitioner', 5),
  activity({ date: '2022-09-01', amount: 20 }),
  givingBack('2022-10-01', 'work-as-practitioner', 5),
  activity({ date: '2023-09-01', amount: 8 }),
];
const closedByCpd = {
  cycle: 1,
  status: 'complete',
  total: 60,
  annualMin: 20,
  counted: 65,
  met: true,
  shortfalls: 0,
};

const history = (h: HeldWithRule, log = cpdLog, asOf = ASOF) =>
  evaluateCycles(h.rule, h.credential, log, asOf, { alsoHeld: [h] }).map(figures);

describe('a cycle renewed by CPD keeps its CPD requirement whatever the current route', () => {
  it.each<[RenewalRoute | undefined, ReturnType<typeof figures>]>([
    [
      undefined,
      {
        cycle: 2,
        status: 'overdue',
        total: 60,
        annualMin: 20,
        counted: 8,
        met: false,
        shortfalls: 7,
      },
    ],
    [
      'cpd',
      {
        cycle: 2,
        status: 'overdue',
        total: 60,
        annualMin: 20,
        counted: 8,
        met: false,
        shortfalls: 7,
      },
    ],
    // The exam route asks the current cycle for no CPD; its points still count.
    [
      'exam',
      {
        cycle: 2,
        status: 'renew-by-exam',
        total: null,
        annualMin: null,
        counted: 8,
        met: false,
        shortfalls: 0,
      },
    ],
  ])('current route %s', (route, current) => {
    const h = on('prince2-practitioner', '2020-03-01', CPD_RENEWED, route);
    expect(history(h)).toEqual([closedByCpd, current]);
  });

  it('the closed cycle’s whole evaluation is the same on both routes', () => {
    const cycle1 = (route: RenewalRoute) => {
      const h = on('prince2-practitioner', '2020-03-01', CPD_RENEWED, route);
      const [first] = evaluateCycles(h.rule, h.credential, cpdLog, ASOF, { alsoHeld: [h] });
      return { ...first!, activities: first!.activities };
    };
    expect(cycle1('exam')).toEqual(cycle1('cpd'));
  });
});

describe('a cycle renewed by an exam asks for no CPD, even when the current route is CPD', () => {
  // PRINCE2 Practitioner passed 1 Mar 2020, renewed by passing it again on 1 Jun 2022 (before
  // its renew-by date): cycle 1 counts to 31 May 2022; cycle 2 runs 1 Jun 2022 – 1 Jun 2025.
  const log = [
    activity({ date: '2020-09-01', amount: 10 }),
    activity({ date: '2022-09-01', amount: 4 }),
  ];
  const asOf = '2024-08-01';
  const closedByExam = {
    cycle: 1,
    status: 'renewed',
    total: null,
    annualMin: null,
    counted: 10,
    met: false,
    shortfalls: 0,
  };
  const currentCpd = {
    cycle: 2,
    status: 'overdue',
    total: 60,
    annualMin: 20,
    counted: 4,
    met: false,
    shortfalls: 7,
  };

  it.each<[string, Renewal[], RenewalRoute | undefined]>([
    ['a recorded exam, no route chosen', [{ date: '2022-06-01', method: 'exam' }], undefined],
    ['a recorded exam, CPD route', [{ date: '2022-06-01', method: 'exam' }], 'cpd'],
  ])('%s', (_, renewals, route) => {
    const h = on('prince2-practitioner', '2020-03-01', renewals, route);
    expect(history(h, log, asOf)).toEqual([closedByExam, currentCpd]);
  });

  it('another exam of the suite (PRINCE2 Agile passed 1 Jun 2022) renews it the same way', () => {
    const h = on('prince2-practitioner', '2020-03-01', [], 'cpd');
    const agile = holding('prince2-agile', '2022-06-01');
    const context = { alsoHeld: [h, agile] };
    const got = evaluateCycles(h.rule, h.credential, log, asOf, context).map(figures);
    expect(got).toEqual([closedByExam, currentCpd]);
  });
});

describe('a renewal recorded without a method (older data) keeps the holder’s route', () => {
  it.each<[RenewalRoute | undefined, number | null, string]>([
    [undefined, 60, 'complete'],
    ['cpd', 60, 'complete'],
    // As before routes were per cycle: the holder's choice applies to that cycle too.
    ['exam', null, 'renewed'],
  ])('route %s: cycle 1 asks for %s', (route, total, status) => {
    const h = on('prince2-practitioner', '2020-03-01', [{ date: '2023-03-01' }], route);
    expect(history(h)[0]).toMatchObject({ cycle: 1, total, status });
  });
});

describe('a last cycle that lapsed unrenewed follows the holder’s route', () => {
  it.each<[RenewalRoute, number | null]>([
    ['cpd', 60],
    ['exam', null],
  ])('%s route: the lapsed cycle asks for %s', (route, total) => {
    const h = on('prince2-practitioner', '2020-03-01', [], route);
    expect(history(h)).toEqual([expect.objectContaining({ cycle: 1, status: 'overdue', total })]);
  });
});

describe('cycleRouteOf: the route a cycle is judged by', () => {
  const cycle = (renewedOn: string | null, renewalMethod: 'credits' | 'exam' | null) => ({
    renewedOn,
    renewalMethod,
  });
  it.each<
    [string, string, Renewal[], RenewalRoute | undefined, ReturnType<typeof cycle>, RenewalRoute]
  >([
    ['open cycle, exam chosen', 'prince2-practitioner', [], 'exam', cycle(null, null), 'exam'],
    ['open cycle, nothing chosen', 'prince2-practitioner', [], undefined, cycle(null, null), 'cpd'],
    [
      'renewed by credits, exam chosen',
      'prince2-practitioner',
      CPD_RENEWED,
      'exam',
      cycle('2023-03-01', 'credits'),
      'cpd',
    ],
    [
      'renewed by exam, CPD chosen',
      'prince2-foundation',
      [{ date: '2024-05-01', method: 'exam' }],
      'cpd',
      cycle('2024-05-01', 'exam'),
      'exam',
    ],
    // A suite exam is not among the renewals recorded on this certificate.
    [
      'renewed by a suite exam',
      'prince2-practitioner',
      [],
      'cpd',
      cycle('2024-05-01', 'exam'),
      'exam',
    ],
    [
      'renewed with no method, exam chosen',
      'prince2-practitioner',
      [{ date: '2023-03-01' }],
      'exam',
      cycle('2023-03-01', 'credits'),
      'exam',
    ],
    // Other bodies have one way to renew.
    ['PMP, exam chosen', 'pmp', [], 'exam', cycle(null, null), 'cpd'],
    ['CISA renewed, exam chosen', 'cisa', [], 'exam', cycle('2023-12-31', 'credits'), 'cpd'],
  ])('%s: %s', (_, id, renewals, route, c, expected) => {
    const h = on(id, '2020-03-01', renewals, route);
    expect(credits.cycleRouteOf(h.rule, h.credential, c)).toBe(expected);
  });
});

describe('credentials with one way to renew are unchanged', () => {
  // PMP earned 15 Jan 2018, renewed 10 Jan 2021 and 5 Jan 2024; CISA earned 2019; a stray
  // route on them changes nothing.
  const pmpLog = [
    activity({ date: '2019-06-01', amount: 30 }),
    activity({ date: '2022-06-01', amount: 12 }),
  ];
  it.each<[string, string, Renewal[]]>([
    [
      'pmp',
      '2018-01-15',
      [
        { date: '2021-01-10', method: 'credits' },
        { date: '2024-01-05', method: 'credits' },
      ],
    ],
    ['cisa', '2019-05-01', [{ date: '2022-12-01', method: 'credits' }]],
  ])(
    '%s: every cycle the same with or without a route, one requirement for all',
    (id, earned, renewals) => {
      const plain = on(id, earned, renewals);
      const stray = on(id, earned, renewals, 'exam');
      const all = (h: HeldWithRule) =>
        evaluateCycles(h.rule, h.credential, pmpLog, ASOF, { alsoHeld: [h] }).map((e) => ({
          ...e,
          activities: e.activities,
        }));
      expect(all(stray)).toEqual(all(plain));
      expect(all(plain).length).toBeGreaterThan(1);
      // Worked out once and reused for every cycle (no per-cycle cost).
      const reqOf = requirement.cycleRequirements(stray.rule, stray.credential, ASOF);
      const cycles = cyclesFor(stray.credential, stray.rule, ASOF);
      expect(new Set(cycles.map(reqOf)).size).toBe(1);
      expect(reqOf(cycles[0]!).route).toBe('cpd');
    },
  );

  it('a PeopleCert credential works out one requirement per route, not per cycle', () => {
    const h = on(
      'prince2-practitioner',
      '2017-03-01',
      [
        { date: '2020-03-01', method: 'credits' },
        { date: '2023-03-01', method: 'credits' },
      ],
      'exam',
    );
    const reqOf = requirement.cycleRequirements(h.rule, h.credential, ASOF);
    const reqs = cyclesFor(h.credential, h.rule, ASOF).map(reqOf);
    expect(reqs.map((r) => [r.route, r.total])).toEqual([
      ['cpd', 240],
      ['cpd', 240],
      ['exam', null],
    ]);
    expect(reqs[0]).toBe(reqs[1]);
  });
});

describe('the ledger judges each cycle on its route', () => {
  it('a closed cycle’s key differs by route', () => {
    const h = on('prince2-practitioner', '2020-03-01', CPD_RENEWED);
    const [closed] = cyclesFor(h.credential, h.rule, ASOF);
    const req = requirement.requirementFor(h.rule, h.credential, ASOF);
    // Only the route differs: the key must still tell the two apart.
    expect(closedCycleKey(h, closed!, { ...req, route: 'exam' })).not.toBe(
      closedCycleKey(h, closed!, req),
    );
  });

  it.each<[string, HeldWithRule, readonly HeldWithRule[], string, RenewalRoute]>([
    [
      'closed by CPD, exam chosen',
      on('prince2-practitioner', '2020-03-01', CPD_RENEWED, 'exam'),
      [],
      ASOF,
      'exam',
    ],
    [
      'closed by exam, CPD chosen',
      on('prince2-practitioner', '2020-03-01', [{ date: '2022-06-01', method: 'exam' }], 'cpd'),
      [],
      '2024-08-01',
      'cpd',
    ],
    // Cycle 2 (to 1 Mar 2026) already renewed by its CPD on 1 Jun 2025: the exam route chosen
    // is for the next cycle, and cycle 2 is judged by the CPD it was renewed by.
    [
      'current cycle renewed early by CPD, exam chosen',
      on(
        'prince2-practitioner',
        '2020-03-01',
        [...CPD_RENEWED, { date: '2025-06-01', method: 'credits' }],
        'exam',
      ),
      [],
      ASOF,
      'cpd',
    ],
  ])(
    '%s: the plan is on the current cycle’s route and equals the full evaluation',
    (_, h, others, asOf, route) => {
      const context = { alsoHeld: [h, ...others] };
      const plan = summaryPlan(h, asOf, context, []);
      expect(plan.req.route).toBe(route);
      const { evaluation } = summariseCurrent(plan, cpdLog, asOf, context);
      const full = evaluateCurrentCycle(h.rule, h.credential, cpdLog, asOf, context);
      expect(evaluation && { ...evaluation, activities: [] }).toEqual(
        full && { ...full, activities: [] },
      );
    },
  );
});
