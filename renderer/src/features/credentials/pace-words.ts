/**
 * The pace sentence of a cycle: how much a month and a week finish it by its deadline
 * (paceFor in shared/domain/credits/pace.ts gives the numbers, rounded up to the hundredth).
 */
import type { CreditUnit } from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { CycleEvaluation, Pace } from '../../../../shared/domain/credits';
import { deadlineMeaning, type YearDue } from '../../../../shared/domain/credits/pace';
import { formatDate } from '../../components/format';
import { amount, unitWord } from './amount-words';
import { yearDueText } from './cycle-status-words';

/**
 * A pace figure at the one precision both figures of the sentence share: a tenth, always
 * shown ("21.0", so "91.4 … (21.0 a week)" reads as rounded alike), rounded up as paceFor
 * rounds, so the pace said is never below what finishes on time and something still missing
 * never reads "0.0". Worked in whole hundredths, paceFor's own steps, so 0.3 stays 0.3.
 */
export function paceFigure(n: number, locale?: string): string {
  const tenths = Math.ceil(Math.round(n * 100) / 10);
  return (tenths / 10).toLocaleString(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** "91.4 CPEs": a pace in the credential's unit (a decimal, so the plural: "1.0 PDUs"). */
const paceAmount = (n: number, unit: CreditUnit) => `${paceFigure(n)} ${unitWord(unit, 2)}`;

/**
 * The pace that closes the gaps by the deadline: "To finish on time: about 91.4 CPEs a month
 * (21.0 a week)." Once the cycle has ended, "on time" has passed: the pace is what the renewal
 * still needs by the renew-by date, said with that date. When the pace is the year's, faster
 * than the cycle's (`year`, yearDueOn's `paced`: ISACA §4, PeopleCert's CPD route §3), it says
 * that year's deadline: "20 CPEs due by 31 Dec 2027 for this year. To meet it: about 30.5
 * CPEs a month (7.0 a week)."
 */
export function paceText(
  ev: Pick<CycleEvaluation, 'end' | 'deadline' | 'unit' | 'remaining'>,
  pace: Pace,
  deadline: LocalDate,
  year?: YearDue | null,
): string {
  const rate = `about ${paceAmount(pace.perMonth, ev.unit)} a month (${paceFigure(pace.perWeek)} a week)`;
  if (year?.paced) return `${yearDueText(year.needed, ev.unit, year.end)}. To meet it: ${rate}.`;
  if (deadlineMeaning(ev) === 'renew-by')
    return `To renew by ${formatDate(deadline)}, earn the ${amount(ev.remaining, ev.unit)} still missing: ${rate}.`;
  return `To finish on time: ${rate}.`;
}
