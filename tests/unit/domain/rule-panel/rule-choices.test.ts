import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  findCredentialRule,
  type CredentialRule,
  type RuleOverrides,
} from '../../../../shared/catalog/credentials';
import { cyclesFor } from '../../../../shared/domain/credentials';
import { ruleChoices, withChoice } from '../../../../shared/domain/rule-panel/rule-choices';

const rule = (id: string) => {
  const r = findCredentialRule(id);
  if (!r) throw new Error(`no ${id} in the catalogue`);
  return r;
};

const applied = (r: CredentialRule, overrides: RuleOverrides) => {
  const result = applyOverrides(r, overrides);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('ruleChoices: the cycle end (domain-facts §5.1)', () => {
  it('PMP: the day before the anniversary (B, worked examples) vs "same date" (PMI wording)', () => {
    const [choice] = ruleChoices(rule('pmp'));
    expect(choice).toMatchObject({
      key: 'cycleEnd',
      chosen: { value: 'day-before-anniversary', confidence: 'B' },
      overridden: false,
      disputed: true,
      other: { value: 'anniversary', catalogue: false },
    });
    expect(choice?.chosen.source).toMatch(/worked examples/);
    expect(choice?.other.source).toMatch(/same date three years later/);
    expect(choice?.options.map((o) => [o.value, o.catalogue])).toEqual([
      ['day-before-anniversary', true],
      ['anniversary', false],
    ]);
  });

  it.each<[string, string, string, boolean]>([
    // §1: every PMI credential shares the PMP convention and its disagreement.
    ['pmi-acp', 'day-before-anniversary', 'anniversary', true],
    // §3: PeopleCert's renew-by is the anniversary itself; no source says otherwise.
    ['prince2-foundation', 'anniversary', 'day-before-anniversary', false],
    // §4: Scrum Alliance and IIBA cycles, read like PMI's (README, cycle end).
    ['csm', 'day-before-anniversary', 'anniversary', false],
    ['cbap', 'day-before-anniversary', 'anniversary', false],
  ])('%s uses %s; the other reading is %s (disputed: %s)', (id, chosen, other, disputed) => {
    const [choice] = ruleChoices(rule(id));
    expect([choice?.chosen.value, choice?.other.value, choice?.disputed]).toEqual([
      chosen,
      other,
      disputed,
    ]);
    if (!disputed) expect(choice?.other.source).toBeNull();
  });

  it.each([
    ['comptia-project-plus', 'valid for life (§4)'],
    ['cisa', 'fixed calendar periods (§4)'],
  ])('%s has no cycle-end choice: %s', (id) => {
    expect(ruleChoices(rule(id))).toEqual([]);
  });

  it('after the user picks "same date": that is in use, the catalogue’s reading is kept', () => {
    const [choice] = ruleChoices(applied(rule('pmp'), { cycleEnd: 'anniversary' }));
    expect(choice).toMatchObject({
      chosen: { value: 'anniversary', source: 'user override' },
      catalogue: { value: 'day-before-anniversary', confidence: 'B' },
      overridden: true,
      disputed: true,
      other: { value: 'day-before-anniversary', catalogue: true },
    });
  });
});

describe('withChoice', () => {
  const [pmpChoice] = ruleChoices(rule('pmp'));
  const choice = pmpChoice!;

  it.each<
    [RuleOverrides | undefined, 'anniversary' | 'day-before-anniversary' | undefined, RuleOverrides]
  >([
    [undefined, 'anniversary', { cycleEnd: 'anniversary' }],
    [{ total: 70 }, 'anniversary', { total: 70, cycleEnd: 'anniversary' }],
    // Reset, or choosing the catalogue's own reading, removes the override.
    [{ total: 70, cycleEnd: 'anniversary' }, undefined, { total: 70 }],
    [{ cycleEnd: 'anniversary' }, 'day-before-anniversary', {}],
  ])('%j + %s → %j', (before, value, after) => {
    expect(withChoice(before, choice, value)).toEqual(after);
  });

  it('never changes the object it was given', () => {
    const before: RuleOverrides = { cycleEnd: 'anniversary' };
    withChoice(before, choice, undefined);
    expect(before).toEqual({ cycleEnd: 'anniversary' });
  });

  it('moves a PMP cycle end by one day: earned 15 Jan 2025 → 14 Jan 2028, or 15 Jan 2028', () => {
    const held = {
      id: 'h',
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2025-01-15',
    } as const;
    const endWith = (overrides: RuleOverrides) =>
      cyclesFor({ ...held, renewals: [] }, applied(rule('pmp'), overrides), '2026-11-22')[0]?.end;
    const picked = withChoice(undefined, choice, 'anniversary');
    expect(endWith({})).toBe('2028-01-14');
    expect(endWith(picked)).toBe('2028-01-15');
    expect(endWith(withChoice(picked, choice, undefined))).toBe('2028-01-14');
  });
});
