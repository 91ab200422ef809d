/**
 * The cycle ledger (issue 9: "start-up reads indexed aggregates rather than whole tables").
 * PMI carry-over chains every cycle to the one before it (domain-facts §1, B): the current
 * cycle's figures depend on whether the previous cycle met its rule and on what it handed
 * on, and so, cycle by cycle, on the whole log since certification. A closed cycle's
 * outcome never changes with the passing days, so it is kept as a small record — met or
 * not, and the pieces it carried over — and the current cycle is then judged from the
 * activities of its own counting window alone.
 *
 * A record is trusted only while everything it was judged from is unchanged: the rule and
 * the credential (with the user's overrides), the cycle's bounds and the requirement are in
 * its `key`; activities are not, so the store drops every record whose counting window ends
 * on or after the date of an activity it writes (see renderer/src/db/ledger.ts). The current
 * cycle's kept figures are brought up to date, after a write or on a later day, in
 * ledger-update.ts.
 */
import type { LocalDate } from '../../dates';
import {
  cycleOn,
  cyclesFor,
  type Cycle,
  type CycleContext,
  type HeldWithRule,
} from '../credentials';
import type { Activity } from './activity';
import { handedOn, type CarryPieceQ } from './carry-over';
import { evaluateCycleSpan, type CycleInputs } from './evaluate-cycle';
import { cycleRouteOf } from './renewal-route';
import {
  cycleRequirements,
  requirementFor,
  summarise,
  tracksCountedOn,
  type Requirement,
} from './requirement';
import type { CycleEvaluation } from './types';

/** What a closed cycle of a credential with carry-over handed on. */
export interface ClosedCycle {
  heldId: string;
  cycleIndex: number;
  /** The last day of the cycle's counting window. */
  countTo: LocalDate;
  key: string;
  met: boolean;
  carryOut: CarryPieceQ[];
}

/**
 * Raised whenever a release changes how a cycle is judged (caps, carry-over, windows): every
 * kept row then carries an old key and is judged again. 2: a cycle renewed early is judged
 * renewed (statusOf). 3: PeopleCert's renewal route is per cycle (cycleRouteOf, §3). 4: the
 * year running inside a cycle with yearly minimums can make it at risk and sets its pace when
 * faster (year-pace.ts; ISACA §4, PeopleCert's CPD route §3): figures kept under 3 said
 * on-track and the cycle's pace alone. 5: carry-over takes education before Giving Back
 * (carryOutOf, §1): pieces kept under 4 may be Giving Back where education is carried now.
 */
export const LEDGER_RULES_VERSION = 5;

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint, not a security measure. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Everything a cycle's outcome depends on, apart from the activities (and, for the current
 * cycle, the day it is judged on). `req` is the cycle's own (cycleRequirements): its route
 * (§3, cycleRouteOf) is in the key, so a cycle whose route changes is judged again.
 */
export function closedCycleKey(held: HeldWithRule, cycle: Cycle, req: Requirement): string {
  const text = JSON.stringify([
    LEDGER_RULES_VERSION,
    held.rule,
    held.credential,
    [cycle.index, cycle.start, cycle.end, cycle.countFrom, cycle.countTo, cycle.periods],
    summarise(req),
    req.route,
    req.carryOverWindowMonths,
    [...req.categoryCaps],
    [...req.categoryMins],
    [...req.annualCategoryMins],
  ]);
  return `${text.length.toString(36)}-${fingerprint(text)}`;
}

/** Whether cycle `cycle` is closed on `asOf`: no day of its counting window is still to come. */
export const isClosed = (cycle: Cycle, asOf: LocalDate) => cycle.countTo < asOf;

/**
 * How one credential's current cycle can be judged from the ledger: the cycle, and the date
 * from which activities are needed (null: none). With carry-over, the chain restarts after
 * the latest closed cycle whose record is still trusted (from the first cycle when none is).
 */
