/**
 * The Talent Triangle split is PMI's alone (domain-facts §1, B: PMI credentials count
 * education by area, and one activity may be split across the areas; other bodies count the
 * relevant hours whole, §3, §4). These say when the split matters: to whom it is worth
 * showing, and when its absence leaves an activity counting for no PMI credential.
 */
import { isGivingBack } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cyclesFor, type HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import { placeActivity } from './placement';

/**
 * Whether any credential in `held` — at any stage: earned, exam booked, preparing or a
 * target — is one of PMI's (its rule's body is PMI). Without one, the split is of no use to
 * the person and the app need not ask for it.
 */
export function holdsPmiCredential(held: readonly HeldWithRule[]): boolean {
  return held.some((h) => h.rule.body === 'PMI');
}

/**
 * Whether the form asks for the split and the log shows its areas: a PMI credential is held
 * or planned (holdsPmiCredential), or no credential of any kind is there yet — Ascent cannot
 * tell then, and a log is often filled (or imported) before its PMP is added, so the split
 * and the figures already typed stay in view as before.
 */
export function splitApplies(held: readonly HeldWithRule[]): boolean {
  return held.length === 0 || holdsPmiCredential(held);
}

/**
 * True when an education activity without a split counts for no PMI credential it could
 * otherwise count for on `asOf`: a PMI credential takes it in every other respect (earned,
 * not excluded, on or after certification, inside a cycle) and refuses it only for the
 * missing split (placeActivity's NO_AREA_SPLIT, the reason applyActivity gives). Since no PMI
 * credential can count education without a split, one such refusal means it counts for none
 * of them. Giving Back, an activity with a split, and one no PMI credential could take anyway
 * are never flagged.
 */
export function countsForNoPmiForWantOfSplit(
  activity: Activity,
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): boolean {
  return wantingSplit([activity], held, asOf).size > 0;
}

/**
 * The ids of the activities countsForNoPmiForWantOfSplit flags, for a whole log: each PMI
 * credential's cycles are laid out once, and only education activities without a split are
 * placed (a long log is mostly others, issue 9).
 */
export function wantingSplit(
  activities: readonly Activity[],
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): Set<string> {
  const out = new Set<string>();
  const pmi = held
    .filter((h) => h.rule.categoryScheme === 'pmi')
    .map((h) => ({ h, cycles: cyclesFor(h.credential, h.rule, asOf, { alsoHeld: held }) }));
  if (pmi.length === 0) return out;
  for (const a of activities) {
    if (isGivingBack(a.type) || a.split) continue;
    const refused = pmi.some(({ h, cycles }) => {
      const placed = placeActivity(a, h, cycles, asOf);
      return placed.outcome === 'not-counted' && placed.reason.code === 'NO_AREA_SPLIT';
    });
    if (refused) out.add(a.id);
  }
  return out;
}
