/**
 * ISACA's "15 CPE hours per semester credit" (domain-facts §4, A/B) is a number of the rule
 * like the others: the rule panel lists it with its source and confidence, the user may put
 * their own in its place (a whole number of hours, 1 to 45), and the engine then counts a
 * university course with the user's number. Rules without the rate neither list nor take it.
 */
import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  CPE_PER_SEMESTER_CREDIT_MAX,
  USER_OVERRIDE,
  type CredentialRule,
} from '../../../../shared/catalog/credentials';
import { claimCsvTable, claimRows, type HowCounted } from '../../../../shared/domain/claims';
import { applyActivity } from '../../../../shared/domain/credits';
import {
  isOverridden,
  ruleNumbers,
  withOverride,
} from '../../../../shared/domain/rule-panel/rule-numbers';
import { activity, evaluate, held, rule } from '../credits/fixtures';

const rate = (r: CredentialRule) => ruleNumbers(r).find((n) => n.key === 'cpePerSemesterCredit');

/** The rule with the user's numbers, or the errors that refused them. */
function overridden(id: string, overrides: unknown) {
  return applyOverrides(rule(id), overrides);
}

/** A 40-hour university course of 3 semester credits. */
const course = () =>
  activity({
    date: '2024-03-01',
    title: 'IT governance (university)',
    amount: 40,
    semesterCredits: 3,
  });

describe('the rule panel lists ISACA’s rate per semester credit', () => {
  it.each(['cisa', 'cism', 'crisc', 'cgeit'])(
    '%s: 15, from ISACA’s CPE policy, confidence B',
    (id) => {
      const row = rate(rule(id));
      expect(row?.kind).toBe('rate');
      expect(row?.sourced.value).toBe(15);
      expect(row?.sourced.confidence).toBe('B');
      expect(row?.sourced.source).toBe('ISACA CPE policy and annual CPE audit page');
    },
  );

  it('comes after what the cycle asks for', () => {
    expect(ruleNumbers(rule('cisa')).map((n) => n.key)).toEqual([
      'cycleMonths',
      'total',
      'recordRetentionMonths',
      'periodicMin',
      'cpePerSemesterCredit',
    ]);
  });

  it.each(['pmp', 'cbap', 'csm', 'prince2-practitioner'])('%s has no such number', (id) => {
    expect(rate(rule(id))).toBeUndefined();
  });
});

describe('the user’s own rate (whole hours, 1 to 45)', () => {
  it('replaces 15 and keeps the catalogue’s number beside it', () => {
    const overrides = withOverride(undefined, 'cpePerSemesterCredit', 10);
    expect(overrides).toEqual({ cpePerSemesterCredit: 10 });
    expect(isOverridden(overrides, 'cpePerSemesterCredit')).toBe(true);
    const applied = overridden('cisa', overrides);
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    const row = rate(applied.value);
    expect(row?.sourced.value).toBe(10);
    expect(row?.sourced.source).toBe(USER_OVERRIDE);
    expect(row?.sourced.replaced?.value).toBe(15);
    expect(withOverride(overrides, 'cpePerSemesterCredit', undefined)).toEqual({});
  });

  it.each([1, 15, CPE_PER_SEMESTER_CREDIT_MAX])('%s hours a credit: accepted', (value) => {
    expect(CPE_PER_SEMESTER_CREDIT_MAX).toBe(45);
    const applied = overridden('cisa', { cpePerSemesterCredit: value });
    expect(applied.ok && applied.value.cpePerSemesterCredit?.value).toBe(value);
  });

  it.each([
    [0, 'TOO_SMALL'],
    [46, 'TOO_LARGE'],
    [12.5, 'NOT_WHOLE'],
    ['15', 'NOT_A_NUMBER'],
  ])('%j hours a credit: refused with %s', (value, code) => {
    expect(overridden('cisa', { cpePerSemesterCredit: value })).toEqual({
      ok: false,
      errors: [{ field: 'cpePerSemesterCredit', code }],
    });
  });

  it('is refused for a rule that counts hours, not credits (PMI, §5.6)', () => {
    expect(overridden('pmp', { cpePerSemesterCredit: 10 })).toEqual({
      ok: false,
      errors: [{ field: 'cpePerSemesterCredit', code: 'NOT_APPLICABLE' }],
    });
  });
});

describe('the engine counts a course with the user’s rate', () => {
  const withRate = (perCredit: number) => {
    const applied = overridden('cisa', { cpePerSemesterCredit: perCredit });
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    return { credential: held('cisa', '2023-01-10'), rule: applied.value };
  };

  it.each([
    [15, 45],
    [10, 30],
    [45, 135],
  ])('3 credits × %s = %s CPE hours in the preview', (perCredit, hours) => {
    const [app] = applyActivity(course(), [withRate(perCredit)], '2024-06-01');
    expect(app?.contribution?.total).toBe(hours);
    expect(app?.semesterCredits).toEqual({ credits: 3, perCredit, hours });
  });

  it('and in the cycle: what the course counted and how', () => {
    const e = evaluate(withRate(10), [course()], '2024-06-01');
    expect(e.counted.total).toBe(30);
    expect(e.activities.map((a) => [a.counted?.total, a.semesterCredits])).toEqual([
      [30, { credits: 3, perCredit: 10, hours: 30 }],
    ]);
  });

  it('and in the cycle’s CSV export: the hours it counted, and how (last column)', () => {
    const c = course();
    const h = withRate(10);
    const labels = {
      activityType: String,
      claimStatus: String,
      category: String,
      howCounted: (how: HowCounted) => `${how.credits.credits} × ${how.credits.perCredit}`,
    };
    const table = claimCsvTable(claimRows(evaluate(h, [c], '2024-06-01'), [c]), h.rule, labels);
    const total = table.header.indexOf('Total (CPEs)');
    expect(table.header.at(-1)).toBe('How counted');
    expect(table.rows.map((r) => [r[1], r[total], r.at(-1)])).toEqual([
      ['IT governance (university)', 30, '3 × 10'],
    ]);
  });
});
