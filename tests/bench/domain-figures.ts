/**
 * Part (a) as figures: the whole domain over the career, and what the app works out at
 * start-up now that it keeps the cycle ledger (renderer/src/db/credit-summary.ts): on the
 * first start of a day the current cycles are judged from the ledger and their windows; on a
 * later start the same day their kept figures are checked and shown as they are.
 */
import type { TableRows } from '../../renderer/src/db/backup/format';
import { defaultLadderPlan } from '../../shared/catalog/ladder-requirements';
import { addDays } from '../../shared/dates';
import { evaluateCurrentCycle, type CycleEvaluation } from '../../shared/domain/credits';
import {
  closedCycleKey,
  summariseCurrent,
  summaryPlan,
  type ClosedCycle,
} from '../../shared/domain/credits/ledger';
import { carriedToDay } from '../../shared/domain/credits/ledger-update';
import { evaluateAllExams } from '../../shared/domain/eligibility';
import {
  ladderReadiness,
  leadershipBefore,
  readinessReads,
  type ReadinessInput,
} from '../../shared/domain/readiness';
import { evaluateEverything, readinessInputOf } from './domain';
import { figure, type Figure } from './stats';

/**
 * Runs not counted before the samples of the whole-log figure: the app runs this code on
 * every read of the log, so its samples measure the code as the JavaScript engine has
 * compiled it, not the compiler. The first of them is reported as the cold run. The start-up
 * figures take no such runs.
 */
const WARM_UP_RUNS = 5;

/** A fresh copy of the input, as the app gets from every read. */
const freshCopy = (input: ReadinessInput): ReadinessInput => ({
  ...input,
  activities: [...input.activities],
  held: input.held.map((h) => ({ ...h, credential: { ...h.credential } })),
});

/**
 * At least one run, at most `runs`, stopping once `capMs` has been spent, after WARM_UP_RUNS
 * not counted when `cold` is given (their times go there). Each run gets a fresh copy of the
 * activity list and of the held credentials (made before the clock starts), as the app gets
 * new ones from every read: nothing worked out for one run is reused by the next.
 */
function sample(
  runs: number,
  capMs: number,
  input: ReadinessInput,
  fn: (input: ReadinessInput) => unknown,
  cold?: number[],
): number[] {
  for (let k = 0; cold && k < WARM_UP_RUNS; k++) {
    const fresh = freshCopy(input);
    const t = performance.now();
    fn(fresh);
    cold.push(performance.now() - t);
  }
  const out: number[] = [];
  const start = performance.now();
  while (out.length < runs && (out.length === 0 || performance.now() - start < capMs)) {
    const fresh = freshCopy(input);
    const t = performance.now();
    fn(fresh);
    out.push(performance.now() - t);
  }
  return out;
}

