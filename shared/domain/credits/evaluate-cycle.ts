/**
 * The rules engine for one credential cycle (issue 3 part 4). Pure: the same inputs give
 * the same result; "today" is `asOf`. A long log stays fast (issue 9): activities are
 * validated once per log (preparedLog), each cycle's figures are summed from its own window
 * without an object per entry (feedCycle, FigureRun), a credential's cycles are judged in one
 * pass, each handing its carry-over to the next, and a cycle's explanations are placed
 * (placeAll) and tallied only when read.
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cyclesFor, type Cycle, type CycleContext, type HeldCredential } from '../credentials';
import type { Activity } from './activity';
import type { HeldWithRule } from '../credentials';
import { carryInEntries, carryOverWindowStart, handedOn, type CarryPieceQ } from './carry-over';
import { FigureRun } from './cycle-figures';
import { cycleEntries, placeAll } from './cycle-placements';
import { explainCycle } from './explain-cycle';
import { feedCycle } from './feed-cycle';
import { publicResult, type Judged } from './cycle-result';
import { preparedLog, type PreparedLog } from './prepared-log';
import { cycleRequirements, requirementFor, type Requirement } from './requirement';
import { byDate, tally, type Entry } from './tally';
import type { ActivityExplanation, CycleEvaluation } from './types';

/** How a span is evaluated (issue 9: the dashboard's start-up reads stored aggregates). */
export interface SpanOptions {
  /**
   * Where the carry-over chain starts when what cycle `at - 1` handed on is already known
   * (a stored aggregate): cycles before `at` are then neither read nor judged.
   */
  opening?: { at: number; carriedIn: CarryPieceQ[] };
  /** false: no per-activity explanations (`activities` is empty), for figures only. */
  explain?: boolean;
  /**
   * Told, for every cycle judged, whether it met its rule and what it hands on, and the
   * requirement it was judged by (its route's, cycleRequirements).
   */
  judged?: (
    cycle: Cycle,
    handed: { met: boolean; carryOut: CarryPieceQ[] },
    req: Requirement,
  ) => void;
  /** Told what cycle `of` is judged from (see evaluateInputs), when it is judged. */
  inputs?: { of: number; got: (inputs: CycleInputs) => void };
  /**
   * requirementFor(rule, credential, asOf, context, route), when the caller has it already (a
   * summary plan): used for every cycle on its route (cycleRequirements), and the requirement
   * of a cycle on the other route is worked out here.
   */
  req?: Requirement;
}

/** What one cycle is judged from: what the previous cycle handed on, and its own entries. */
export interface CycleInputs {
  carriedIn: CarryPieceQ[];
  counted: Entry[];
  projected: Entry[];
}

/** A cycle's run, what the previous cycle handed over already added (§1). */
function runFor(cycle: Cycle, req: Requirement, carriedIn: CarryPieceQ[]) {
  const carryFrom =
    req.carryOverMax && req.total !== null
      ? carryOverWindowStart(cycle, req.carryOverWindowMonths)
      : null;
  const run = new FigureRun(req, cycle, carryFrom);
  for (const e of carryInEntries(carriedIn, cycle.index - 1).sort(byDate)) run.addEntry(e);
  return run;
}

/** The judgement once every entry has been added to the runs. */
function judged(
  cycle: Cycle,
  req: Requirement,
  asOf: LocalDate,
  carriedIn: CarryPieceQ[],
  actual: FigureRun,
  projection: FigureRun | null,
): Judged {
  const figures = actual.figures(asOf);
  return {
    cycle,
    req,
    planned: projection?.planned ?? 0,
    carriedIn,
    actual: figures,
    // Nothing planned: the projection is the same judgement of the same entries.
    projection: projection ? projection.figures(asOf) : figures,
    carryOut: actual.carryOut(figures.totals),
  };
}

/** One cycle judged from its inputs; `carriedIn` is what the previous cycle handed over (§1). */
function judgeInputs(
  cycle: Cycle,
  req: Requirement,
  asOf: LocalDate,
  { carriedIn, counted, projected }: CycleInputs,
): Judged {
  const actual = runFor(cycle, req, carriedIn);
  let projection: FigureRun | null = null;
  // Up to the first planned entry, the projection is the actual run (FigureRun.fork).
  for (const e of [...counted, ...projected].sort(byDate)) {
    if (e.projected) projection ??= actual.fork();
    else actual.addEntry(e);
    projection?.addEntry(e);
  }
  return judged(cycle, req, asOf, carriedIn, actual, projection);
}

/** A cycle judged from the activities of its counting window, after what was carried in. */
function judgeWindow(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  cycle: Cycle,
  req: Requirement,
  asOf: LocalDate,
  carriedIn: CarryPieceQ[],
): Judged {
  const actual = runFor(cycle, req, carriedIn);
  const projection = feedCycle(log, held, cycles, cycle, asOf, actual);
  return judged(cycle, req, asOf, carriedIn, actual, projection);
}

