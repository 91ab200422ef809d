/**
 * The period a report covers (issue 8 part 1: "this cycle, last 12 months, a custom range").
 */
import { addDays, addMonths, isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, type HeldWithRule } from '../credentials';
import type { PeriodChoice, PeriodResult } from './types';

/** A credential cycle in force on the report day, as the period chooser sees it. */
export interface CycleWindow {
  heldId: string;
  start: LocalDate;
  end: LocalDate;
  /** The credential's acronym and the cycle's 0-based number, carried into the period. */
  acronym?: string;
  index?: number;
  /** The cycle's counting window (Cycle.countFrom/countTo). */
  countFrom?: LocalDate;
  countTo?: LocalDate;
}

/**
 * Whether a cycle is in force on `asOf`: from its first day to its last (the renew-by date),
 * both included. A cycle that ended, even one in its suspension year or long lapsed, is not;
 * nor is one still to come. The one test for both the choice offered and the period resolved.
 */
export const cycleInForce = (cycle: { start: LocalDate; end: LocalDate }, asOf: LocalDate) =>
  cycle.start <= asOf && asOf <= cycle.end;

/**
 * The cycle in force on `asOf` of each held credential (domain-facts §1 PMI, §3 PeopleCert,
 * §4 Scrum Alliance), in the order held, by its days and number: nothing judged. A credential
 * whose latest cycle ended (never renewed) or has none (lifetime, not yet earned) has none.
 */
export function cycleWindows(
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): Required<CycleWindow>[] {
  return held.flatMap((h) => {
    const c = cyclesFor(h.credential, h.rule, asOf, { alsoHeld: held }).find((cycle) =>
      cycleInForce(cycle, asOf),
    );
    return c
      ? [
          {
            heldId: h.credential.id,
            start: c.start,
            end: c.end,
            acronym: h.rule.acronym,
            index: c.index,
            countFrom: c.countFrom,
            countTo: c.countTo,
          },
        ]
      : [];
  });
}

/**
 * The choice kept among the cycles in force: a credential chosen earlier that no longer has
 * one (deleted since, or its cycle ended) gives way to the first cycle in force, or to none.
 * Any other choice is kept as it is. `windows`: the cycles in force (cycleWindows).
 */
export function choiceInForce(choice: PeriodChoice, windows: readonly CycleWindow[]): PeriodChoice {
  if (choice.kind !== 'cycle' || !choice.heldId) return choice;
  if (windows.some((w) => w.heldId === choice.heldId)) return choice;
  return { kind: 'cycle', heldId: windows[0]?.heldId ?? null };
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
  const inForce = cycles.filter((c) => cycleInForce(c, asOf));
  const chosen = choice.heldId
    ? inForce.find((c) => c.heldId === choice.heldId)
    : [...inForce].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))[0];
  if (!chosen) return { ok: false, problem: 'NO_CURRENT_CYCLE' };
  const named =
    chosen.acronym !== undefined && chosen.index !== undefined
      ? { cycle: { acronym: chosen.acronym, index: chosen.index } }
      : {};
  const counting =
    chosen.countFrom !== undefined && chosen.countTo !== undefined
      ? {
          counting: {
            from: chosen.countFrom > chosen.start ? chosen.countFrom : chosen.start,
            to: chosen.countTo < chosen.end ? chosen.countTo : chosen.end,
          },
        }
      : {};
  return {
    ok: true,
    period: {
      kind: 'cycle',
      from: chosen.start,
      to: chosen.end,
      heldId: chosen.heldId,
      ...named,
      ...counting,
    },
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
