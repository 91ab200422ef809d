/**
 * The words of a cycle's claim CSV (the credit log's and the credential page's export, and
 * the audit pack's copy of it): type, status and category names, and how a course counted by
 * its semester credits was counted (ISACA: 15 CPE hours each, domain-facts §4), said as the
 * credential page's "Why" says it.
 */
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import type { ClaimCsvLabels, HowCounted } from '../../../../shared/domain/claims';
import { semesterCreditsText } from '../credentials/amount-words';
import {
  activityTypeLabels,
  categoryNameIn,
  claimStatusLabels,
  reasonText,
} from '../credentials/messages';

type CountingRule = Pick<
  CredentialRule,
  'unit' | 'body' | 'bodyName' | 'cpePerSemesterCredit' | 'acronym' | 'categories'
>;

/**
 * "3 semester credits × 15 = 45 CPEs (ISACA)", or "… × 10 (your number) = 30 CPEs" for the
 * holder's own rate; then anything that lowered it, as sentences ("Only the relevant share
 * counts: 50% of 45 CPEs, so 22.5 CPEs.").
 */
export function howCountedText(how: HowCounted, rule: CountingRule): string {
  const credits = semesterCreditsText(how.credits, rule);
  const after = how.reasons.map((r) => reasonText(r, rule.unit, rule.acronym, rule));
  return after.length === 0 ? credits : `${credits}. ${after.join(' ')}`;
}

/** The claim CSV's words for one credential's cycle. */
export function claimCsvLabels(rule: CountingRule): ClaimCsvLabels {
  return {
    activityType: (t) => activityTypeLabels[t],
    claimStatus: (s) => claimStatusLabels[s],
    category: (id) => categoryNameIn(rule, id),
    howCounted: (how) => howCountedText(how, rule),
  };
}
