import { describe, expect, it } from 'vitest';
import { customCredentialRule } from '../../../../shared/catalog/credentials';
import { credentialStatus, type HeldWithRule } from '../../../../shared/domain/credentials';
import { applyActivity, categoriesWithoutCredit } from '../../../../shared/domain/credits';
import { activity, evaluate, givingBack, held, holding } from './fixtures';

describe('IIBA: 60 CDUs, at least 2 of 6 categories, category caps (domain-facts §4)', () => {
  const cbap = holding('cbap', '2021-05-10');

  it('caps each category and counts what is left: 40 + 20 earned → 30 + 15 counted', () => {
    const e = evaluate(
      cbap,
      [
        activity({ date: '2021-09-01', amount: 40 }),
        activity({ date: '2022-02-01', type: 'read', amount: 20 }),
      ],
      '2023-05-10',
    );
    expect([e.earned.total, e.counted.total]).toEqual([60, 45]);
    expect(e.counted.byCategory).toEqual({ 'professional-development': 30, 'self-directed': 15 });
    expect(e.activities.map((a) => a.reasons)).toEqual([
      [{ code: 'CATEGORY_CAP', category: 'professional-development', limit: 30, excess: 10 }],
      [{ code: 'CATEGORY_CAP', category: 'self-directed', limit: 15, excess: 5 }],
    ]);
    expect(e.shortfalls).toEqual([{ code: 'TOTAL', needed: 15 }]);
    expect([e.cycleDays, e.elapsedDays, e.expectedByNow, e.status]).toEqual([
      1096,
      731,
      40,
      'on-track',
    ]);
  });

  it('a planned activity after the cap is reached adds nothing to the projection', () => {
    // Issue 9: the projection goes on from the actual figures at the first planned activity;
    // the category's use so far (25 of 30) carries on into it.
    const e = evaluate(
      cbap,
      [
        activity({ date: '2021-09-01', amount: 25 }),
        activity({ date: '2022-02-01', type: 'read', amount: 10 }),
        activity({ date: '2022-06-01', amount: 20, status: 'planned' }),
        activity({ date: '2022-07-01', type: 'read', amount: 4, status: 'planned' }),
      ],
      '2022-03-01',
    );
    expect(e.counted.total).toBe(35);
    expect(e.projection).toEqual({
      planned: 24,
      total: 35 + 5 + 4,
      met: false,
      shortfalls: [{ code: 'TOTAL', needed: 16 }],
    });
  });

  it('one category is not enough', () => {
    const e = evaluate(cbap, [activity({ date: '2021-09-01', amount: 40 })], '2023-05-10');
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 30 },
      { code: 'CATEGORY_COUNT', needed: 1 },
    ]);
    expect(e.remaining).toBe(30);
  });

  it('volunteering counts in the volunteer category', () => {
    const e = evaluate(cbap, [givingBack('2022-01-01', 'volunteer', 35)], '2023-05-10');
    expect(e.counted.byCategory).toEqual({ volunteer: 30 });
  });
});

