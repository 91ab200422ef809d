/**
 * Per-credential overrides of any catalogue number (domain-facts.md preamble: "let the user
 * override any number, because bodies change their rules"). An overridden number keeps the
 * record it replaced, so the "why this number?" panel can show both.
 */
import { z } from 'zod';
import {
  USER_OVERRIDE,
  areas,
  type CategoryRule,
  type CredentialRule,
  type CycleEndRule,
  type Sourced,
} from './types';
import { leastCustomTotal } from './custom';
import { isQuarterStep, issuesToErrors, type FieldError, type Validated } from './validation';

const credits = z
  .number({ error: 'NOT_A_NUMBER' })
  .min(0, { error: 'NEGATIVE' })
  .refine(isQuarterStep, { error: 'HOURS_NOT_QUARTER' });

const whole = (min: number, max: number) =>
  z
    .number({ error: 'NOT_A_NUMBER' })
    .int({ error: 'NOT_WHOLE' })
    .min(min, { error: min === 0 ? 'NEGATIVE' : 'TOO_SMALL' })
    .max(max, { error: 'TOO_LARGE' });

/**
 * The most CPE hours a user may give one semester credit (Ascent decision): a semester credit
 * stands for about 15 contact hours and 30 of study outside class (the Carnegie unit), 45 in
 * all, so no body can count more hours for it than were spent. ISACA counts 15 (§4).
 */
export const CPE_PER_SEMESTER_CREDIT_MAX = 45;

export const ruleOverridesSchema = z.strictObject({
  cycleMonths: whole(1, 120).optional(),
  cycleEnd: z
    .enum(['day-before-anniversary', 'anniversary'], { error: 'UNKNOWN_VALUE' })
    .optional(),
  total: credits.optional(),
  educationMin: credits.optional(),
  areaMin: z
    .strictObject({
      waysOfWorking: credits.optional(),
      powerSkills: credits.optional(),
      businessAcumen: credits.optional(),
    })
    .optional(),
  givingBackMax: credits.optional(),
  practitionerMax: credits.optional(),
  carryOverMax: credits.optional(),
  carryOverWindowMonths: whole(0, 120).optional(),
  categoryMinDistinct: whole(0, 20).optional(),
  categoryCaps: z.record(z.string(), credits).optional(),
  categoryMins: z.record(z.string(), credits).optional(),
  periodicMin: credits.optional(),
  periodicCategoryMins: z.record(z.string(), credits).optional(),
  multiTrackAddOn: credits.optional(),
  suspensionMonths: whole(0, 60).optional(),
  recordRetentionMonths: whole(0, 240).optional(),
  // Whole hours, so every quarter credit comes to whole quarter hours and the line "3 semester
  // credits × 15 = 45 CPE hours" is exact (semesterCreditQuarters).
  cpePerSemesterCredit: whole(1, CPE_PER_SEMESTER_CREDIT_MAX).optional(),
});

export type RuleOverrides = z.input<typeof ruleOverridesSchema>;

/** Plain numbers of the rule record that may be overridden when the rule has them. */
const scalarKeys = [
  'cycleMonths',
  'total',
  'educationMin',
  'givingBackMax',
  'practitionerMax',
  'carryOverMax',
  'carryOverWindowMonths',
  'multiTrackAddOn',
  'suspensionMonths',
  'recordRetentionMonths',
] as const;

function overridden<T>(original: Sourced<T> | null, value: T): Sourced<T> {
  const base: Sourced<T> = { value, confidence: 'M', source: USER_OVERRIDE };
  const catalogue = original?.replaced ?? original;
  return catalogue ? { ...base, replaced: catalogue } : base;
}

function overrideList(
  list: readonly CategoryRule[],
  values: Record<string, number> | undefined,
  key: 'min' | 'cap',
  field: string,
  errors: FieldError[],
): CategoryRule[] {
  const known = new Set(list.map((c) => c.id));
  for (const id of Object.keys(values ?? {})) {
    if (!known.has(id)) errors.push({ field: `${field}.${id}`, code: 'UNKNOWN_CATEGORY' });
  }
  return list.map((c) => {
    const value = values?.[c.id];
    return value === undefined ? c : { ...c, [key]: overridden(c[key], value) };
  });
}

function overrideScalars(rule: CredentialRule, o: RuleOverrides, errors: FieldError[]) {
  const next: CredentialRule = { ...rule };
  for (const key of scalarKeys) {
    const value = o[key];
    if (value === undefined) continue;
    const lifetimeCycle = key === 'cycleMonths' && rule.cycleKind === 'lifetime';
    if (rule[key] === null || lifetimeCycle) errors.push({ field: key, code: 'NOT_APPLICABLE' });
    else next[key] = overridden(rule[key], value);
  }
  if (
    o.cycleMonths !== undefined &&
    rule.cycleKind === 'isaca-annual-and-3y' &&
    o.cycleMonths % 12
  ) {
    errors.push({ field: 'cycleMonths', code: 'NOT_WHOLE_YEARS' });
  }
  if (o.cpePerSemesterCredit !== undefined) {
    // Optional on the rule (only ISACA has it), never null: absent means it does not apply.
    const perCredit = rule.cpePerSemesterCredit;
    if (!perCredit) errors.push({ field: 'cpePerSemesterCredit', code: 'NOT_APPLICABLE' });
    else next.cpePerSemesterCredit = overridden(perCredit, o.cpePerSemesterCredit);
  }
  if (o.cycleEnd !== undefined) {
    if (rule.cycleEnd === null) errors.push({ field: 'cycleEnd', code: 'NOT_APPLICABLE' });
    else next.cycleEnd = overridden<CycleEndRule>(rule.cycleEnd, o.cycleEnd);
  }
  return next;
}

