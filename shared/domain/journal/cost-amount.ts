/**
 * A journal entry's cost as people type it (issue 6: a course's, an event's or a
 * membership's cost). The whole part is read as a role's budget is (parseBudgetAmount,
 * shared/domain/experience/budget.ts): digits grouped in thousands read one way only, so
 * "1,995" and "1.995" are 1995, never 1.995 — a separator followed by exactly three digits
 * groups thousands, as nobody prices a course to three decimals. Unlike a budget, a cost may
 * have cents: one or two digits after a decimal mark that is not the grouping separator
 * ("19.99", "19,99", "1,995.50", "1.995,50", "1 995,50"). Anything else ("1,000,50",
 * "1.2345", "€20") is not read, and the form says what to type.
 */
import { parseBudgetAmount } from '../experience/budget';

/** A whole part, a decimal mark and one or two digits of cents. */
const CENTS = /^(.*\d)([.,])(\d{1,2})$/;

/**
 * The amount a cost field holds: null when blank, NaN when unreadable (see above); a leading
 * minus is kept, for the validator to refuse (NEGATIVE).
 */
export function parseCostAmount(text: string): number | null {
  const whole = parseBudgetAmount(text);
  if (whole === null || !Number.isNaN(whole)) return whole;
  const m = CENTS.exec(text.trim());
  if (!m) return Number.NaN;
  const [, head = '', mark = '', cents = ''] = m;
  // The decimal mark is never also the thousands separator: "1,000,50" is not read.
  if (head.includes(mark)) return Number.NaN;
  const units = parseBudgetAmount(head);
  if (units === null || Number.isNaN(units)) return Number.NaN;
  const amount = Number(`${Math.abs(units)}.${cents}`);
  return /^\s*[-−]/.test(head) ? -amount : amount;
}
