import { formatPercent } from '../../components/format';

/**
 * Readiness in words. The percentage is the mean progress over the essential requirements
 * (readinessScore in shared/domain/readiness/rung.ts), so part-way progress raises it while
 * the count beside it names only the requirements fully met: 84% can sit beside 15 of 21.
 * The words keep the two apart so that neither reads as a sum of the other.
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

/** "84% of the way there · 15 of 21 essential requirements fully met". */
export function readinessWords(score: number, essential: Tally, recommended?: Tally): string {
  return `${readinessPercentWords(score)} · ${readinessCountWords(essential, recommended)}`;
}

/** Said once where the percentage is first shown on a screen and in the report. */
export const readinessNote =
  'A readiness percentage also counts part-way progress on each essential requirement, so it can be higher than the share fully met.';