function overrideAreas(rule: CredentialRule, o: RuleOverrides, errors: FieldError[]) {
  if (!o.areaMin) return rule.areaMin;
  if (!rule.areaMin) {
    errors.push({ field: 'areaMin', code: 'NOT_APPLICABLE' });
    return rule.areaMin;
  }
  const current = rule.areaMin;
  const given = o.areaMin;
  const pick = (area: (typeof areas)[number]) => {
    const value = given[area];
    return value === undefined ? current[area] : overridden(current[area], value);
  };
  return {
    waysOfWorking: pick('waysOfWorking'),
    powerSkills: pick('powerSkills'),
    businessAcumen: pick('businessAcumen'),
  };
}

function overrideCategories(rule: CredentialRule, o: RuleOverrides, errors: FieldError[]) {
  const touches = o.categoryCaps || o.categoryMins || o.categoryMinDistinct !== undefined;
  if (!touches) return rule.categories;
  if (!rule.categories) {
    errors.push({ field: 'categories', code: 'NOT_APPLICABLE' });
    return rule.categories;
  }
  let list = overrideList(rule.categories.list, o.categoryCaps, 'cap', 'categoryCaps', errors);
  list = overrideList(list, o.categoryMins, 'min', 'categoryMins', errors);
  const minDistinct =
    o.categoryMinDistinct === undefined
      ? rule.categories.minDistinct
      : overridden(rule.categories.minDistinct, o.categoryMinDistinct);
  return { minDistinct, list };
}

function overridePeriodic(rule: CredentialRule, o: RuleOverrides, errors: FieldError[]) {
  if (o.periodicMin === undefined && !o.periodicCategoryMins) return rule.periodic;
  if (!rule.periodic) {
    errors.push({ field: 'periodic', code: 'NOT_APPLICABLE' });
    return rule.periodic;
  }
  const p = rule.periodic;
  return {
    ...p,
    min: o.periodicMin === undefined ? p.min : overridden(p.min, o.periodicMin),
    categoryMins: overrideList(
      p.categoryMins,
      o.periodicCategoryMins,
      'min',
      'periodicCategoryMins',
      errors,
    ),
  };
}

/**
 * Applies the user's numbers to a rule (domain-facts.md preamble; any number, per
 * credential). Validation: credit quantities non-negative in 0.25 steps (PDUs are recorded
 * in quarter hours, §1 A), months and counts whole, hours per semester credit whole from 1 to
 * CPE_PER_SEMESTER_CREDIT_MAX; a number the rule does not have is NOT_APPLICABLE. Overridden numbers get source USER_OVERRIDE and keep `replaced`.
 */
export function applyOverrides(
  rule: CredentialRule,
  overrides: unknown,
): Validated<CredentialRule> {
  const parsed = ruleOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const o = parsed.data;
  const errors: FieldError[] = [];
  const next = overrideScalars(rule, o, errors);
  next.areaMin = overrideAreas(rule, o, errors);
  next.categories = overrideCategories(rule, o, errors);
  next.periodic = overridePeriodic(rule, o, errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: next };
}

/**
 * A rule whose total is below what its own minimums ask for (the Education minimum, or the
 * area minimums together: domain-facts §1, B, the area minimums lie inside the education
 * minimum, which lies inside the total; or the category minimums and "at least N categories",
 * read as for a credential of one's own, leastCustomTotal: IIBA, §4, has no category minimum in
 * the catalogue, but a user may set some) cannot be met by reaching its total, yet a steady
 * pace towards that total would call the cycle on track. Such a total is refused when a
 * user's number makes it so (saveHeld); `expected` is the least total the minimums allow.
 */
export function totalBelowMinimums(rule: CredentialRule): FieldError | null {
  const total = rule.total?.value;
  if (total === null || total === undefined) return null;
  const education = rule.educationMin?.value ?? 0;
  const areas = rule.areaMin
    ? [rule.areaMin.waysOfWorking, rule.areaMin.powerSkills, rule.areaMin.businessAcumen].reduce(
        (sum, m) => sum + (m?.value ?? 0),
        0,
      )
    : 0;
  const categories = rule.categories
    ? leastCustomTotal({
        minDistinctCategories: rule.categories.minDistinct?.value ?? 0,
        categories: rule.categories.list.map((c) => ({ min: c.min?.value ?? 0 })),
      })
    : 0;
  const least = Math.max(education, areas, categories);
  return total < least
    ? { field: 'total', code: 'TOTAL_BELOW_MINIMUMS', expected: least, actual: total }
    : null;
}
