import { formatPercent } from '../../components/format';

/**
 * Readiness in words. The percentage is the mean progress over the essential requirements
 * (readinessScore in shared/domain/readiness/rung.ts), so part-way progress raises it while
 * the count beside it names only the requirements fully met: 84% can sit beside 15 of 21.
 * The words keep the two apart so that neither reads as a sum of the other. A rung with no
 * essential requirement has no percentage (score null): the words say what to add instead.
 */

interface Tally {
  met: number;
  total: number;
}

/** "84% of the way there". */
export function readinessPercentWords(score: number): string {
  return `${formatPercent(score)} of the way there`;
}

/**
 * "15 of 21 essential requirements fully met"; with the recommended ones (the rung's own
 * page) "15 of 21 essential and 1 of 3 recommended requirements fully met".
 */
export function readinessCountWords(essential: Tally, recommended?: Tally): string {
  if (!recommended) {
    return essential.total === 0
      ? 'no essential requirements yet'
      : `${essential.met} of ${essential.total} essential requirements fully met`;
  }
  return `${essential.met} of ${essential.total} essential and ${recommended.met} of ${recommended.total} recommended requirements fully met`;
}

/** Said for a rung without any requirement, in place of a percentage. */
export const NO_REQUIREMENTS = 'No requirements yet: add some to measure how ready you are';

/**
 * In place of a percentage for a rung with no essential requirement (score null): none at
 * all, or only recommended ones ("No essential requirements yet: … · 0 of 2 recommended
 * requirements fully met").
 */
export function unmeasuredWords(recommended: Tally): string {
  if (recommended.total === 0) return NO_REQUIREMENTS;
  return `No essential requirements yet: make one essential to measure how ready you are · ${recommended.met} of ${recommended.total} recommended requirements fully met`;
}

/**
 * The printed report's words for a target rung with no essential requirement (score null):
 * about the rung, not to its owner, and never "100%".
 */
export const REPORT_UNMEASURED = 'not measured, as no essential requirements are set for this rung';

/** The report's "Next actions" for such a rung, where there are none. */
export const REPORT_NOTHING_TO_DO =
  'No next actions: no essential requirements are set for this rung.';

/**
 * The screens' "Next best actions" for a rung with no essential requirement, where there are
 * none: not "every requirement is met", which would say it is reached.
 */
export const NOTHING_TO_MEASURE =
  'No next actions yet: this rung has no essential requirements. Add some on its page to see what to do next.';

/** What readinessWords reads of a rung's readiness (RungReadiness). */
export interface ReadinessFigures {
  score: number | null;
  essential: Tally;
  recommended: Tally;
}

/**
 * "84% of the way there · 15 of 21 essential requirements fully met"; `withRecommended` (the
 * rung's own page) counts the recommended ones too. Without a score, unmeasuredWords.
 */
export function readinessWords(r: ReadinessFigures, withRecommended = false): string {
  if (r.score === null) return unmeasuredWords(r.recommended);
  const count = readinessCountWords(r.essential, withRecommended ? r.recommended : undefined);
  return `${readinessPercentWords(r.score)} · ${count}`;
}

/** Said once where the percentage is first shown on a screen and in the report. */
export const readinessNote =
  'A readiness percentage also counts part-way progress on each essential requirement, so it can be higher than the share fully met.';
