import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  credentialCatalog,
  customCredentialRule,
  customCredentialSchema,
  findCredentialRule,
  issuesToErrors,
  leastCustomTotal,
  totalBelowMinimums,
  USER_DEFINED,
  USER_OVERRIDE,
  type CredentialRule,
} from '../../../../shared/catalog/credentials';

const pmp = findCredentialRule('pmp')!;
const cbap = findCredentialRule('cbap')!;
const csm = findCredentialRule('csm')!;

function ok(result: ReturnType<typeof applyOverrides>): CredentialRule {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('applyOverrides', () => {
  it('replaces a number, marks it as a user override and keeps the catalogue record', () => {
    const r = ok(applyOverrides(pmp, { carryOverMax: 15 }));
    expect(r.carryOverMax).toMatchObject({ value: 15, source: USER_OVERRIDE, confidence: 'M' });
    expect(r.carryOverMax?.replaced).toMatchObject({ value: 20, confidence: 'B' });
    expect(r.total).toBe(pmp.total);
    expect(pmp.carryOverMax?.value).toBe(20);
  });

  it('keeps the catalogue original when a number is overridden twice', () => {
    const twice = ok(applyOverrides(ok(applyOverrides(pmp, { total: 50 })), { total: 45 }));
    expect(twice.total?.value).toBe(45);
    expect(twice.total?.replaced).toMatchObject({ value: 60, confidence: 'A' });
  });

  it('fills in an unknown number (PMI-PMOCP total)', () => {
    const r = ok(
      applyOverrides(findCredentialRule('pmi-pmocp')!, { total: 30, areaMin: { powerSkills: 4 } }),
    );
    expect(r.total).toMatchObject({ value: 30, source: USER_OVERRIDE, replaced: { value: null } });
    expect(r.areaMin?.powerSkills.value).toBe(4);
    expect(r.areaMin?.waysOfWorking.value).toBeNull();
  });

  it('overrides category caps and minimums by id, and the cycle end convention', () => {
    const r = ok(
      applyOverrides(cbap, { categoryCaps: { 'self-directed': 20 }, categoryMinDistinct: 3 }),
    );
    expect(r.categories?.list.find((c) => c.id === 'self-directed')?.cap?.value).toBe(20);
    expect(r.categories?.minDistinct?.value).toBe(3);
    expect(ok(applyOverrides(pmp, { cycleEnd: 'anniversary' })).cycleEnd?.value).toBe(
      'anniversary',
    );
  });

  it('accepts quarter steps', () => {
    expect(ok(applyOverrides(pmp, { givingBackMax: 24.75 })).givingBackMax?.value).toBe(24.75);
  });

  it.each<[string, CredentialRule, unknown, string, string]>([
    ['a negative total', pmp, { total: -1 }, 'total', 'NEGATIVE'],
    ['PDUs not in quarter steps', pmp, { total: 60.3 }, 'total', 'HOURS_NOT_QUARTER'],
    ['a fractional month', pmp, { cycleMonths: 1.5 }, 'cycleMonths', 'NOT_WHOLE'],
    ['a zero-month cycle', pmp, { cycleMonths: 0 }, 'cycleMonths', 'TOO_SMALL'],
    ['text for a number', pmp, { total: '60' }, 'total', 'NOT_A_NUMBER'],
    ['an unknown field', pmp, { bogus: 1 }, '', 'UNKNOWN_FIELD'],
    [
      'area minimums on a Scrum credential',
      csm,
      { areaMin: { powerSkills: 2 } },
      'areaMin',
      'NOT_APPLICABLE',
    ],
    [
      'a giving-back cap on a Scrum credential',
      csm,
      { givingBackMax: 5 },
      'givingBackMax',
      'NOT_APPLICABLE',
    ],
    [
      'an unknown IIBA category',
      cbap,
      { categoryCaps: { bogus: 3 } },
      'categoryCaps.bogus',
      'UNKNOWN_CATEGORY',
    ],
    [
      'ISACA months that are not whole years',
      findCredentialRule('cisa')!,
      { cycleMonths: 30 },
      'cycleMonths',
      'NOT_WHOLE_YEARS',
    ],
    [
      'a cycle for a lifetime credential',
      findCredentialRule('comptia-project-plus')!,
      { cycleMonths: 36 },
      'cycleMonths',
      'NOT_APPLICABLE',
    ],
  ])('rejects %s', (_name, rule, overrides, field, code) => {
    const result = applyOverrides(rule, overrides);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, code });
  });
});

