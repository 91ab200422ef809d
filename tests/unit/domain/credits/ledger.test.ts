/**
 * Issue 9: the cycle ledger. The dashboard judges each current cycle from the stored records
 * of closed cycles (met or not, what was carried over — PMI carry-over, domain-facts §1, B)
 * and the activities of the current window only; the figures must be exactly those of the
 * full evaluation over the whole log.
 */
import { describe, expect, it } from 'vitest';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import { evaluateCurrentCycle, toQuarters, type Activity } from '../../../../shared/domain/credits';
import {
  closedCycleKey,
  summariseCurrent,
  summaryPlan,
  type ClosedCycle,
} from '../../../../shared/domain/credits/ledger';
import {
  carriedToDay,
  rejudgeCurrent,
  type ActivityChange,
} from '../../../../shared/domain/credits/ledger-update';
import { placeActivity } from '../../../../shared/domain/credits/placement';
import { requirementFor } from '../../../../shared/domain/credits/requirement';
import { addDays } from '../../../../shared/dates';
import { career, GENERATED_TODAY, heldOf } from './generated';

const today = GENERATED_TODAY;

const withoutExplanations = (e: ReturnType<typeof evaluateCurrentCycle>) =>
  e && { ...e, activities: [] };

/** The dashboard's way: plan from the records, read only from `plan.from`, judge. */
function viaLedger(
  h: HeldWithRule,
  activities: readonly Activity[],
  asOf: string,
  context: { alsoHeld: readonly HeldWithRule[] },
  records: readonly ClosedCycle[],
) {
  const plan = summaryPlan(h, asOf, context, records);
  const from = plan.from;
  const window = from === null ? [] : activities.filter((a) => a.date >= from);
  return { plan, ...summariseCurrent(plan, window, asOf, context, true) };
}

describe('the current cycle judged from the ledger equals the full evaluation', () => {
  it.each([
    { seed: 1, name: 'small' as const, asOf: today, chains: true },
    { seed: 7, name: 'small' as const, asOf: '2024-03-01', chains: false },
    { seed: 3, name: 'medium' as const, asOf: today, chains: true },
  ])('seed $seed, $name preset, on $asOf', ({ seed, name, asOf, chains }) => {
    const { held, activities } = career(seed, name);
    const context = { alsoHeld: held };
    let chained = 0;
    for (const h of held) {
      const expected = withoutExplanations(
        evaluateCurrentCycle(h.rule, h.credential, activities, asOf, context),
      );
      // No records yet: judged over the whole chain, and the closed cycles recorded.
      const cold = viaLedger(h, activities, asOf, context, []);
      expect(cold.evaluation).toEqual(expected);
      // With the records: only the current window is read, and the figures are the same.
      const warm = viaLedger(h, activities, asOf, context, cold.closed);
      expect(warm.evaluation).toEqual(expected);
      if (cold.closed.length > 0) {
        chained++;
        expect(warm.plan.from).toBe(warm.plan.current!.countFrom);
        expect(warm.closed).toEqual([]);
      }
    }
    // PMI credentials past their first cycle: the ledger shortens their chain.
    expect(chained > 0).toBe(chains);
  });
});

