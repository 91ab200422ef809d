/**
 * Issue 9: the fast cycle evaluation adds runs of plain activities from their sums
 * (plain-sums.ts) and judges every other activity on its own. On a log that mixes every
 * kind of activity — per-credential claims, exclusions, category tags, Ways of Working
 * allocations, work as a practitioner with and without a role period, invalid entries,
 * planned ones — and rules whose caps clip (a small giving-back cap, category caps, a
 * category cap on a rule with yearly minimums), it gives exactly what the straightforward
 * evaluation gives.
 */
import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  iibaCategories,
  peopleCertCategories,
  type CategoryRule,
  type CredentialRule,
  type SourcedNumber,
} from '../../../../shared/catalog/credentials';
import { addDays } from '../../../../shared/dates';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  claimStatuses,
  evaluateCycles,
  type Activity,
  type CycleEvaluation,
} from '../../../../shared/domain/credits';
import { createRandom } from '../../../bench/dataset/random';
import { holding, rule } from './fixtures';
import { career, GENERATED_TODAY } from './generated';
import { referenceCycles } from './reference-evaluate';

/** A number as the catalogue records one. */
const sourced = (value: number): SourcedNumber => ({
  ...rule('cbap').total!,
  value,
});

function overridden(id: string, overrides: Record<string, unknown>): CredentialRule {
  const result = applyOverrides(rule(id), overrides);
  if (!result.ok) throw new Error(`overrides for ${id}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The career's credentials and four more whose caps clip, each under its own id. */
function heldWith(held: HeldWithRule[]): HeldWithRule[] {
  const extra: [string, string, Record<string, unknown>][] = [
    ['pmp', '2021-03-15', { givingBackMax: 3, carryOverMax: 10 }],
    ['cbap', '2021-06-01', { categoryCaps: { 'self-directed': 5, volunteer: 2 } }],
    ['cisa', '2021-09-09', {}],
  ];
  // PeopleCert's yearly minimums with a category cap (as a person's own rule may have).
  const capped: CategoryRule = { id: 'self-study', min: null, cap: sourced(4) };
  const prince2 = holding('prince2-foundation', '2021-02-01');
  return [
    ...held,
    ...extra.map(([id, earned, overrides]) => {
      const h = holding(id, earned);
      return {
        credential: { ...h.credential, id: `extra-${id}` },
        rule: overridden(id, overrides),
      };
    }),
    {
      credential: { ...prince2.credential, id: 'extra-prince2' },
      rule: { ...prince2.rule, categories: { minDistinct: null, list: [capped] } },
    },
  ];
}

/** The career's log with every kind of activity mixed in, deterministic from `seed`. */
function mixed(seed: number, activities: readonly Activity[], held: HeldWithRule[]): Activity[] {
  const r = createRandom(seed + 1000);
  const ruleIds = [...new Set(held.map((h) => h.rule.id))];
  const pmiIds = [
    ...new Set(held.filter((h) => h.rule.categoryScheme === 'pmi').map((h) => h.rule.id)),
  ];
  return activities.map((a): Activity => {
    const x = r.next();
    if (x < 0.08) return { ...a, claims: { [r.pick(ruleIds)]: r.pick(claimStatuses) } };
    if (x < 0.13) return { ...a, excludedFrom: [r.pick(ruleIds)] };
    if (x < 0.18)
      return {
        ...a,
        categories: { iiba: r.pick(iibaCategories), peoplecert: r.pick(peopleCertCategories) },
      };
    if (x < 0.24 && a.split && a.split.waysOfWorking > 0)
      return {
        ...a,
        waysOfWorkingFor: { [r.pick(pmiIds)]: r.quarters(0, a.split.waysOfWorking) },
      };
    if (x < 0.27) {
      const role = r.chance(0.5) ? { start: addDays(a.date, -r.int(30, 900)), end: a.date } : null;
      const { split: _split, ...rest } = a;
      return {
        ...rest,
        type: 'work-as-practitioner',
        amount: r.quarters(1, 40),
        unit: 'hours',
        practitionerPeriod: role,
      };
    }
    if (x < 0.29) return r.chance(0.5) ? { ...a, amount: -1 } : { ...a, date: '2021-02-30' };
    if (x < 0.32) return { ...a, status: 'planned' };
    return a;
  });
}

/** The reasons every evaluated cycle gives its activities, by code. */
function reasonCodes(evaluations: CycleEvaluation[]) {
  const codes = new Set<string>();
  for (const e of evaluations)
    for (const a of e.activities) for (const reason of a.reasons) codes.add(reason.code);
  return codes;
}

// Each seed evaluates a medium career twice over (fast and straightforward): about a second on a
// quiet machine, several under load, so the time limit is a hang guard, not a measure.
describe('fast cycle evaluation on a log with every kind of activity', { timeout: 60_000 }, () => {
  it.each([
    { seed: 11, asOf: GENERATED_TODAY },
    { seed: 12, asOf: '2024-03-01' },
    { seed: 13, asOf: GENERATED_TODAY },
  ])('seed $seed on $asOf equals the straightforward evaluation', ({ seed, asOf }) => {
    const career0 = career(seed, 'medium');
    const held = heldWith(career0.held);
    const log = mixed(seed, career0.activities, held);
    const context = { alsoHeld: held };
    const seen = new Set<string>();
    for (const h of held) {
      const expected = referenceCycles(h.rule, h.credential, log, asOf, context);
      const fast = evaluateCycles(h.rule, h.credential, log, asOf, context);
      expect(fast, `${h.credential.id} (${h.rule.id})`).toEqual(expected);
      for (const code of reasonCodes(expected)) seen.add(code);
    }
    // The mix reaches the cases the runs must get right.
    for (const code of [
      'GIVING_BACK_CAP',
      'CATEGORY_CAP',
      'EXCLUDED_BY_USER',
      'INVALID_ACTIVITY',
      'CARRIED_IN',
      'PLANNED_ONLY',
      'WAYS_OF_WORKING_NOT_ALLOCATED',
    ])
      expect(seen, code).toContain(code);
  });
});
