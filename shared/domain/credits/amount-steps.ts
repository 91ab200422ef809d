/**
 * The amounts nearest to one that is not a whole number of quarter hours, in the unit it was
 * typed in (domain-facts §1: hours in 0.25 steps; 1 CEU = 10 hours, so CEU go in steps of
 * 0.025). What the activity form offers to type instead of an amount it refuses.
 */
import type { AmountUnit } from './activity';

/** Hours in one of `unit` (§1: 1 CEU = 10 contact hours; a PDU or other credit is 1 hour). */
const hoursPer = (unit: AmountUnit) => (unit === 'ceu' ? 10 : 1);

/** The step of `unit`: a quarter hour in it (0.25 hours or credits, 0.025 CEU). */
export function amountStep(unit: AmountUnit): number {
  return 0.25 / hoursPer(unit);
}

export interface NearestAmounts {
  /** The largest amount below, in whole quarter hours; null when that would be nothing. */
  below: number | null;
  /** The smallest amount above, in whole quarter hours. */
  above: number;
}

/**
 * The amounts in `unit` just below and just above `amount` that are whole quarter hours
 * (0.33 CEU, 3.3 hours: 0.325 or 0.35 CEU). For an amount not negative and not itself in
 * steps; each figure is exact to the step (quarters divided, not multiplied, back).
 */
export function nearestAmounts(amount: number, unit: AmountUnit): NearestAmounts {
  const quarters = amount * hoursPer(unit) * 4;
  const down = Math.floor(quarters + 1e-9);
  const up = Math.max(Math.ceil(quarters - 1e-9), down + 1);
  const back = (q: number) => q / (4 * hoursPer(unit));
  return { below: down > 0 ? back(down) : null, above: back(up) };
}