const validCustom = {
  id: 'apm-pmq',
  acronym: 'PMQ',
  name: 'APM Project Management Qualification',
  body: 'APM',
  unit: 'hours',
  cycleMonths: 12,
  total: 35,
  minDistinctCategories: 2,
  suspensionMonths: 3,
  categories: [
    { id: 'formal', name: 'Formal learning', min: 10, cap: 20 },
    { id: 'informal', name: 'Informal learning', cap: 15 },
  ],
};

describe('customCredentialRule', () => {
  it('turns a user-defined credential into a rule record', () => {
    const result = customCredentialRule(validCustom);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const r = result.value;
    expect(r).toMatchObject({
      id: 'apm-pmq',
      body: 'custom',
      bodyName: 'APM',
      unit: 'hours',
      cycleKind: 'custom-months',
      categoryScheme: 'custom:apm-pmq',
      cycleMonths: { value: 12, source: USER_DEFINED },
      total: { value: 35, confidence: 'M' },
      suspensionMonths: { value: 3 },
      areaMin: null,
    });
    expect(r.categories?.minDistinct?.value).toBe(2);
    expect(
      r.categories?.list.map((c) => [c.id, c.name, c.min?.value ?? null, c.cap?.value ?? null]),
    ).toEqual([
      ['formal', 'Formal learning', 10, 20],
      ['informal', 'Informal learning', null, 15],
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a zero-month cycle', { cycleMonths: 0 }, 'cycleMonths', 'TOO_SMALL'],
    ['a total off the quarter steps', { total: 10.1 }, 'total', 'HOURS_NOT_QUARTER'],
    ['a negative total', { total: -5 }, 'total', 'NEGATIVE'],
    ['an empty body', { body: '  ' }, 'body', 'REQUIRED'],
    ['an unknown unit', { unit: 'points' }, 'unit', 'UNKNOWN_VALUE'],
    ['a catalogue id', { id: 'pmp' }, 'id', 'ID_TAKEN'],
    [
      'a duplicate category',
      {
        categories: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      },
      'categories.1.id',
      'DUPLICATE',
    ],
    [
      'a minimum above its cap',
      { categories: [{ id: 'a', name: 'A', min: 9, cap: 5 }] },
      'categories.0.min',
      'MIN_ABOVE_CAP',
    ],
    [
      'more categories required than defined',
      { minDistinctCategories: 3 },
      'minDistinctCategories',
      'TOO_LARGE',
    ],
  ])('rejects %s', (_name, change, field, code) => {
    const result = customCredentialRule({ ...validCustom, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, code });
  });
});

describe('customCredentialSchema: category minimums that do not fit in the total', () => {
  const refused = (change: Record<string, unknown>) => {
    const parsed = customCredentialSchema.safeParse({ ...validCustom, ...change });
    return parsed.success ? [] : issuesToErrors(parsed.error.issues);
  };
  const cat = (id: string, min?: number) => ({
    id,
    name: id,
    ...(min === undefined ? {} : { min }),
  });

  it.each<[string, Record<string, unknown>, unknown[]]>([
    [
      'a minimum of 30 in a total of 20: refused on the minimum, at most 20',
      { total: 20, minDistinctCategories: 0, categories: [cat('a', 30)] },
      [{ field: 'categories.0.min', code: 'MIN_ABOVE_TOTAL', expected: 20, actual: 30 }],
    ],
    [
      'minimums of 15 and 10 in a total of 20: refused on the total, at least 25',
      { total: 20, minDistinctCategories: 0, categories: [cat('a', 15), cat('b', 10)] },
      [{ field: 'total', code: 'TOTAL_BELOW_MINIMUMS', expected: 25, actual: 20 }],
    ],
    [
      'at least 3 categories, two with 10 each, in a total of 20: a quarter hour for the third',
      { total: 20, minDistinctCategories: 3, categories: [cat('a', 10), cat('b', 10), cat('c')] },
      [{ field: 'total', code: 'TOTAL_BELOW_MINIMUMS', expected: 20.25, actual: 20 }],
    ],
  ])('%s', (_name, change, errors) => {
    expect(refused(change)).toEqual(errors);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'a minimum equal to the total',
      { total: 20, minDistinctCategories: 1, categories: [cat('a', 20), cat('b')] },
    ],
    ['minimums adding up to the total', { total: 20, categories: [cat('a', 12.5), cat('b', 7.5)] }],
    [
      'at least 2 categories, one with 19.75, in a total of 20',
      { total: 20, minDistinctCategories: 2, categories: [cat('a', 19.75), cat('b')] },
    ],
    ['no minimums', { total: 0, minDistinctCategories: 0, categories: [cat('a'), cat('b')] }],
  ])('accepts %s', (_name, change) => {
    expect(refused(change)).toEqual([]);
  });

  it('a negative total is said as that alone', () => {
    expect(refused({ total: -5 })).toEqual([{ field: 'total', code: 'NEGATIVE' }]);
  });

  it('one stored before the check still builds its rule, with the numbers given', () => {
    const stored = {
      ...validCustom,
      total: 20,
      minDistinctCategories: 0,
      categories: [cat('a', 30)],
    };
    const built = customCredentialRule(stored);
    expect(built.ok && built.value.total?.value).toBe(20);
    expect(built.ok && built.value.categories?.list[0]?.min?.value).toBe(30);
  });

  it('leastCustomTotal: minimums added, a quarter hour for each further category asked for', () => {
    expect(leastCustomTotal({ categories: [cat('a', 10), cat('b', 5)] })).toBe(15);
    expect(leastCustomTotal({ minDistinctCategories: 2, categories: [cat('a'), cat('b')] })).toBe(
      0.5,
    );
    expect(
      leastCustomTotal({ minDistinctCategories: 1, categories: [cat('a', 10), cat('b')] }),
    ).toBe(10);
  });
});

describe('totalBelowMinimums: a total the rule’s own minimums do not fit in (§1: areas inside education inside the total)', () => {
  it.each(credentialCatalog.map((r) => [r.id, r] as const))('%s as catalogued: fits', (_id, r) => {
    expect(totalBelowMinimums(r)).toBeNull();
  });

  it.each([
    ['PMP total 0: below the Education minimum', pmp, { total: 0 }, 35],
    ['PMP total 34.75', pmp, { total: 34.75 }, 35],
    ['PMP total 35: fits', pmp, { total: 35 }, null],
    [
      'PMP Education 10, total 20: below the areas together (3 × 8)',
      pmp,
      { educationMin: 10, total: 20 },
      24,
    ],
    [
      'PMP minimums lowered first, total 20: fits',
      pmp,
      {
        educationMin: 18,
        areaMin: { waysOfWorking: 6, powerSkills: 6, businessAcumen: 6 },
        total: 20,
      },
      null,
    ],
    [
      'CAPM total 8: below its Education minimum of 9',
      findCredentialRule('capm')!,
      { total: 8 },
      9,
    ],
    ['CSM total 0: no minimums to fit', csm, { total: 0 }, null],
    [
      'CBAP category minimums of 40 and 30 in its total of 60',
      cbap,
      { categoryMins: { academic: 40, 'professional-development': 30 } },
      70,
    ],
    [
      'CBAP category minimums of 30 and 30 in its total of 60: fits',
      cbap,
      { categoryMins: { academic: 30, 'professional-development': 30 } },
      null,
    ],
    ['CBAP total 0: its 2 categories need a quarter hour each', cbap, { total: 0 }, 0.5],
    [
      'CBAP at least 3 categories, one with 59.75, in a total of 60',
      cbap,
      { categoryMins: { academic: 59.75 }, categoryMinDistinct: 3 },
      60.25,
    ],
    [
      'PMI-PMOCP total 10, its minimums unknown',
      findCredentialRule('pmi-pmocp')!,
      { total: 10 },
      null,
    ],
  ] as const)('%s', (_name, rule, overrides, least) => {
    const r = ok(applyOverrides(rule, overrides));
    const found = totalBelowMinimums(r);
    expect(found?.expected ?? null).toBe(least);
    if (least !== null)
      expect(found).toMatchObject({ field: 'total', code: 'TOTAL_BELOW_MINIMUMS' });
  });
});
