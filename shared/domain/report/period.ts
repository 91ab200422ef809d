/**
 * The period a report covers (issue 8 part 1: "this cycle, last 12 months, a custom range").
 */
import { addDays, addMonths, isLocalDate, type LocalDate } from '../../dates';
import type { PeriodChoice, PeriodResult } from './types';

/** A credential cycle in force on the report day, as the period chooser sees it. */
export interface CycleWindow {
  heldId: string;
  start: LocalDate;
  end: LocalDate;
  /** The credential's acronym and the cycle's 0-based number, carried into the period. */
  acronym?: string;
  index?: number;
}

/**
 * Resolves the user's choice on `asOf`.
 * - cycle: the chosen credential's cycle in force (its first to its last day, so planned
 *   activities up to the renew-by date show as planned); without a choice, the cycle that
 *   ends first, being the most pressing one.
 * - last 12 months: the 12 months ending on `asOf`, both ends included (the day after
 *   the same date a year earlier, up to today), so no day is counted twice a year apart.
 * - custom: two valid calendar days, the first not after the second.
 */
export function resolvePeriod(
  choice: PeriodChoice,
  asOf: LocalDate,
  cycles: readonly CycleWindow[],
): PeriodResult {
  if (choice.kind === 'last-12-months') {
    return {
      ok: true,
      period: { kind: choice.kind, from: addDays(addMonths(asOf, -12), 1), to: asOf, heldId: null },
    };
  }
  if (choice.kind === 'custom') {
    if (!isLocalDate(choice.from) || !isLocalDate(choice.to))
      return { ok: false, problem: 'INVALID_DATE' };
    if (choice.from > choice.to) return { ok: false, problem: 'FROM_AFTER_TO' };
    return { ok: true, period: { kind: 'custom', from: choice.from, to: choice.to, heldId: null } };
  }
  const inForce = cycles.filter((c) => c.start <= asOf && asOf <= c.end);
  const chosen = choice.heldId
    ? inForce.find((c) => c.heldId === choice.heldId)
    : [...inForce].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))[0];
  if (!chosen) return { ok: false, problem: 'NO_CURRENT_CYCLE' };
  const named =
    chosen.acronym !== undefined && chosen.index !== undefined
      ? { cycle: { acronym: chosen.acronym, index: chosen.index } }
      : {};
  return {
    ok: true,
    period: { kind: 'cycle', from: chosen.start, to: chosen.end, heldId: chosen.heldId, ...named },
  };
}

/** Whether a day falls inside the period (both ends included). */
export function inPeriod(day: unknown, period: { from: LocalDate; to: LocalDate }): boolean {
  return isLocalDate(day) && period.from <= day && day <= period.to;
}

/**
 * Whether the period runs past the report date `asOf` (a credential cycle runs years ahead):
 * then what the report counts is what happened up to the report date, and it says so.
 */
export const runsPastReportDate = (periodTo: LocalDate, asOf: LocalDate): boolean =>
  periodTo > asOf;