export function domainFigures(tables: TableRows, asOf: string, runs: number): Figure[] {
  const input = readinessInputOf(tables, asOf);
  const context = { alsoHeld: input.held };
  const current = (fresh: ReadinessInput) => {
    for (const h of fresh.held) {
      evaluateCurrentCycle(h.rule, h.credential, fresh.activities, asOf, { alsoHeld: fresh.held });
    }
  };

  // The ledger as an earlier start left it: closed cycles, the courses before the readiness
  // window summed, and today's figures of the current cycles.
  const ledger: ClosedCycle[] = [];
  const keptToday = new Map<string, { key: string; evaluation: CycleEvaluation | null }>();
  for (const h of input.held) {
    const plan = summaryPlan(h, asOf, context, []);
    const r = summariseCurrent(plan, input.activities, asOf, context);
    ledger.push(...r.closed);
    const key = plan.current ? closedCycleKey(h, plan.current, plan.req) : '';
    keptToday.set(h.credential.id, { key, evaluation: r.evaluation });
  }
  const { from: readFrom, upTo } = readinessReads(asOf);
  const summed = leadershipBefore(input.activities, upTo);
  let judgeFrom = readFrom;
  for (const h of input.held) {
    const p = summaryPlan(h, asOf, context, ledger);
    if (p.from !== null && p.from < judgeFrom) judgeFrom = p.from;
  }
  // What each start reads of the log: the readiness window, or back to the oldest window.
  const recent = { ...input, activities: input.activities.filter((a) => a.date >= readFrom) };
  const windows = { ...input, activities: input.activities.filter((a) => a.date >= judgeFrom) };

  const readiness = (fresh: ReadinessInput) => {
    const onlyRecent = fresh.activities.filter((a) => a.date >= readFrom);
    const withSum = { ...fresh, activities: onlyRecent, leadershipBefore: summed };
    evaluateAllExams(withSum);
    ladderReadiness(defaultLadderPlan(), withSum);
  };
  // The next morning: today's figures (kept by the last start today) carried to tomorrow.
  const tomorrow = addDays(asOf, 1);
  const datedTomorrow = input.activities.filter((a) => a.date === tomorrow);
  const nextDay = (fresh: ReadinessInput) => {
    let judged = 0;
    for (const h of fresh.held) {
      const plan = summaryPlan(h, tomorrow, { alsoHeld: fresh.held }, ledger);
      const kept = keptToday.get(h.credential.id)?.evaluation;
      if (kept && carriedToDay(kept, asOf, plan, tomorrow, datedTomorrow)) continue;
      summariseCurrent(plan, fresh.activities, tomorrow, { alsoHeld: fresh.held });
      judged++;
    }
    readiness(fresh);
    return judged;
  };
  const judgedNextDay = nextDay({ ...windows });
  const firstOfDay = (fresh: ReadinessInput) => {
    for (const h of fresh.held) {
      const plan = summaryPlan(h, asOf, { alsoHeld: fresh.held }, ledger);
      summariseCurrent(plan, fresh.activities, asOf, { alsoHeld: fresh.held });
    }
    readiness(fresh);
  };
  const laterSameDay = (fresh: ReadinessInput) => {
    for (const h of fresh.held) {
      const plan = summaryPlan(h, asOf, { alsoHeld: fresh.held }, ledger);
      const key = plan.current ? closedCycleKey(h, plan.current, plan.req) : '';
      if (keptToday.get(h.credential.id)?.key !== key)
        throw new Error('the kept figures are stale');
    }
    readiness(fresh);
  };

  // The whole log as the credit log and a credential's page get it: newest first
  // (listActivities); the start-up reads above come oldest first (credit-summary.ts).
  const newestFirst = { ...input, activities: [...input.activities].reverse() };
  const cold: number[] = [];
  const all = sample(runs, 60_000, newestFirst, evaluateEverything, cold);
  // The start-up figures take a few milliseconds each: more runs, so that one collection of
  // the garbage the whole-log figure left does not move their median.
  const startRuns = Math.max(runs, 15);
  const warm = `after ${WARM_UP_RUNS} runs not counted (the first, cold: ${cold[0]!.toFixed(1)} ms)`;
  const note =
    all.length < runs
      ? `${all.length} run(s): one run takes longer than the time set aside; ${warm}`
      : warm;
  return [
    figure(
      'domain',
      'Domain: every cycle, every exam verdict, ladder readiness (whole log)',
      'ms',
      all,
      10,
      note,
    ),
    figure(
      'domainCurrent',
      'Domain: current cycle of every credential (whole log)',
      'ms',
      sample(runs, 60_000, newestFirst, current),
    ),
    figure(
      'domainFirstStart',
      'Domain at the first start of a day: the day before’s figures carried, exams, readiness',
      'ms',
      sample(startRuns, 60_000, windows, nextDay),
      10,
      `${judgedNextDay} of ${input.held.length} current cycles judged again (the rest carried); ${datedTomorrow.length} entries dated the next day`,
    ),
    figure(
      'domainNoKept',
      'Domain with no kept figures: current cycles judged from the ledger, exams, readiness',
      'ms',
      sample(startRuns, 60_000, windows, firstOfDay),
      10,
      `${windows.activities.length} of ${input.activities.length} activities read; ${ledger.length} closed cycles kept`,
    ),
    figure(
      'domainStart',
      'Domain at a later start the same day: kept figures checked, exams, readiness',
      'ms',
      sample(startRuns, 60_000, recent, laterSameDay),
      10,
      `${recent.activities.length} of ${input.activities.length} activities read`,
    ),
  ];
}
