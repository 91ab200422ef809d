import { describe, expect, it } from 'vitest';
import { applyOverrides, findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  isOverridden,
  ruleNumbers,
  withOverride,
} from '../../../../shared/domain/rule-panel/rule-numbers';

const rule = (id: string) => {
  const r = findCredentialRule(id);
  if (!r) throw new Error(`no ${id} in the catalogue`);
  return r;
};

describe('ruleNumbers', () => {
  it('lists the PMP numbers of domain-facts §1 with their values', () => {
    const rows = ruleNumbers(rule('pmp'));
    const value = (key: string) => rows.find((r) => r.key === key)?.sourced.value;
    expect(value('cycleMonths')).toBe(36);
    expect(value('total')).toBe(60);
    expect(value('educationMin')).toBe(35);
    expect(value('areaMin.waysOfWorking')).toBe(8);
    expect(value('areaMin.powerSkills')).toBe(8);
    expect(value('areaMin.businessAcumen')).toBe(8);
    expect(value('givingBackMax')).toBe(25);
    expect(value('practitionerMax')).toBe(8);
    expect(value('carryOverMax')).toBe(20);
  });

  it('gives every number a source and a confidence', () => {
    for (const r of ruleNumbers(rule('pmi-acp'))) {
      expect(r.sourced.source.length).toBeGreaterThan(0);
      expect(['A', 'B', 'C', 'M']).toContain(r.sourced.confidence);
    }
  });

  it('lists IIBA category caps and the "at least two categories" rule', () => {
    const keys = ruleNumbers(rule('cbap')).map((r) => r.key);
    expect(keys).toContain('categoryMinDistinct');
    expect(keys).toContain('categoryCaps.self-directed');
  });

  it('has no cycle numbers for a lifetime credential', () => {
    const keys = ruleNumbers(rule('comptia-project-plus')).map((r) => r.key);
    expect(keys).not.toContain('cycleMonths');
    expect(keys).not.toContain('total');
  });
});

describe('withOverride', () => {
  it.each([
    [undefined, 'total', 50, { total: 50 }],
    [{ total: 50 }, 'total', undefined, {}],
    [undefined, 'areaMin.powerSkills', 10, { areaMin: { powerSkills: 10 } }],
    [{ areaMin: { powerSkills: 10 } }, 'areaMin.powerSkills', undefined, {}],
    [
      { areaMin: { powerSkills: 10, waysOfWorking: 4 } },
      'areaMin.powerSkills',
      undefined,
      { areaMin: { waysOfWorking: 4 } },
    ],
    [undefined, 'categoryCaps.self-directed', 20, { categoryCaps: { 'self-directed': 20 } }],
  ] as const)('%j + %s = %s → %j', (before, key, value, after) => {
    expect(withOverride(before, key, value)).toEqual(after);
  });

  it('never changes the object it was given', () => {
    const before = { areaMin: { powerSkills: 10 } };
    withOverride(before, 'areaMin.powerSkills', 3);
    expect(before).toEqual({ areaMin: { powerSkills: 10 } });
  });

  it('produces overrides the rule accepts, and the panel then shows the user number', () => {
    const overrides = withOverride(
      withOverride(undefined, 'total', 70),
      'areaMin.businessAcumen',
      12,
    );
    expect(isOverridden(overrides, 'total')).toBe(true);
    expect(isOverridden(overrides, 'areaMin.businessAcumen')).toBe(true);
    expect(isOverridden(overrides, 'areaMin.powerSkills')).toBe(false);
    const applied = applyOverrides(rule('pmp'), overrides);
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    const rows = ruleNumbers(applied.value);
    expect(rows.find((r) => r.key === 'total')?.sourced).toMatchObject({
      value: 70,
      source: 'user override',
    });
    expect(rows.find((r) => r.key === 'total')?.sourced.replaced?.value).toBe(60);
  });
});