export interface SummaryPlan {
  held: HeldWithRule;
  cycles: readonly Cycle[];
  current: Cycle | null;
  /** The current cycle's requirement, on its route (cycleRouteOf, §3). */
  req: Requirement;
  from: LocalDate | null;
  opening?: { at: number; carriedIn: CarryPieceQ[] };
}

export function summaryPlan(
  held: HeldWithRule,
  asOf: LocalDate,
  context: CycleContext | undefined,
  records: readonly ClosedCycle[],
): SummaryPlan {
  const cycles = cyclesFor(held.credential, held.rule, asOf, context);
  const current = cycleOn(cycles, asOf);
  const { rule, credential } = held;
  const route = current ? cycleRouteOf(rule, credential, current) : undefined;
  // The current cycle's own requirement, as cycleRequirements gives it (its route, §3, and the
  // Scrum tracks held at its end, or today while it runs, §4).
  const tracksOn = current ? tracksCountedOn(current, asOf) : asOf;
  const req = requirementFor(rule, credential, asOf, context, route, tracksOn);
  if (!current) return { held, cycles, current, req, from: null };
  if (!req.carryOverMax || current.index === 0)
    return { held, cycles, current, req, from: current.countFrom };
  // Rows left from before a change of the cycles (another certification date) have another
  // window end: only a row for the cycle as it is now is looked at.
  const reqOf = cycleRequirements(rule, credential, asOf, context, req);
  const byCycle = new Map<string, ClosedCycle>();
  for (const r of records)
    if (r.heldId === held.credential.id) byCycle.set(`${r.cycleIndex}|${r.countTo}`, r);
  for (let k = current.index - 1; k >= 0; k--) {
    const cycle = cycles[k]!;
    const record = byCycle.get(`${k}|${cycle.countTo}`);
    if (!record || !isClosed(cycle, asOf)) continue;
    if (record.key !== closedCycleKey(held, cycle, reqOf(cycle))) continue;
    const at = k + 1;
    return {
      held,
      cycles,
      current,
      req,
      from: cycles[at]!.countFrom,
      opening: { at, carriedIn: handedOn(record) },
    };
  }
  return { held, cycles, current, req, from: cycles[0]!.countFrom };
}

/**
 * The current cycle's figures (no per-activity explanations) from `activities`, which must
 * hold at least every activity dated on or after `plan.from`; and the records of the closed
 * cycles judged on the way, for the ledger. `asOf` and `context` are those the plan was made
 * with (its cycles and requirement are used as they are). Equal to evaluateCurrentCycle without
 * `activities` (tests/unit/domain/credits/ledger.test.ts). With `withInputs`, also what the
 * current cycle was judged from, for rejudgeCurrent (null otherwise).
 */
export function summariseCurrent(
  plan: SummaryPlan,
  activities: readonly Activity[],
  asOf: LocalDate,
  context?: CycleContext,
  withInputs = false,
): { evaluation: CycleEvaluation | null; closed: ClosedCycle[]; inputs: CycleInputs | null } {
  const { held, cycles, current, req } = plan;
  if (!current) return { evaluation: null, closed: [], inputs: null };
  const closed: ClosedCycle[] = [];
  let inputs: CycleInputs | null = null;
  const span = { from: current.index, to: current.index };
  const [evaluation] = evaluateCycleSpan(
    held.rule,
    held.credential,
    cycles,
    span,
    activities,
    asOf,
    context,
    {
      explain: false,
      req,
      ...(plan.opening ? { opening: plan.opening } : {}),
      ...(withInputs
        ? { inputs: { of: current.index, got: (judgedFrom: CycleInputs) => (inputs = judgedFrom) } }
        : {}),
      judged: (cycle, handed, cycleReq) => {
        if (!req.carryOverMax || !isClosed(cycle, asOf) || cycle.index >= current.index) return;
        closed.push({
          heldId: held.credential.id,
          cycleIndex: cycle.index,
          countTo: cycle.countTo,
          key: closedCycleKey(held, cycle, cycleReq),
          ...handed,
        });
      },
    },
  );
  return { evaluation: evaluation!, closed, inputs };
}
