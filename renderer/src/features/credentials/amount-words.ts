/**
 * Amounts of credit in words, the pieces every longer sentence about credits is built from:
 * units ("12 PDUs"), hours, categories, the periods of a cycle and a course counted by its
 * semester credits (messages.ts re-exports them, but for hoursText).
 */
import {
  USER_OVERRIDE,
  type CategoryRule,
  type CreditUnit,
  type CredentialRule,
} from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { SemesterCreditCount } from '../../../../shared/domain/credits';
import { formatDate, formatNumber as num } from '../../components/format';
import { bodyLabels } from './labels';

/** The unit as a word after a number: "12 PDUs", "1 hour". */
export function unitWord(unit: CreditUnit, n: number): string {
  const one = n === 1;
  switch (unit) {
    case 'hours':
    case 'none':
      return one ? 'hour' : 'hours';
    default:
      return one ? unit : `${unit}s`;
  }
}

export function amount(n: number, unit: CreditUnit): string {
  return `${num(n)} ${unitWord(unit, n)}`;
}

/**
 * A built-in category's name from its id ("professional-development": "Professional
 * development"). A category the user defined has a name of its own: say it with
 * categoryNameIn, never with this (its id is "category-1" or "category-<uuid>").
 */
export function categoryLabel(category: string): string {
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What naming a category needs of its rule: the categories' ids and the names a user gave
 * them. A CredentialRule is one; so is what a printed report carries without the rule.
 */
export interface CategoryNames {
  categories: { list: readonly Pick<CategoryRule, 'id' | 'name'>[] } | null;
}

/**
 * A category of a rule by its name: the name the user gave it (a credential of their own),
 * else the built-in category's (categoryLabel). Without the rule, the built-in name.
 */
export function categoryNameIn(rule: CategoryNames | undefined, category: string): string {
  const own = rule?.categories?.list.find((c) => c.id === category)?.name;
  return own ?? categoryLabel(category);
}

/** "21 May 2024 – 20 May 2025": a sub-period of a cycle (an ISACA year, a PeopleCert CPD year). */
export function periodText(p: { start: LocalDate; end: LocalDate }): string {
  return `${formatDate(p.start)} – ${formatDate(p.end)}`;
}

/** "1 hour", "12 hours": hours of an activity, as its form asks for them. */
export const hoursText = (n: number) => `${num(n)} ${n === 1 ? 'hour' : 'hours'}`;

/** "CPE hours", "hours": hours in the credential's unit (1 CPE is one hour, domain-facts §4). */
export function unitHoursWord(unit: CreditUnit): string {
  return unit === 'hours' || unit === 'none' ? 'hours' : `${unit} hours`;
}

const creditsWord = (n: number) => (n === 1 ? 'semester credit' : 'semester credits');

/**
 * How a credential counted a course by its semester credits (the engine's SemesterCreditCount,
 * the rule's cpePerSemesterCredit, ISACA 15, domain-facts §4): "3 semester credits × 15 = 45
 * CPEs (ISACA)". Said alike in the activity form's preview and the cycle's activities, in the
 * unit the lines beside it use ("Credits: 45 CPEs"). A rate the holder entered on the rule
 * panel (an override: source USER_OVERRIDE, which the panel shows as "Your own number") is
 * theirs, not the body's: "3 semester credits × 10 (your number) = 30 CPEs".
 */
export function semesterCreditsText(
  c: SemesterCreditCount,
  rule: Pick<CredentialRule, 'unit' | 'body' | 'bodyName' | 'cpePerSemesterCredit'>,
): string {
  const credits = `${num(c.credits)} ${creditsWord(c.credits)}`;
  const hours = amount(c.hours, rule.unit);
  if (rule.cpePerSemesterCredit?.source === USER_OVERRIDE)
    return `${credits} × ${num(c.perCredit)} (your number) = ${hours}`;
  const body = rule.body === 'custom' ? rule.bodyName || bodyLabels.custom : bodyLabels[rule.body];
  return `${credits} × ${num(c.perCredit)} = ${hours} (${body})`;
}