/** What cycle `index` is judged from, as entries (placed again, for its window only). */
function inputsOf(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
  index: number,
  carriedIn: CarryPieceQ[],
) {
  const placements = placeAll(log, held, cycles, asOf, { from: index, to: index });
  return { placements, inputs: { carriedIn, ...cycleEntries(placements, index) } };
}

/** Cycle `index`'s per-activity explanations: its entries tallied with their reasons. */
function explanationsOf(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  req: Requirement,
  asOf: LocalDate,
  index: number,
  carriedIn: CarryPieceQ[],
): ActivityExplanation[] {
  const cycle = cycles[index]!;
  const { placements, inputs } = inputsOf(log, held, cycles, asOf, index, carriedIn);
  const carry = carryInEntries(carriedIn, index - 1);
  const actual = tally([...carry, ...inputs.counted], req, cycle).entries;
  const projection =
    inputs.projected.length === 0
      ? []
      : tally([...carry, ...inputs.counted, ...inputs.projected], req, cycle).entries;
  return explainCycle(placements, cycle, actual, projection);
}

/**
 * One cycle's figures (no per-activity explanations) from what it is judged from — the same
 * as evaluateCycleSpan gives for it when `inputs` are what its `inputs` option was told.
 * Lets a kept cycle be judged again after an edit without placing its window again.
 */
export function evaluateInputs(
  rule: CredentialRule,
  heldId: string,
  cycle: Cycle,
  req: Requirement,
  asOf: LocalDate,
  inputs: CycleInputs,
): CycleEvaluation {
  return publicResult({ rule, heldId, asOf }, judgeInputs(cycle, req, asOf, inputs), []);
}

/**
 * Gives `evaluation` its per-activity explanations when they are first read, not before: a
 * credential's page lists one cycle's activities at a time, and a long history has thousands
 * in every cycle (issue 9). Reading them — or copying, comparing or storing the evaluation —
 * gives the same list every time.
 */
function explainedOnRead(evaluation: CycleEvaluation, explain: () => ActivityExplanation[]) {
  let made: ActivityExplanation[] | null = null;
  // Let go of the placements once the list is made.
  let pending: (() => ActivityExplanation[]) | null = explain;
  Object.defineProperty(evaluation, 'activities', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (made === null) {
        made = pending!();
        pending = null;
      }
      return made;
    },
    set: (value: ActivityExplanation[]) => {
      made = value;
      pending = null;
    },
  });
}

/**
 * Cycles `from`…`to` (indexes into `cycles`) of one credential, each explained with the
 * activities dated in its counting window (and what was carried in). Where the rule has
 * carry-over, earlier cycles are judged too, only for what they carry over: carry-over moves
 * into a cycle only from a previous cycle that met its rule (§1).
 */
export function evaluateCycleSpan(
  rule: CredentialRule,
  credential: HeldCredential,
  cycles: readonly Cycle[],
  span: { from: number; to: number },
  activities: readonly Activity[],
  asOf: LocalDate,
  context?: CycleContext,
  options: SpanOptions = {},
): CycleEvaluation[] {
  const log = preparedLog(activities, asOf);
  const req = options.req ?? requirementFor(rule, credential, asOf, context);
  // Each cycle is judged by its route's requirement (§3) and, for Scrum Alliance, by the tracks
  // held at its end (§4); carry-over is the same for all of them.
  const reqOf = cycleRequirements(rule, credential, asOf, context, req);
  // Without carry-over (only PMI has it, §1) no cycle depends on an earlier one; with it,
  // the chain starts at the first cycle unless what an earlier cycle handed on is known.
  const opening =
    req.carryOverMax && options.opening && options.opening.at <= span.from
      ? options.opening
      : undefined;
  const first = !req.carryOverMax ? span.from : opening ? opening.at : 0;
  const explain = options.explain ?? true;
  const held = { credential, rule };
  const who = { rule, heldId: credential.id, asOf };
  const out: CycleEvaluation[] = [];
  let carriedIn: CarryPieceQ[] = opening?.carriedIn ?? [];
  for (let index = first; index <= span.to; index++) {
    const cycle = cycles[index]!;
    const carried = carriedIn;
    const cycleReq = reqOf(cycle);
    const r = judgeWindow(log, held, cycles, cycle, cycleReq, asOf, carried);
    if (options.inputs?.of === index)
      options.inputs.got(inputsOf(log, held, cycles, asOf, index, carried).inputs);
    if (index >= span.from) {
      const evaluation = publicResult(who, r, []);
      if (explain)
        explainedOnRead(evaluation, () =>
          explanationsOf(log, held, cycles, cycleReq, asOf, index, carried),
        );
      out.push(evaluation);
    }
    options.judged?.(cycle, { met: r.actual.met, carryOut: r.carryOut }, cycleReq);
    carriedIn = handedOn({ met: r.actual.met, carryOut: r.carryOut });
  }
  return out;
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
  const span = { from: cycle.index, to: cycle.index };
  return evaluateCycleSpan(rule, credential, cycles, span, activities, asOf, context)[0]!;
}
