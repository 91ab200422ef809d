import type { CredentialRule } from '../../../../shared/catalog/credentials';
import { earnedBeforeRule, type HeldCredential } from '../../../../shared/domain/credentials';
import { formatDate } from '../../components/format';

/**
 * A credential earned before the day the catalogue's numbers are known to apply from (CAPM:
 * 1 Oct 2020, domain-facts §1): says so and what to do. Nothing otherwise.
 */
export function RuleAppliesNotice({
  credential,
  rule,
}: {
  credential: HeldCredential;
  rule: CredentialRule;
}) {
  const from = earnedBeforeRule(credential, rule);
  if (!from) return null;
  return (
    <p className="warning-text" role="note" aria-label={`${rule.acronym} rule`}>
      The {rule.acronym} rule Ascent uses applies to certificates from {formatDate(from)}. Yours is
      from {formatDate(credential.earnedDate!)}: check with {rule.body} which rule applies to it,
      and change the numbers under “Why this number?” on its page if they differ.
    </p>
  );
}
