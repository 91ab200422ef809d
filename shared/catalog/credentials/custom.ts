/**
 * User-defined credentials (issue 3, part 1: "body, unit, cycle length, total, category
 * minimums and caps"), validated with zod and turned into the same rule record as the
 * built-in catalogue, so the same engine evaluates them.
 */
import { z } from 'zod';
import { findCredentialRule } from './catalog';
import { USER_DEFINED, type CategoryRule, type CredentialRule, type SourcedNumber } from './types';
import { isQuarterStep, issuesToErrors, type Validated } from './validation';

const credits = z
  .number({ error: 'NOT_A_NUMBER' })
  .min(0, { error: 'NEGATIVE' })
  .refine(isQuarterStep, { error: 'HOURS_NOT_QUARTER' });

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'NOT_A_NUMBER' })
    .int({ error: 'NOT_WHOLE' })
    .min(min, { error: min === 0 ? 'NEGATIVE' : 'TOO_SMALL' })
    .max(max, { error: 'TOO_LARGE' });

const text = (max: number) =>
  z
    .string({ error: 'REQUIRED' })
    .trim()
    .min(1, { error: 'REQUIRED' })
    .max(max, { error: 'TOO_LONG' });

const categorySchema = z.strictObject({
  id: text(64),
  name: text(80),
  min: credits.optional(),
  cap: credits.optional(),
});

/**
 * The definition's shape and the checks every stored definition has passed. A definition
 * saved before a later check (minimumsAboveTotal) still reads (customCredentialRule), so the
 * credentials judged by it keep their rule; saving it again asks for the full check, except
 * when an Undo puts back the version that was stored (updateCustom's `restoring`).
 */
export const storedCustomCredentialSchema = z
  .strictObject({
    id: text(64),
    acronym: text(40),
    name: text(120),
    body: text(80),
    unit: z.enum(['PDU', 'CPD', 'SEU', 'CDU', 'CPE', 'hours'], { error: 'UNKNOWN_VALUE' }),
    cycleMonths: wholeNumber(1, 120),
    total: credits,
    minDistinctCategories: wholeNumber(0, 20).optional(),
    suspensionMonths: wholeNumber(0, 60).optional(),
    categories: z.array(categorySchema).max(20, { error: 'TOO_MANY' }).default([]),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.categories.forEach((category, i) => {
      if (seen.has(category.id)) {
        ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: ['categories', i, 'id'] });
      }
      seen.add(category.id);
      if (category.min !== undefined && category.cap !== undefined && category.min > category.cap) {
        ctx.addIssue({ code: 'custom', message: 'MIN_ABOVE_CAP', path: ['categories', i, 'min'] });
      }
    });
    if ((value.minDistinctCategories ?? 0) > value.categories.length) {
      ctx.addIssue({ code: 'custom', message: 'TOO_LARGE', path: ['minDistinctCategories'] });
    }
    if (findCredentialRule(value.id)) {
      ctx.addIssue({ code: 'custom', message: 'ID_TAKEN', path: ['id'] });
    }
  });

type CategoryMinimums = {
  total: number;
  minDistinctCategories?: number | undefined;
  categories: readonly { min?: number | undefined }[];
};

/**
 * The least total a definition's category minimums fit in (issue 3 part 1; the engine's
 * reading, shortfalls.ts categoryGaps): every credit counts in one category, so the minimums
 * add up, and each further category that "at least N categories" asks for, beyond those with
 * a minimum, needs at least a quarter hour of its own. In quarter hours, so sums are exact.
 */
export function leastCustomTotal(c: Omit<CategoryMinimums, 'total'>): number {
  const mins = c.categories.map((x) => Math.round((x.min ?? 0) * 4));
  const withMin = mins.filter((q) => q > 0).length;
  const further = Math.max(0, (c.minDistinctCategories ?? 0) - withMin);
  return (mins.reduce((sum, q) => sum + q, 0) + further) / 4;
}