describe('ISACA: 20 CPE every calendar year, 120 per fixed 3-year period (§4)', () => {
  const cisa = holding('cisa', '2021-06-10');

  it('sums each year and lists the years still short', () => {
    const log = [
      activity({ date: '2021-08-01', amount: 25 }),
      activity({ date: '2022-05-01', amount: 10 }),
      activity({ date: '2023-02-01', amount: 5 }),
    ];
    const e = evaluate(cisa, log, '2023-03-01');
    expect(e.periods.map((p) => [p.start, p.end, p.counted])).toEqual([
      ['2021-06-10', '2022-12-31', 35],
      ['2023-01-01', '2023-12-31', 5],
      ['2024-01-01', '2024-12-31', 0],
    ]);
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 80 },
      { code: 'ANNUAL_MIN', period: { start: '2023-01-01', end: '2023-12-31' }, needed: 15 },
      { code: 'ANNUAL_MIN', period: { start: '2024-01-01', end: '2024-12-31' }, needed: 20 },
    ]);
    expect([e.remaining, e.cycleDays, e.elapsedDays, e.expectedByNow, e.status]).toEqual([
      80,
      1301,
      630,
      58,
      'at-risk',
    ]);
  });

  it('a year that ended short makes the cycle overdue; only open years count in what remains', () => {
    const e = evaluate(cisa, [activity({ date: '2021-08-01', amount: 10 })], '2023-01-15');
    expect(e.status).toBe('overdue');
    expect(e.remaining).toBe(110);
  });

  it('a year already missed cannot be made up: only open years add to what remains', () => {
    // 2021–22: 10 (short, closed). 2023: 100. Total 110 → 10 short; 2024 still needs 20.
    const log = [
      activity({ date: '2021-08-01', amount: 10 }),
      activity({ date: '2023-03-01', amount: 100 }),
    ];
    const e = evaluate(cisa, log, '2023-06-01');
    expect([e.remaining, e.status]).toEqual([20, 'overdue']);
  });

  it('a renewal recorded in a running period does not close the years still to come', () => {
    // ISACA asks for 20 CPE every year: the renewal recorded in 2023 leaves 2024 open, so the
    // cycle keeps its deadline and its status (pace.ts renewedEarly).
    const renewed = holding('cisa', '2021-06-10', [{ date: '2023-01-20' }]);
    const log = [activity({ date: '2021-08-01', amount: 10 })];
    const e = evaluate(renewed, log, '2023-06-01');
    expect([e.status, e.renewedOn, e.deadline]).toEqual([
      'overdue',
      null,
      evaluate(cisa, log, '2023-06-01').deadline,
    ]);
    expect(e.deadline).not.toBeNull();
  });

  it('one activity counts for several ISACA credentials', () => {
    const both = [holding('cisa', '2021-06-10'), holding('cism', '2022-02-01')];
    const apps = applyActivity(activity({ date: '2022-06-01', amount: 8 }), both, '2022-07-01');
    expect(apps.map((a) => [a.credentialId, a.contribution?.total])).toEqual([
      ['cisa', 8],
      ['cism', 8],
    ]);
  });
});

describe('Scrum Alliance: SEUs over 2 years, multi-track add-ons (§4)', () => {
  const asOf = '2023-01-01';
  const requirementOf = (me: HeldWithRule, others: HeldWithRule[]) =>
    evaluate(me, [], asOf, 0, [me, ...others]).requirement;

  it.each<[string, string, string[], number]>([
    ['CSM alone', 'csm', [], 20],
    ['CSM + CSPO', 'csm', ['cspo'], 30],
    ['CSPO + A-CSM', 'cspo', ['a-csm'], 40],
    ['A-CSPO + CSP-SM', 'a-cspo', ['csp-sm'], 55],
    ['CSM + A-CSM (one track)', 'csm', ['a-csm'], 30],
    ['CSM + CSPO + CSD', 'csm', ['cspo', 'csd'], 40],
  ])('%s needs %i SEUs', (_name, id, others, total) => {
    const me = holding(id, '2022-01-15');
    expect(
      requirementOf(
        me,
        others.map((o) => holding(o, '2022-03-01')),
      ).total,
    ).toBe(total);
  });

  it('explains the base track and the add-ons', () => {
    const me = holding('csm', '2022-01-15');
    expect(requirementOf(me, [holding('cspo', '2022-03-01')]).multiTrack).toEqual({
      base: { credentialId: 'csm', total: 20 },
      addOns: [{ credentialId: 'cspo', addOn: 10 }],
    });
  });

  it('an expired certification adds nothing', () => {
    const me = holding('csm', '2022-01-15');
    const old = holding('cspo', '2019-01-01');
    expect(credentialStatus(old.credential, old.rule, asOf)).toBe('expired');
    expect(requirementOf(me, [old]).total).toBe(20);
  });

  it('counts every hour as an SEU, giving back included', () => {
    const me = holding('csm', '2022-01-15');
    const e = evaluate(
      me,
      [activity({ date: '2022-05-01', amount: 12 }), givingBack('2022-06-01', 'volunteer', 5)],
      asOf,
      0,
      [me, holding('cspo', '2022-03-01')],
    );
    expect([e.counted.total, e.shortfalls]).toEqual([17, [{ code: 'TOTAL', needed: 13 }]]);
  });
});

