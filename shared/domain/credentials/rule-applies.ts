/**
 * Whether the catalogue's numbers are known to apply to a held credential: CAPM's row holds
 * "since 1 Oct 2020" (domain-facts §1, `ruleAppliesFrom`), and the facts give no rule for an
 * earlier certificate. The numbers are still used; the holder is told to check them.
 */
import type { CredentialRule } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import type { HeldCredential } from './held';

/**
 * The first certification day the rule is known to apply to, when `held` was earned before
 * it; null otherwise (not earned, no such day, or earned on or after it).
 */
export function earnedBeforeRule(
  held: Pick<HeldCredential, 'stage' | 'earnedDate'>,
  rule: Pick<CredentialRule, 'ruleAppliesFrom'>,
): LocalDate | null {
  const from = rule.ruleAppliesFrom?.value;
  if (!from || held.stage !== 'earned' || !isLocalDate(held.earnedDate)) return null;
  return held.earnedDate < from ? from : null;
}