/**
 * A total below what the category minimums ask for could be reached without meeting them,
 * as totalBelowMinimums refuses for a built-in rule with the user's numbers: a minimum above
 * the total is refused on that minimum (MIN_ABOVE_TOTAL, `expected` the most it can be: the
 * total); minimums each within the total but together above it, on the total
 * (TOTAL_BELOW_MINIMUMS, `expected` the least total they fit in).
 */
function minimumsAboveTotal(value: CategoryMinimums, ctx: z.RefinementCtx) {
  // A number already refused (negative, off the quarter steps) is said as that alone.
  const fine = (n: number | undefined) => n === undefined || (n >= 0 && isQuarterStep(n));
  if (!fine(value.total) || !value.categories.every((c) => fine(c.min))) return;
  let single = false;
  value.categories.forEach((category, i) => {
    if (category.min === undefined || category.min <= value.total) return;
    single = true;
    ctx.addIssue({
      code: 'custom',
      message: 'MIN_ABOVE_TOTAL',
      path: ['categories', i, 'min'],
      params: { expected: value.total, actual: category.min },
    });
  });
  const least = leastCustomTotal(value);
  if (!single && least > value.total) {
    ctx.addIssue({
      code: 'custom',
      message: 'TOTAL_BELOW_MINIMUMS',
      path: ['total'],
      params: { expected: least, actual: value.total },
    });
  }
}

/** A definition of the user's own as it may be saved: every check, minimumsAboveTotal included. */
export const customCredentialSchema = storedCustomCredentialSchema.superRefine(minimumsAboveTotal);

export type CustomCredentialInput = z.input<typeof customCredentialSchema>;
export type CustomCredential = z.output<typeof customCredentialSchema>;

function user(value: number): SourcedNumber {
  return { value, confidence: 'M', source: USER_DEFINED };
}

function toCategoryRule(category: CustomCredential['categories'][number]): CategoryRule {
  return {
    id: category.id,
    name: category.name,
    min: category.min === undefined ? null : user(category.min),
    cap: category.cap === undefined ? null : user(category.cap),
  };
}

/**
 * Turns a user-defined credential into a rule record (issue 3 part 1). Its cycle is a plain
 * anniversary cycle of `cycleMonths` ending the day before the anniversary (Ascent's
 * convention, as for PMI); its numbers carry the source USER_DEFINED and confidence M.
 */
export function customCredentialRule(input: unknown): Validated<CredentialRule> {
  // The stored checks only: a definition saved before minimumsAboveTotal still judges its
  // credentials (ruleFor), with the numbers the user gave it.
  const parsed = storedCustomCredentialSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const c = parsed.data;
  const rule: CredentialRule = {
    id: c.id,
    acronym: c.acronym,
    name: c.name,
    body: 'custom',
    bodyName: c.body,
    unit: c.unit,
    cycleKind: 'custom-months',
    categoryScheme: `custom:${c.id}`,
    suite: null,
    scrumTrack: null,
    waysOfWorkingDefault: null,
    cycleMonths: user(c.cycleMonths),
    cycleEnd: { value: 'day-before-anniversary', confidence: 'M', source: USER_DEFINED },
    total: user(c.total),
    educationMin: null,
    areaMin: null,
    givingBackMax: null,
    practitionerMax: null,
    carryOverMax: null,
    carryOverWindowMonths: null,
    categories:
      c.categories.length === 0 && c.minDistinctCategories === undefined
        ? null
        : {
            minDistinct:
              c.minDistinctCategories === undefined ? null : user(c.minDistinctCategories),
            list: c.categories.map(toCategoryRule),
          },
    periodic: null,
    multiTrackAddOn: null,
    suspensionMonths: c.suspensionMonths ? user(c.suspensionMonths) : null,
    recordRetentionMonths: null,
  };
  return { ok: true, value: rule };
}
