/**
 * The rule panel's numbers in words: each number's name, its value with its unit, and what to
 * type when a number of the user's own is refused (RulePanel.tsx).
 */
import {
  CPE_PER_SEMESTER_CREDIT_MAX,
  type CredentialRule,
} from '../../../../shared/catalog/credentials';
import type { RuleNumber } from '../../../../shared/domain/rule-panel/rule-numbers';
import { formatNumber } from '../../components/format';
import { categoryNameIn, unitHoursWord, unitWord } from './amount-words';
import { areaLabels } from './labels';

const keyLabels: Record<string, string> = {
  cycleMonths: 'Cycle length',
  total: 'Total per cycle',
  educationMin: 'Education, at least',
  givingBackMax: 'Giving Back, at most',
  practitionerMax: 'Work as a practitioner, at most',
  carryOverMax: 'Carry-over to the next cycle, at most',
  carryOverWindowMonths: 'Carry-over only from the last',
  categoryMinDistinct: 'Categories with credits, at least',
  periodicMin: 'Each year, at least',
  multiTrackAddOn: 'Extra for each other track',
  suspensionMonths: 'Suspension after the end',
  recordRetentionMonths: 'Keep records after the end',
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Total per cycle", "Power Skills, at least", "CPE hours per semester credit"; a category by
 * its own name ("Formal learning, at least"), not its id.
 */
export function numberLabel(
  n: RuleNumber,
  rule: Pick<CredentialRule, 'unit' | 'categories'>,
): string {
  const [head, sub] = n.key.split(/\.(.*)/s);
  if (head === 'areaMin') return `${areaLabels[sub as keyof typeof areaLabels]}, at least`;
  if (head === 'categoryMins') return `${categoryNameIn(rule, sub ?? '')}, at least`;
  if (head === 'categoryCaps') return `${categoryNameIn(rule, sub ?? '')}, at most`;
  if (head === 'periodicCategoryMins')
    return `${categoryNameIn(rule, sub ?? '')} each year, at least`;
  // In the unit the credit log's preview counts them in: "3 semester credits × 15 = 45 CPE hours".
  if (head === 'cpePerSemesterCredit')
    return capitalised(`${unitHoursWord(rule.unit)} per semester credit`);
  return keyLabels[head ?? ''] ?? n.key;
}

/** "36 months", "120 CPEs", "15" (a rate: its label names the unit). */
export function numberValueText(n: RuleNumber, rule: Pick<CredentialRule, 'unit'>): string {
  const v = n.sourced.value;
  if (v === null) return 'Unknown';
  if (n.kind === 'months') return `${formatNumber(v)} ${v === 1 ? 'month' : 'months'}`;
  if (n.kind === 'count' || n.kind === 'rate') return formatNumber(v);
  return `${formatNumber(v)} ${unitWord(rule.unit, v)}`;
}

/** What to type for a rate: whole hours, 1 to CPE_PER_SEMESTER_CREDIT_MAX (overrides.ts). */
function rateAdvice(rule: Pick<CredentialRule, 'unit'>): string {
  return `Enter a whole number of ${unitHoursWord(rule.unit)} from 1 to ${formatNumber(CPE_PER_SEMESTER_CREDIT_MAX)}, for example 15.`;
}

/**
 * Why the number typed for `n` cannot be used, before it is saved, or null when it can be.
 * Hours per semester credit are whole hours from 1 to 45; every other number is zero or more
 * (the save then checks steps and limits, ownNumberRefusal words them).
 */
export function ownNumberProblem(
  n: RuleNumber,
  rule: Pick<CredentialRule, 'unit'>,
  typed: string,
): string | null {
  if (n.kind === 'rate') {
    const whole = /^\d+$/.test(typed) ? Number(typed) : NaN;
    return whole >= 1 && whole <= CPE_PER_SEMESTER_CREDIT_MAX ? null : rateAdvice(rule);
  }
  return /^\d+(\.\d+)?$/.test(typed) ? null : 'Enter a number of zero or more.';
}

/**
 * A refused number for a rate in the row's own words (the sentence ownNumberProblem gives), or
 * null to word the refusal as for any other number.
 */
export function ownNumberRefusal(
  n: RuleNumber,
  rule: Pick<CredentialRule, 'unit'>,
  code: string | undefined,
): string | null {
  const aboutTheValue = ['NOT_A_NUMBER', 'NOT_WHOLE', 'TOO_SMALL', 'TOO_LARGE', 'NEGATIVE'];
  return n.kind === 'rate' && code !== undefined && aboutTheValue.includes(code)
    ? rateAdvice(rule)
    : null;
}

/** The rule panel's rows when a save of the person's own number or reading is not written. */
export const ruleSaveWords = {
  /** Changed in another window since the panel was drawn (saveHeld's ifStill). */
  conflict:
    'The credential changed elsewhere while this was being saved; nothing was saved. Check the rule as it shows now, then try again.',
  unexpected:
    'Nothing was saved because of an unexpected problem; the rule in use is unchanged. Try again.',
};