describe('a record is trusted only while what it was judged from is unchanged', () => {
  const { held, activities } = career(3, 'medium');
  const context = { alsoHeld: held };
  const pmi = held.find((h) => {
    const plan = summaryPlan(h, today, context, []);
    return plan.current !== null && plan.current.index >= 2 && plan.req.carryOverMax;
  })!;
  const records = viaLedger(pmi, activities, today, context, []).closed;

  it('records every closed cycle before the current one, with its counting window end', () => {
    const plan = summaryPlan(pmi, today, context, []);
    expect(records.map((r) => r.cycleIndex)).toEqual(
      plan.cycles.slice(0, plan.current!.index).map((c) => c.index),
    );
    expect(records.map((r) => r.countTo)).toEqual(
      plan.cycles.slice(0, plan.current!.index).map((c) => c.countTo),
    );
  });

  it('a changed rule number (the user overrides the total) sets every record aside', () => {
    const changed: HeldWithRule = {
      ...pmi,
      rule: {
        ...pmi.rule,
        total: { ...pmi.rule.total!, value: (pmi.rule.total!.value ?? 60) + 5 },
      },
    };
    const plan = summaryPlan(changed, today, context, records);
    expect(plan.opening).toBeUndefined();
    expect(plan.from).toBe(plan.cycles[0]!.countFrom);
  });

  it('a missing record (an activity written in that cycle) restarts the chain after the last one kept', () => {
    const current = summaryPlan(pmi, today, context, []).current!;
    const kept = records.filter((r) => r.cycleIndex < current.index - 1);
    const plan = summaryPlan(pmi, today, context, kept);
    expect(plan.opening?.at).toBe(current.index - 1);
    const window = activities.filter((a) => a.date >= plan.from!);
    expect(summariseCurrent(plan, window, today, context).evaluation).toEqual(
      withoutExplanations(
        evaluateCurrentCycle(pmi.rule, pmi.credential, activities, today, context),
      ),
    );
  });

  it('a row left from other cycle bounds (an earlier certification date) does not hide the one kept now', () => {
    const current = summaryPlan(pmi, today, context, []).current!;
    const previous = records.find((r) => r.cycleIndex === current.index - 1)!;
    const leftOver = { ...previous, countTo: '2099-12-31', met: false, carryOut: [] };
    const plan = summaryPlan(pmi, today, context, [...records, leftOver]);
    expect(plan.opening?.at).toBe(current.index);
    expect(plan.from).toBe(current.countFrom);
  });

  it('the key names the cycle: the same rule and credential give another key for another cycle', () => {
    const plan = summaryPlan(pmi, today, context, []);
    const req = requirementFor(pmi.rule, pmi.credential, today, context);
    expect(closedCycleKey(pmi, plan.cycles[0]!, req)).not.toBe(
      closedCycleKey(pmi, plan.cycles[1]!, req),
    );
  });
});

