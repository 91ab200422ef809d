/**
 * The rules engine for one credential cycle (issue 3 part 4). Pure: the same inputs give
 * the same result; "today" is `asOf`.
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cyclesFor, type Cycle, type CycleContext, type HeldCredential } from '../credentials';
import type { Activity } from './activity';
import { carryInEntries, carryOut, type CarryPieceQ } from './carry-over';
import { sumBuckets, type Base } from './contribution';
import { earnedTotals, explainEntry, toPeriod, toPiece, toShortfall, toTotals } from './explain';
import { daysLeft, deadlineOf, elapsedDays, expectedByNow, paceFor, statusOf } from './pace';
import { placeActivity } from './placement';
import { toHours } from './quarters';
import { requirementFor, summarise, type Requirement } from './requirement';
import { periodTallies, shortfallsOf } from './shortfalls';
import { cycleDays, tally, type Entry } from './tally';
import type { ActivityExplanation, CycleEvaluation, CycleStatus, Reason } from './types';

interface Input {
  rule: CredentialRule;
  held: HeldCredential;
  cycles: readonly Cycle[];
  activities: readonly Activity[];
  asOf: LocalDate;
  context: CycleContext | undefined;
}

function notCountedOf(a: Activity, reason: Reason): ActivityExplanation {
  return {
    activityId: a.id,
    date: a.date,
    outcome: 'not-counted',
    earned: null,
    counted: null,
    reasons: [reason],
  };
}

function entryOf(a: Activity, base: Base, projected: boolean): Entry {
  const { buckets, practitioner, category, notes } = base;
  return {
    id: a.id,
    date: a.date,
    source: 'activity',
    projected,
    earned: buckets,
    counted: { ...buckets },
    practitioner,
    rolePeriod: a.practitionerPeriod ?? null,
    category,
    reasons: projected ? [{ code: 'PLANNED_ONLY' }, ...notes] : [...notes],
  };
}

/** Places every activity for this credential: counted, projected, or not counted and why. */
function sortEntries(input: Input, cycle: Cycle) {
  const counted: Entry[] = [];
  const projected: Entry[] = [];
  const notCounted: ActivityExplanation[] = [];
  const heldWithRule = { credential: input.held, rule: input.rule };
  for (const a of input.activities) {
    const placed = placeActivity(a, heldWithRule, input.cycles, input.asOf);
    if (placed.cycle !== null && placed.cycle.index !== cycle.index) {
      notCounted.push(notCountedOf(a, { code: 'OUTSIDE_CYCLE', cycleIndex: placed.cycle.index }));
    } else if (placed.outcome === 'not-counted') {
      notCounted.push(notCountedOf(a, placed.reason));
    } else if (placed.outcome === 'projected') {
      projected.push(entryOf(a, placed.base, true));
    } else {
      counted.push(entryOf(a, placed.base, false));
    }
  }
  return { counted, projected, notCounted };
}

function judge(entries: readonly Entry[], req: Requirement, cycle: Cycle, asOf: LocalDate) {
  const result = tally(entries, req, cycle);
  const periods = periodTallies(cycle, result.entries);
  const { shortfalls, remaining } = shortfallsOf(result.totals, periods, req, asOf);
  return {
    ...result,
    periods,
    shortfalls,
    remaining,
    met: req.total !== null && shortfalls.length === 0,
  };
}

type Internal = ReturnType<typeof evaluateInternal>;

/** Carry-over into cycle `index` (§1): only from a previous cycle that met its rule. */
function carriedInto(input: Input, index: number): CarryPieceQ[] {
  if (index === 0) return [];
  const previous = evaluateInternal(input, index - 1);
  return previous.actual.met ? previous.carryOut : [];
}

