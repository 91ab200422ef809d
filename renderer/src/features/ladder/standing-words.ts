/**
 * Words for a credential the user holds and its standing (HeldEvidence from
 * shared/domain/eligibility): why a suspended, expired or not-current credential does not
 * count where good standing is asked for, and what to do about it (domain-facts §1, §3).
 */
import type { HeldEvidence } from '../../../../shared/domain/eligibility';
import { formatDate } from '../../components/format';

/** How an expired credential is held again where its body's texts do not say (domain-facts §4). */
export const ASK_BODY = 'ask the certifying body how to hold it again';

/**
 * Why a held credential is out of good standing, with what to do:
 * "PMP has been suspended since 5 Dec 2026; renew it by 4 Dec 2027". Null when it is in good
 * standing (active, earned, declared).
 */
export function outOfStandingText(name: string, h: HeldEvidence): string | null {
  const since = h.since ? ` since ${formatDate(h.since)}` : '';
  switch (h.status) {
    case 'suspended':
      return `${name} has been suspended${since}; renew it${h.renewBy ? ` by ${formatDate(h.renewBy)}` : ''}`;
    case 'not-current':
      return `${name} is not current${since}; renew it to make it current again`;
    case 'expired':
      return `${name} expired${h.since ? ` on ${formatDate(h.since)}` : ''}; ${h.regain === 'exam' ? 'pass the exam again to hold it' : ASK_BODY}`;
    default:
      return null;
  }
}

/** "You hold CAPM."; "You hold PMP. It has been suspended since 5 Dec 2026; renew it by 4 Dec 2027." */
export function holdSentence(name: string, h: HeldEvidence): string {
  const why = outOfStandingText('It', h);
  return why ? `You hold ${name}. ${why}.` : `You hold ${name}.`;
}

/** The short label in place of a verdict: "You hold it", "You hold it (suspended)". */
export function holdLabel(h: HeldEvidence): string {
  switch (h.status) {
    case 'suspended':
      return 'You hold it (suspended)';
    case 'not-current':
      return 'You hold it (not current)';
    case 'expired':
      return 'Expired';
    default:
      return 'You hold it';
  }
}