// Which tracks make a cycle's add-ons (§4 gives the add-ons; which day's tracks count is an
// Ascent reading): those held on the cycle's last day, or today while it runs. A CSM cycle that
// had ended is not asked for more SEUs by a CSPO earned later.
describe("Scrum Alliance add-ons count the tracks held at each cycle's end (Ascent reading of §4)", () => {
  // CSM earned 1 Jan 2020, renewed 15 Dec 2021: cycle 0 runs to 31 Dec 2021, cycle 1 to 31 Dec 2023.
  const me = holding('csm', '2020-01-01', [{ date: '2021-12-15' }]);
  const log = [activity({ date: '2020-06-01', amount: 20 })];

  // [case, CSPO earned, today, SEUs cycle 0 needs, SEUs cycle 1 needs]
  it.each<[string, string | null, string, number, number]>([
    ['no other track', null, '2023-05-31', 20, 20],
    // The reviewer's case: cycle 0 said 20 of 20 before, 20 of 30 after the CSPO was added.
    ['CSPO earned after cycle 0 ended', '2023-06-01', '2023-06-15', 20, 30],
    ['CSPO earned during cycle 0: held at its end', '2021-06-01', '2023-05-01', 30, 30],
    // Earned 1 Jun 2020, never renewed: held on 31 Dec 2021, expired from 1 Jun 2022.
    ["CSPO held at cycle 0's end, expired since", '2020-06-01', '2023-06-15', 30, 20],
  ])('%s', (_name, cspoEarned, asOf, first, second) => {
    const others = cspoEarned ? [holding('cspo', cspoEarned)] : [];
    const all = [me, ...others];
    const e0 = evaluate(me, log, asOf, 0, all);
    const e1 = evaluate(me, log, asOf, 1, all);
    expect([e0.requirement.total, e1.requirement.total]).toEqual([first, second]);
  });

  it('an add-on earned later leaves the ended cycle complete, with nothing "not shown"', () => {
    const all = [me, holding('cspo', '2023-06-01')];
    const e0 = evaluate(me, log, '2023-06-15', 0, all);
    expect([e0.counted.total, e0.requirement.total, e0.status, e0.shortfalls]).toEqual([
      20,
      20,
      'complete',
      [],
    ]);
    expect(e0.requirement.multiTrack).toBeNull();
  });
});