function evaluateInternal(input: Input, index: number) {
  const cycle = input.cycles[index]!;
  const req = requirementFor(input.rule, input.held, input.asOf, input.context);
  const sorted = sortEntries(input, cycle);
  const carriedIn = carriedInto(input, index);
  const carry = carryInEntries(carriedIn, index - 1);
  const actual = judge([...carry, ...sorted.counted], req, cycle, input.asOf);
  const projection = judge(
    [...carry, ...sorted.counted, ...sorted.projected],
    req,
    cycle,
    input.asOf,
  );
  return {
    cycle,
    req,
    sorted,
    carriedIn,
    actual,
    projection,
    carryOut: carryOut(actual.entries, actual.totals, req, cycle),
  };
}

function explanations(r: Internal): ActivityExplanation[] {
  const projected = r.projection.entries.filter((e) => e.projected).map(explainEntry);
  const all = [...r.actual.entries.map(explainEntry), ...projected, ...r.sorted.notCounted];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function timing(input: Input, r: Internal, status: CycleStatus) {
  const { cycle, req, actual } = r;
  const days = daysLeft(cycle, input.asOf);
  const done = status === 'complete' || status === 'renewed';
  return {
    deadline: deadlineOf(cycle, input.asOf),
    cycleDays: cycleDays(cycle),
    elapsedDays: elapsedDays(cycle, input.asOf),
    daysLeft: days,
    expectedByNow: toHours(expectedByNow(req, cycle, input.asOf)),
    pace: done ? { perMonth: 0, perWeek: 0 } : paceFor(actual.remaining, days),
  };
}

function publicResult(input: Input, r: Internal): CycleEvaluation {
  const { cycle, req, actual, projection, sorted } = r;
  const status = statusOf({
    cycle,
    req,
    asOf: input.asOf,
    met: actual.met,
    counted: actual.totals.total,
    shortfalls: actual.shortfalls,
    lifetime: input.rule.cycleKind === 'lifetime',
  });
  const planned = sorted.projected.reduce((t, e) => t + sumBuckets(e.earned), 0);
  return {
    heldId: input.held.id,
    credentialId: input.rule.id,
    unit: input.rule.unit,
    cycleIndex: cycle.index,
    start: cycle.start,
    end: cycle.end,
    requirement: summarise(req),
    earned: toTotals(earnedTotals(actual.entries)),
    counted: toTotals(actual.totals),
    shortfalls: actual.shortfalls.map(toShortfall),
    met: actual.met,
    remaining: toHours(actual.remaining),
    ...timing(input, r, status),
    status,
    carriedIn: r.carriedIn.map(toPiece),
    carryOut: r.carryOut.map(toPiece),
    periods: actual.periods.map(toPeriod),
    projection: {
      planned: toHours(planned),
      total: toHours(projection.totals.total),
      met: projection.met,
      shortfalls: projection.shortfalls.map(toShortfall),
    },
    activities: explanations(r),
  };
}

/**
 * Evaluates one cycle of a held credential (issue 3 part 4; domain-facts §1 for PMI, §3
 * PeopleCert CPD route, §4 IIBA, ISACA, Scrum Alliance): earned vs counted after the caps
 * (giving back, practitioner once a cycle and pro-rated, IIBA category caps), the
 * education and per-area minimums, the total, the annual minimums, carry-over from the
 * previous cycle's last 12 months; nothing before the certification date or outside the
 * cycle; planned activities only as a projection. Shortfalls are codes with numbers.
 * `context.alsoHeld` supplies the user's other credentials (PeopleCert suite exams, Scrum
 * Alliance multi-track add-ons). Throws RangeError if `cycle` is not one of
 * cyclesFor(credential, rule, asOf, context).
 */
export function evaluateCycle(
  rule: CredentialRule,
  credential: HeldCredential,
  cycle: Cycle,
  activities: readonly Activity[],
  asOf: LocalDate,
  context?: CycleContext,
): CycleEvaluation {
  const cycles = cyclesFor(credential, rule, asOf, context);
  if (cycles[cycle.index]?.start !== cycle.start) {
    throw new RangeError("evaluateCycle: the cycle is not one of this credential's cycles on asOf");
  }
  const input: Input = { rule, held: credential, cycles, activities, asOf, context };
  return publicResult(input, evaluateInternal(input, cycle.index));
}