describe('figures judged on an earlier day, carried to a later one', () => {
  // The medium log, held against the whole career's 25 credentials (ISACA and PeopleCert
  // ones, with sub-periods, among them).
  const { activities } = career(3, 'medium');
  const held = heldOf('career');
  const context = { alsoHeld: held };
  const judged = (h: HeldWithRule, day: string) =>
    summariseCurrent(summaryPlan(h, day, context, []), activities, day, context).evaluation;
  const datedBetween = (from: string, to: string) =>
    activities.filter((a) => a.date > from && a.date <= to);

  it('equal judging again whenever they are carried, and carried on most quiet days', () => {
    let carried = 0;
    let refused = 0;
    let withPeriods = 0;
    // Days on which nothing is dated (a quiet day), and days with an entry, one after another.
    const dated = new Set(activities.map((a) => a.date));
    const pairs: [string, string][] = [];
    for (let day = '2025-01-01'; day < '2026-11-20' && pairs.length < 24; day = addDays(day, 23))
      pairs.push([day, addDays(day, 1)], [day, addDays(day, 2)]);
    // Across an ISACA year end and a day later, where a sub-period's gap closes.
    pairs.push(
      ['2025-12-30', '2026-01-02'],
      ['2025-12-31', '2026-01-01'],
      ['2026-01-01', '2026-01-02'],
    );
    expect(pairs.some(([, later]) => !dated.has(later))).toBe(true);
    for (const [start, later] of pairs) {
      const between = datedBetween(start, later);
      for (const h of held) {
        const kept = judged(h, start);
        const plan = summaryPlan(h, later, context, []);
        if (!kept || !plan.current) continue;
        const sameKey =
          plan.current.start === kept.start &&
          closedCycleKey(h, plan.current, plan.req) ===
            closedCycleKey(h, summaryPlan(h, start, context, []).current!, plan.req);
        if (!sameKey) continue;
        const moved = carriedToDay(kept, start, plan, later, between);
        if (moved === null) {
          refused++;
          continue;
        }
        carried++;
        if (plan.current.periods.length > 0) withPeriods++;
        expect(moved, `${h.rule.id} ${start} → ${later}`).toEqual(judged(h, later));
      }
    }
    expect(carried).toBeGreaterThan(10);
    // Credentials with sub-periods (ISACA, PeopleCert) are carried too, when no period ends.
    expect(withPeriods).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('are not carried past the end of a sub-period, whose open gap then turns overdue', () => {
    // A year with nothing logged (ISACA's annual minimum for 2025 is missed), and nothing
    // on 1 January or in the first week of March 2026.
    const quiet = activities.filter(
      (a) =>
        !a.date.startsWith('2025-') &&
        a.date !== '2026-01-01' &&
        !(a.date > '2026-03-01' && a.date <= '2026-03-09'),
    );
    const h = held.find((x) => x.rule.id === 'cisa')!;
    const on = (day: string) =>
      summariseCurrent(summaryPlan(h, day, context, []), quiet, day, context).evaluation!;
    const before = on('2025-12-31');
    const after = on('2026-01-01');
    expect([after.status, after.remaining]).not.toEqual([before.status, before.remaining]);
    const plan = summaryPlan(h, '2026-01-01', context, []);
    expect(carriedToDay(before, '2025-12-31', plan, '2026-01-01', [])).toBeNull();
    // Within the year, nothing ends: carried, and equal to judging again.
    const march = on('2026-03-01');
    const moved = carriedToDay(
      march,
      '2026-03-01',
      summaryPlan(h, '2026-03-09', context, []),
      '2026-03-09',
      [],
    );
    expect(moved).toEqual(on('2026-03-09'));
  });

  it('are not carried over a day with an entry dated in between that says it was done', () => {
    const h = held.find((x) => summaryPlan(x, today, context, []).current?.periods.length === 0)!;
    const kept = judged(h, '2026-01-01')!;
    const plan = summaryPlan(h, '2026-01-10', context, []);
    const entry = { ...activities[0]!, date: '2026-01-05' };
    expect(
      carriedToDay(kept, '2026-01-01', plan, '2026-01-10', [{ ...entry, status: 'earned' }]),
    ).toBeNull();
    expect(
      carriedToDay(kept, '2026-01-01', plan, '2026-01-10', [
        { ...entry, status: 'planned', claims: {} },
      ]),
    ).not.toBeNull();
  });
});

describe('a current cycle judged again after an edit, from the inputs it was judged from', () => {
  /** Edits of every kind a user makes, dated across the log (deterministic from `seed`). */
  function edits(activities: readonly Activity[], seed: number): ActivityChange[][] {
    const pick = (k: number) => activities[(seed * 7919 + k * 104729) % activities.length]!;
    const recent = activities.filter((a) => a.date >= addDays(today, -200));
    const near = (k: number) => recent[(seed * 31 + k * 17) % recent.length]!;
    const added: Activity = {
      ...near(0),
      id: `new-${seed}`,
      date: today,
      title: 'Added today',
    };
    const planned: Activity = { ...near(1), id: `planned-${seed}`, date: today, status: 'planned' };
    return [
      [{ after: added }],
      [{ after: planned }],
      [{ before: near(2), after: { ...near(2), amount: near(2).amount + 3 } }],
      [{ before: near(3) }],
      [{ before: near(4), after: { ...near(4), date: addDays(near(4).date, -1) } }],
      // Old entries: these reach earlier cycles.
      [{ before: pick(5), after: { ...pick(5), amount: pick(5).amount + 1 } }],
      [{ before: near(6), after: { ...near(6), date: pick(6).date } }],
      [{ after: added }, { before: near(7) }],
    ];
  }

  function applied(activities: readonly Activity[], changes: readonly ActivityChange[]) {
    const gone = new Set(changes.map((c) => (c.before ?? c.after)!.id));
    return [
      ...activities.filter((a) => !gone.has(a.id)),
      ...changes.flatMap((c) => (c.after ? [c.after] : [])),
    ];
  }

  it.each([
    { seed: 1, name: 'small' as const },
    { seed: 3, name: 'medium' as const },
  ])('equals judging the changed log, seed $seed, $name preset', ({ seed, name }) => {
    const { held, activities } = career(seed, name);
    const context = { alsoHeld: held };
    let rejudged = 0;
    let refused = 0;
    for (const h of held) {
      const before = viaLedger(h, activities, today, context, []);
      if (!before.inputs) continue;
      for (const changes of edits(activities, seed)) {
        const plan = summaryPlan(h, today, context, before.closed);
        const r = rejudgeCurrent(plan, before.inputs, changes, today);
        const expected = withoutExplanations(
          evaluateCurrentCycle(h.rule, h.credential, applied(activities, changes), today, context),
        );
        if (r === null) {
          refused++;
          // Refused only when a version of an entry counts in another cycle.
          const cycles = plan.cycles;
          const elsewhere = changes.some((c) =>
            [c.before, c.after].some((v) => {
              if (!v) return false;
              const p = placeActivity(v, h, cycles, today);
              return p.outcome !== 'not-counted' && p.cycle.index !== plan.current!.index;
            }),
          );
          expect(elsewhere).toBe(true);
          continue;
        }
        rejudged++;
        expect(r === 'unchanged' ? before.evaluation : r.evaluation).toEqual(expected);
      }
    }
    // Both ways are exercised: most edits judged again from the inputs, old ones refused.
    expect(rejudged).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(0);
  });

  it('an added entry dated today moves the figures it counts for', () => {
    const { held, activities } = career(1, 'small');
    const context = { alsoHeld: held };
    const h = held.find((x) => x.rule.id === 'pmp')!;
    const before = viaLedger(h, activities, today, context, []);
    const plan = summaryPlan(h, today, context, before.closed);
    const course: Activity = {
      id: 'power-course',
      title: 'Negotiation course',
      type: 'course-or-training',
      date: today,
      amount: 6,
      unit: 'hours',
      status: 'accepted',
      split: { waysOfWorking: 0, powerSkills: 6, businessAcumen: 0 },
    } as Activity;
    const r = rejudgeCurrent(plan, before.inputs!, [{ after: course }], today);
    if (!r || r === 'unchanged') throw new Error(`expected new figures, got ${String(r)}`);
    expect(r.evaluation.earned.total).toBe(before.evaluation!.earned.total + 6);
    expect(r.inputs.counted.map((e) => e.id)).toContain('power-course');
  });
});

// Scrum Alliance add-ons count the tracks held at a cycle's end (Ascent reading of §4): the
// dashboard's plan judges an ended "current" cycle by the same requirement as its page.
describe('a Scrum cycle that ended, judged from the plan, by the tracks held at its end', () => {
  it('a CSPO earned after the CSM cycle ended adds nothing to it, before or after an edit', () => {
    const me: HeldWithRule = {
      credential: {
        id: 'held-csm',
        credentialId: 'csm',
        stage: 'earned',
        earnedDate: '2020-01-01',
        renewals: [],
      },
      rule: findCredentialRule('csm')!,
    };
    const cspo: HeldWithRule = {
      credential: {
        id: 'held-cspo',
        credentialId: 'cspo',
        stage: 'earned',
        earnedDate: '2023-06-01',
        renewals: [],
      },
      rule: findCredentialRule('cspo')!,
    };
    const asOf = '2023-06-15';
    const context = { alsoHeld: [me, cspo] };
    const seu = (id: string, date: string, amount: number): Activity => ({
      id,
      title: 'Scrum course',
      type: 'course-or-training',
      date,
      amount,
      unit: 'hours',
      status: 'earned',
    });
    const log = [seu('s1', '2020-06-01', 20)];
    const expected = withoutExplanations(
      evaluateCurrentCycle(me.rule, me.credential, log, asOf, context),
    );
    expect([expected!.cycleIndex, expected!.requirement.total]).toEqual([0, 20]);
    const before = viaLedger(me, log, asOf, context, []);
    expect(before.plan.req.total).toBe(toQuarters(20));
    expect(before.evaluation).toEqual(expected);
    const added = seu('s2', '2021-03-01', 2);
    const r = rejudgeCurrent(before.plan, before.inputs!, [{ after: added }], asOf);
    if (!r || r === 'unchanged') throw new Error(`expected new figures, got ${String(r)}`);
    expect(r.evaluation).toEqual(
      withoutExplanations(
        evaluateCurrentCycle(me.rule, me.credential, [...log, added], asOf, context),
      ),
    );
    expect(r.evaluation.requirement.total).toBe(20);
  });
});