describe('PeopleCert CPD route: 20 points in each of 3 years, 5 from experience (§3)', () => {
  const foundation = holding('prince2-foundation', '2023-03-15');
  const log = [
    activity({ date: '2023-05-01', amount: 16 }),
    givingBack('2023-09-01', 'work-as-practitioner', 5),
    activity({ date: '2024-04-01', type: 'read', amount: 10 }),
  ];

  it('checks every CPD year and its professional-experience minimum', () => {
    const e = evaluate(foundation, log, '2024-06-01');
    expect(e.periods.map((p) => [p.start, p.counted, p.byCategory])).toEqual([
      ['2023-03-15', 21, { 'training-and-qualifications': 16, 'professional-experience': 5 }],
      ['2024-03-15', 10, { 'self-study': 10 }],
      ['2025-03-15', 0, {}],
    ]);
    const p1 = { start: '2024-03-15', end: '2025-03-14' };
    const p2 = { start: '2025-03-15', end: '2026-03-15' };
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 29 },
      { code: 'ANNUAL_MIN', period: p1, needed: 10 },
      { code: 'ANNUAL_CATEGORY_MIN', period: p1, category: 'professional-experience', needed: 5 },
      { code: 'ANNUAL_MIN', period: p2, needed: 20 },
      { code: 'ANNUAL_CATEGORY_MIN', period: p2, category: 'professional-experience', needed: 5 },
    ]);
    expect([e.remaining, e.elapsedDays, e.expectedByNow, e.status]).toEqual([
      30,
      445,
      24.25,
      'on-track',
    ]);
  });

  it('a renewal recorded in a running CPD year does not close the years still to come', () => {
    const renewed = holding('prince2-foundation', '2023-03-15', [{ date: '2024-05-01' }]);
    const e = evaluate(renewed, log, '2024-06-01');
    expect([e.status, e.renewedOn]).toEqual([evaluate(foundation, log, '2024-06-01').status, null]);
    expect(e.deadline).not.toBeNull();
  });

  it('a CPD year that ended short is overdue; past the renew-by date it is not current', () => {
    expect(
      evaluate(foundation, [activity({ date: '2023-05-01', amount: 10 })], '2024-06-01').status,
    ).toBe('overdue');
    expect(
      credentialStatus(held('prince2-foundation', '2023-03-15'), foundation.rule, '2026-03-16'),
    ).toBe('not-current');
    expect(evaluate(foundation, log, '2026-03-16').status).toBe('overdue');
  });
});

describe('custom credentials: category minimums and caps', () => {
  const created = customCredentialRule({
    id: 'apm-pmq',
    acronym: 'PMQ',
    name: 'PMQ',
    body: 'APM',
    unit: 'hours',
    cycleMonths: 12,
    total: 35,
    minDistinctCategories: 2,
    categories: [
      { id: 'formal', name: 'Formal', min: 10, cap: 20 },
      { id: 'informal', name: 'Informal', cap: 15 },
    ],
  });
  if (!created.ok) throw new Error('invalid custom credential');
  const pmq: HeldWithRule = { credential: held('apm-pmq', '2024-01-01'), rule: created.value };
  const tag = (category: string) => ({ categories: { 'custom:apm-pmq': category } });

  it('caps a category and asks for a second one', () => {
    const e = evaluate(
      pmq,
      [activity({ date: '2024-02-01', amount: 25, ...tag('formal') })],
      '2024-06-01',
      0,
      [pmq],
    );
    expect(e.counted.total).toBe(20);
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 15 },
      { code: 'CATEGORY_COUNT', needed: 1 },
    ]);
  });

  it('asks for a category minimum', () => {
    const e = evaluate(
      pmq,
      [
        activity({ date: '2024-02-01', amount: 4, ...tag('formal') }),
        activity({ date: '2024-03-01', amount: 15, ...tag('informal') }),
      ],
      '2024-06-01',
      0,
      [pmq],
    );
    expect(e.shortfalls).toEqual([
      { code: 'TOTAL', needed: 16 },
      { code: 'CATEGORY_MIN', category: 'formal', needed: 6 },
    ]);
    expect(e.remaining).toBe(16);
  });
});

describe('categoriesWithoutCredit (§4: CBAP asks for credits in at least 2 of its categories)', () => {
  const cbap = holding('cbap', '2021-05-10').rule;
  const ids = (byCategory: Record<string, number>) =>
    categoriesWithoutCredit(cbap, byCategory).map((c) => c.id);
  const all = (cbap.categories?.list ?? []).map((c) => c.id);

  it.each([
    ['nothing counted', {}, all],
    ['one category counted', { [all[0]!]: 3 }, all.slice(1)],
    ['a category at 0 hours still lacks credit', { [all[0]!]: 0 }, all],
  ])('%s', (_name, byCategory, expected) => expect(ids(byCategory)).toEqual(expected));
});
