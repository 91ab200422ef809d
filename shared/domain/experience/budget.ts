/**
 * A role's budget as people type it (issue 5: "optional budget"). A budget is a whole amount
 * of money, so digits grouped in thousands read one way only: "1,000,000", "1 000 000",
 * "1'000'000", "1.000.000" and the Indian "10,00,000" are all whole numbers.
 *
 * Why "1,000" is a thousand here although the credit log refuses it (parseHours, in
 * shared/domain/claims/activity-draft.ts, and shared/domain/import/numbers.ts): hours are
 * often fractional, so "1,000" there may be 1 hour written with a decimal comma, and a wrong
 * guess is off by a thousand. Money is kept in whole units or in cents: nobody writes a
 * project budget to three decimals, so a separator followed by exactly three digits can only
 * group thousands. (A few currencies, such as KWD, have three decimals, but a budget of one
 * dinar is not a project budget.) Anything else — cents ("1500.50"), two digits after a
 * separator ("1,50"), groups of other sizes ("10,00"), separators mixed ("1,000 000") or
 * words and symbols ("€1m") — is not read at all, and the form says what to type.
 */

import type { FieldError } from '../../catalog/credentials/validation';

/** One separator repeated between groups of three, after a first group of one to three. */
const THOUSANDS = /^[1-9]\d{0,2}([,.' ])\d{3}(?:\1\d{3})*$/;
/** Indian grouping: the last three digits, then groups of two ("10,00,000", "1,00,000"). */
const LAKHS = /^[1-9]\d?(?:,\d{2})+,\d{3}$/;
const DIGITS = /^\d+$/;

/**
 * The whole amount a budget field holds: null when blank, NaN when it is not a whole number
 * written plainly or in unambiguous groups of digits (see above); a leading minus is kept,
 * for the validator to refuse (NEGATIVE).
 */
export function parseBudgetAmount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Any space (no-break, thin) is a space; a typographic apostrophe is an apostrophe.
  const normal = trimmed.replace(/\s/g, ' ').replace(/[’‘]/g, "'");
  const negative = /^[-−]/.test(normal);
  const body = negative ? normal.slice(1).trimStart() : normal;
  const readable = DIGITS.test(body) || THOUSANDS.test(body) || LAKHS.test(body);
  if (!readable) return Number.NaN;
  const amount = Number(body.replace(/\D/g, ''));
  return negative ? -amount : amount;
}

/**
 * A budget's currency typed without its amount: the form cannot tell whether the amount was
 * forgotten or the currency left over, so it asks (issue 5 part 9: nothing saved while
 * invalid). The opposite — an amount without a currency — is validateRole's CURRENCY_INVALID.
 * A role keeps no currency without an amount, so this is checked on the typed text, before
 * the role is built. Empty list: nothing wrong.
 */
export function budgetTextErrors(
  amountText: string,
  currencyText: string,
): FieldError<'AMOUNT_MISSING'>[] {
  return amountText.trim() === '' && currencyText.trim() !== ''
    ? [{ field: 'budget.amount', code: 'AMOUNT_MISSING' }]
    : [];
}
