/**
 * Amounts of credit in words, the pieces every longer sentence about credits is built from:
 * units ("12 PDUs"), hours, categories and the periods of a cycle (messages.ts re-exports
 * them, but for hoursText).
 */
import type { CreditUnit } from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, formatNumber as num } from '../../components/format';

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

export function categoryLabel(category: string): string {
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "21 May 2024 – 20 May 2025": a sub-period of a cycle (an ISACA year, a PeopleCert CPD year). */
export function periodText(p: { start: LocalDate; end: LocalDate }): string {
  return `${formatDate(p.start)} – ${formatDate(p.end)}`;
}

/** "1 hour", "12 hours": hours of an activity, as its form asks for them. */
export const hoursText = (n: number) => `${num(n)} ${n === 1 ? 'hour' : 'hours'}`;
