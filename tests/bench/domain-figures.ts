/** Part (a) as figures: the whole domain, and the part the dashboard computes at start-up. */
import type { TableRows } from '../../renderer/src/db/backup/format';
import { defaultLadderPlan } from '../../shared/catalog/ladder-requirements';
import { evaluateCurrentCycle } from '../../shared/domain/credits';
import {
  summariseCurrent,
  summaryPlan,
  type ClosedCycle,
} from '../../shared/domain/credits/ledger';
import { evaluateAllExams } from '../../shared/domain/eligibility';
import { ladderReadiness, readinessReads } from '../../shared/domain/readiness';
import type { ReadinessInput } from '../../shared/domain/readiness';
import { evaluateEverything, readinessInputOf } from './domain';
import { figure, type Figure } from './stats';

/**
 * At least one run, at most `runs`, stopping once `capMs` has been spent. Each run gets a
 * fresh copy of the activity list (made before the clock starts), as the app gets a new
 * list from every read: nothing worked out for one run is reused by the next.
 */
function sample(
  runs: number,
  capMs: number,
  input: ReadinessInput,
  fn: (input: ReadinessInput) => unknown,
): number[] {
  const out: number[] = [];
  const start = performance.now();
  while (out.length < runs && (out.length === 0 || performance.now() - start < capMs)) {
    const fresh = { ...input, activities: [...input.activities] };
    const t = performance.now();
    fn(fresh);
    out.push(performance.now() - t);
  }
  return out;
}

export function domainFigures(tables: TableRows, asOf: string, runs: number): Figure[] {
  const input = readinessInputOf(tables, asOf);
  const current = (fresh: ReadinessInput) => {
    for (const h of fresh.held) {
      evaluateCurrentCycle(h.rule, h.credential, fresh.activities, asOf, { alsoHeld: fresh.held });
    }
  };
  // What start-up works out (credit-summary.ts): the ledger kept from an earlier start, only
  // the activities of the current windows (and what readiness reads) read.
  const context = { alsoHeld: input.held };
  const ledger: ClosedCycle[] = input.held.flatMap(
    (h) =>
      summariseCurrent(summaryPlan(h, asOf, context, []), input.activities, asOf, context).closed,
  );
  const reads = readinessReads(asOf);
  let from = reads.since;
  for (const h of input.held) {
    const p = summaryPlan(h, asOf, context, ledger);
    if (p.from !== null && p.from < from) from = p.from;
  }
  const windowed = {
    ...input,
    activities: input.activities.filter((a) => a.date >= from || reads.types.includes(a.type)),
  };
  const startup = (fresh: ReadinessInput) => {
    for (const h of fresh.held) {
      const plan = summaryPlan(h, asOf, { alsoHeld: fresh.held }, ledger);
      summariseCurrent(plan, fresh.activities, asOf, { alsoHeld: fresh.held });
    }
    evaluateAllExams(fresh);
    ladderReadiness(defaultLadderPlan(), fresh);
  };
  const all = sample(runs, 60_000, input, evaluateEverything);
  const note =
    all.length < runs
      ? `${all.length} run(s): one run takes longer than the time set aside`
      : undefined;
  return [
    figure(
      'domain',
      'Domain: every cycle, every exam verdict, ladder readiness',
      'ms',
      all,
      10,
      note,
    ),
    figure(
      'domainCurrent',
      'Domain: current cycle of every credential (dashboard)',
      'ms',
      sample(runs, 60_000, input, current),
      10,
    ),
    figure(
      'domainStartup',
      'Domain at start-up: current cycles from the ledger, exam verdicts, readiness',
      'ms',
      sample(runs, 60_000, windowed, startup),
      10,
      `${windowed.activities.length} of ${input.activities.length} activities read; ${ledger.length} ledger rows`,
    ),
  ];
}
