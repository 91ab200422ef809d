/**
 * The next credential deadline (issue 3 part 5: the Dashboard shows the next deadline): the
 * earliest cycle deadline on or after `asOf` among the credentials' current cycles. Its days
 * left follow the same convention as the credential card (daysUntilDeadline: calendar days
 * from today, 0 on the deadline day, the last day to act).
 */
import type { LocalDate } from '../../dates';
import type { CycleEvaluation } from '../credits';
import { daysUntilDeadline } from '../credits/pace';

export interface NextDeadline {
  heldId: string;
  date: LocalDate;
  daysLeft: number;
  met: boolean;
}

export function nextDeadline(
  evaluations: readonly (CycleEvaluation | null)[],
  asOf: LocalDate,
): NextDeadline | null {
  let best: NextDeadline | null = null;
  for (const ev of evaluations) {
    if (!ev?.deadline || ev.deadline < asOf || ev.status === 'renewed') continue;
    if (!best || ev.deadline < best.date) {
      best = {
        heldId: ev.heldId,
        date: ev.deadline,
        daysLeft: daysUntilDeadline(asOf, ev.deadline),
        met: ev.met,
      };
    }
  }
  return best;
}
