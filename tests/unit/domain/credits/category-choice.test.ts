/**
 * The body's own category of an activity (activity.categories): which rules let the user
 * choose one, where Ascent files an untagged activity, and which tags a rule does not know.
 * IIBA's six CDU categories (domain-facts §4), PeopleCert's CPD categories (§3), and the
 * categories of a credential of the user's own (issue 3 part 1).
 */
import { describe, expect, it } from 'vitest';
import { customCredentialRule, type CredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { validateActivity } from '../../../../shared/domain/credits';
import {
  categoryChoiceOf,
  filedCategory,
  unknownCategoryTags,
} from '../../../../shared/domain/credits/category-choice';
import { activity, evaluate, held, rule } from './fixtures';

function own(categories: { id: string; name: string; min?: number }[]): CredentialRule {
  const built = customCredentialRule({
    id: 'custom-cpd',
    acronym: 'MYCPD',
    name: 'My CPD',
    body: 'My institute',
    unit: 'CPD',
    cycleMonths: 12,
    total: 20,
    minDistinctCategories: categories.length ? 1 : undefined,
    categories,
  });
  if (!built.ok) throw new Error('invalid custom credential');
  return built.value;
}

const formal = own([{ id: 'category-1', name: 'Formal learning', min: 5 }]);

describe('categoryChoiceOf: the categories the user can choose between', () => {
  it.each<[string, CredentialRule, string | null, number]>([
    ['PMP sorts by Talent Triangle area, not categories', rule('pmp'), null, 0],
    ['CISA has no categories', rule('cisa'), null, 0],
    ['CSM has no categories', rule('csm'), null, 0],
    ['CBAP: IIBA’s six CDU categories', rule('cbap'), 'iiba', 6],
    [
      'PRINCE2 Practitioner: PeopleCert’s four CPD categories',
      rule('prince2-practitioner'),
      'peoplecert',
      4,
    ],
    ['an own credential with one category', formal, 'custom:custom-cpd', 1],
    ['an own credential defined without categories', own([]), null, 0],
  ])('%s', (_name, r, scheme, count) => {
    const choice = categoryChoiceOf(r);
    expect(choice?.scheme ?? null).toBe(scheme);
    expect(choice?.ids.length ?? 0).toBe(count);
  });

  it('lists IIBA’s categories in the rule’s order', () => {
    expect(categoryChoiceOf(rule('ccba'))?.ids).toEqual([
      'academic',
      'professional-development',
      'professional-activities',
      'self-directed',
      'volunteer',
      'professional-experience',
    ]);
  });
});

describe('filedCategory: where Ascent files an untagged activity', () => {
  it.each<[string, string, string | null]>([
    ['iiba', 'course-or-training', 'professional-development'],
    ['iiba', 'volunteer', 'volunteer'],
    ['peoplecert', 'course-or-training', 'training-and-qualifications'],
    ['peoplecert', 'work-as-practitioner', 'professional-experience'],
    ['custom:custom-cpd', 'course-or-training', null],
    ['iiba', '', null],
  ])('%s, %s → %s', (scheme, type, filed) => {
    expect(filedCategory(scheme as CredentialRule['categoryScheme'], type)).toBe(filed);
  });
});

describe('unknownCategoryTags: a tag must name a category of the held credential’s rule', () => {
  const rules = [rule('cbap'), rule('ccba'), formal, rule('pmp')];

  it('takes the rules’ own categories', () => {
    const tags = { iiba: 'academic', 'custom:custom-cpd': 'category-1' };
    expect(unknownCategoryTags({ categories: tags }, rules)).toEqual([]);
    expect(unknownCategoryTags({}, rules)).toEqual([]);
  });

  it('names each scheme whose tag is not one of its categories, once', () => {
    const tags = { iiba: 'formal-learning', 'custom:custom-cpd': 'category-2' };
    expect(unknownCategoryTags({ categories: tags }, rules)).toEqual([
      { field: 'categories.iiba', code: 'UNKNOWN_VALUE' },
      { field: 'categories.custom:custom-cpd', code: 'UNKNOWN_VALUE' },
    ]);
  });

  it('leaves a tag of a credential no longer held (as a restored backup keeps it)', () => {
    expect(unknownCategoryTags({ categories: { 'custom:gone': 'x' } }, rules)).toEqual([]);
  });
});

describe('validateActivity: the category tags’ shape', () => {
  const base = activity({ date: '2026-06-10', amount: 25 });
  it.each<[string, unknown, string[]]>([
    ['a category by scheme', { iiba: 'academic' }, []],
    ['none (null, as a restored row may hold)', null, []],
    ['an empty category', { iiba: '' }, ['categories.iiba']],
    ['a number', { iiba: 3 }, ['categories.iiba']],
    ['not a map', 'academic', ['categories']],
    ['a list', ['academic'], ['categories']],
  ])('%s', (_name, categories, fields) => {
    const errors = validateActivity({ ...base, categories } as never, '2026-12-06');
    expect(errors.map((e) => e.field)).toEqual(fields);
  });
});

describe('a tagged activity counts in the category chosen (the repro of the category gap)', () => {
  const mine: HeldWithRule = { credential: held('custom-cpd', '2026-06-01'), rule: formal };
  const course = (extra = {}) =>
    activity({ date: '2026-06-10', amount: 25, unit: 'body-unit', ...extra });

  it('untagged, "Formal learning" stays 5 short; tagged, it is met', () => {
    const untagged = evaluate(mine, [course()], '2026-12-06');
    expect(untagged.shortfalls).toEqual([
      { code: 'CATEGORY_MIN', category: 'category-1', needed: 5 },
      { code: 'CATEGORY_COUNT', needed: 1 },
    ]);
    const tagged = evaluate(
      mine,
      [course({ categories: { 'custom:custom-cpd': 'category-1' } })],
      '2026-12-06',
    );
    expect(tagged.shortfalls).toEqual([]);
    expect(tagged.counted.byCategory).toEqual({ 'category-1': 25 });
  });

  it('an IIBA university course tagged "academic" counts as Academic', () => {
    const cbap: HeldWithRule = { credential: held('cbap', '2026-01-01'), rule: rule('cbap') };
    const e = evaluate(cbap, [course({ categories: { iiba: 'academic' } })], '2026-12-06');
    expect(e.counted.byCategory).toEqual({ academic: 25 });
  });
});
