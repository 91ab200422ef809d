/**
 * The credit log's "Total earned in view" (issue 3 part 5: "a table … with totals"; part 3:
 * a plan is never counted as earned). Planned activities are listed in the table but summed
 * apart, as the report's credit log section does ("Total earned (planned not included)",
 * report/credit-log.ts): with a credential filter the earned total then reads as that
 * credential's log, never planned hours added to earned ones.
 */
import { logTotals, type LogRow, type LogTotals } from './log-view';

export interface EarnedAndPlanned {
  /** Rows done (earned, reported, accepted, audited): what the log shows earned. */
  earned: LogTotals;
  /** Rows still planned: kept apart, never added to the earned total. */
  planned: LogTotals;
}

/**
 * Totals of the rows in view, earned and planned apart. A row is planned when its status — for
 * the chosen credential, with a credential filter (claimStatusFor) — is 'planned', as the
 * table labels it.
 */
export function earnedAndPlannedTotals(rows: readonly LogRow[]): EarnedAndPlanned {
  const earned: LogRow[] = [];
  const planned: LogRow[] = [];
  for (const r of rows) (r.status === 'planned' ? planned : earned).push(r);
  return { earned: logTotals(earned), planned: logTotals(planned) };
}
