/**
 * Carrying a Talent Triangle split to a new number of hours (review A3). When a journal
 * entry's hours change and its credit entries are updated to match, the split the person gave
 * keeps its proportions instead of falling back to the suggested one. Ascent's decision (M):
 * PMI only asks that the split add up to the counted hours (domain-facts §1, A), and PDUs are
 * recorded in quarter hours (§1, A; DESIGN.md §4), so the shares are rounded to quarter hours
 * by the largest-remainder method, which adds up exactly and never goes above the total.
 */
import { areas } from '../../catalog/credentials/types';
import type { AreaSplit } from '../credits/activity';
import { toHours, toQuarters } from '../credits/quarters';

/** Quarter hours in a split (its areas together). */
export function splitQuarters(split: AreaSplit): number {
  return areas.reduce((t, area) => t + toQuarters(split[area]), 0);
}

/** Two splits with the same quarter hours in every area. */
export function sameSplit(a: AreaSplit | null, b: AreaSplit | null): boolean {
  return a === null || b === null
    ? a === b
    : areas.every((area) => toQuarters(a[area]) === toQuarters(b[area]));
}

/**
 * `split` carried to `hours` (in quarter-hour steps): every area gets the whole quarters of
 * its exact share (its hours × new total ÷ old total), and the quarters still missing go one
 * each to the areas with the largest remainders — on a tie, in the Talent Triangle's order
 * (Ways of Working, Power Skills, Business Acumen). The parts add up to `hours` exactly, no
 * part is above it, and an area with no hours stays at none. A split with no hours (or a
 * negative part) has no proportions to keep: null. Worked example: 4/4/8 of 16 h carried to 20 h is 5/5/10; 1/1/1
 * carried to 1 h is 0.5/0.25/0.25.
 */
export function scaleSplit(split: AreaSplit, hours: number): AreaSplit | null {
  const from = splitQuarters(split);
  const to = toQuarters(hours);
  if (from <= 0 || to < 0 || areas.some((area) => toQuarters(split[area]) < 0)) return null;
  // Exact integer arithmetic: share = q × to ÷ from, as whole part and remainder.
  const parts = areas.map((area, order) => {
    const exact = toQuarters(split[area]) * to;
    return { area, order, whole: Math.floor(exact / from), remainder: exact % from };
  });
  let missing = to - parts.reduce((t, p) => t + p.whole, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.order - b.order);
  for (const p of byRemainder) {
    if (missing === 0 || p.remainder === 0) break;
    p.whole += 1;
    missing -= 1;
  }
  const out = { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 };
  for (const p of parts) out[p.area] = toHours(p.whole);
  return out;
}

/**
 * A course's stored split once its contact hours are `hours` (the course form has no split
 * field, so a split kept from a restore or an earlier version could not be put right there): as
 * it is while it still adds up to them, else carried to them by scaleSplit, the rule a journal
 * entry's credit entries follow when its hours change; none when it has no proportions to keep.
 */
export function courseSplitFor(split: AreaSplit | null, hours: number): AreaSplit | null {
  if (!split) return null;
  return splitQuarters(split) === toQuarters(hours) ? split : scaleSplit(split, hours);
}
