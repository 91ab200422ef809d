/**
 * One cycle judged against its requirement, and the public result built from it (the
 * numbers behind evaluateCycle; domain-facts §1–§4).
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import type { CarryPieceQ } from './carry-over';
import type { CycleFigures } from './cycle-figures';
import { earnedTotals, toPeriod, toPiece, toShortfall, toTotals } from './explain';
import {
  asksNoMoreCredit,
  closingRenewal,
  daysLeft,
  deadlineOf,
  elapsedDays,
  expectedByNow,
  paceOn,
  statusOf,
} from './pace';
import { toHours } from './quarters';
import { summarise, type Requirement } from './requirement';
import { periodTallies, shortfallsOf } from './shortfalls';
import { cycleDays, tally, type Entry } from './tally';
import type { ActivityExplanation, CycleEvaluation, CycleStatus } from './types';

/**
 * A cycle's entries tallied and judged, each entry with its reasons (what a credential's page
 * explains). The figures alone come from FigureRun (cycle-figures.ts), which gives the same.
 */
export function judge(
  entries: readonly Entry[],
  req: Requirement,
  cycle: Cycle,
  asOf: LocalDate,
): CycleFigures & { entries: Entry[] } {
  const result = tally(entries, req, cycle);
  const periods = periodTallies(cycle, result.entries);
  const { shortfalls, remaining } = shortfallsOf(result.totals, periods, req, asOf);
  return {
    ...result,
    earned: earnedTotals(result.entries),
    periods,
    shortfalls,
    remaining,
    met: req.total !== null && shortfalls.length === 0,
  };
}

/** A cycle judged: what counted, the projection with planned activities, the carry-over. */
export interface Judged {
  cycle: Cycle;
  req: Requirement;
  /** Quarter hours earned by the cycle's planned activities. */
  planned: number;
  carriedIn: CarryPieceQ[];
  actual: CycleFigures;
  projection: CycleFigures;
  carryOut: CarryPieceQ[];
}

function timing(r: Judged, asOf: LocalDate, status: CycleStatus) {
  const { cycle, req, actual } = r;
  const done = asksNoMoreCredit(status);
  return {
    deadline: deadlineOf(cycle, asOf),
    cycleDays: cycleDays(cycle),
    elapsedDays: elapsedDays(cycle, asOf),
    daysLeft: daysLeft(cycle, asOf),
    expectedByNow: toHours(expectedByNow(req, cycle, asOf)),
    pace: done
      ? { perMonth: 0, perWeek: 0 }
      : paceOn(cycle, actual.shortfalls, actual.remaining, asOf),
  };
}

export function publicResult(
  who: { rule: CredentialRule; heldId: string; asOf: LocalDate },
  r: Judged,
  activities: ActivityExplanation[],
): CycleEvaluation {
  const { cycle, req, actual, projection } = r;
  const status = statusOf({
    cycle,
    req,
    asOf: who.asOf,
    met: actual.met,
    counted: actual.totals.total,
    shortfalls: actual.shortfalls,
    lifetime: who.rule.cycleKind === 'lifetime',
  });
  return {
    heldId: who.heldId,
    credentialId: who.rule.id,
    unit: who.rule.unit,
    cycleIndex: cycle.index,
    start: cycle.start,
    end: cycle.end,
    renewedOn: closingRenewal(cycle),
    requirement: summarise(req),
    earned: toTotals(actual.earned),
    counted: toTotals(actual.totals),
    shortfalls: actual.shortfalls.map(toShortfall),
    met: actual.met,
    remaining: toHours(actual.remaining),
    ...timing(r, who.asOf, status),
    status,
    carriedIn: r.carriedIn.map(toPiece),
    carryOut: r.carryOut.map(toPiece),
    periods: actual.periods.map(toPeriod),
    projection: {
      planned: toHours(r.planned),
      total: toHours(projection.totals.total),
      met: projection.met,
      shortfalls: projection.shortfalls.map(toShortfall),
    },
    activities,
  };
}
