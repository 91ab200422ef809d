/**
 * The carry-over candidates a cycle's figures (FigureRun, cycle-figures.ts) collect as
 * entries are added, and the walk over them newest first that carryOutOf takes (carry-over.ts):
 * activities added one by one give their figures as kept, runs of plain activities give each
 * of their activities in the carry-over window from the run's prefix sums (figure-sums.ts),
 * worked out only when asked for.
 */
import type { LocalDate } from '../../dates';
import type { NextCandidate } from './carry-over';
import { within, type RunSource } from './figure-sums';
import { isPlain } from './plain-sums';
import { dateAt, dateIdOrder, idAt } from './prepared-log';

/**
 * The carry-over candidates added so far, oldest first: activities added one by one (id,
 * date, five quarter figures each) and runs of plain activities (addRun: first and last
 * tally position and the giving back counted before the run), with `kinds` saying which
 * comes next (0: one activity, 1: a run).
 */
export interface CarryCandidates {
  kinds: number[];
  ids: string[];
  dates: LocalDate[];
  quarters: number[];
  runs: number[];
}

/**
 * The carry-over candidates `c` newest first, each worked out when asked for; runs are read
 * from `source`, and only days `from`…`to` (dayKey) are looked at in them; `max` is the
 * rule's givingBackMax.
 */
export function newestCandidates(
  c: CarryCandidates,
  source: RunSource | null,
  max: number | null,
  from: number,
  to: number,
): NextCandidate {
  let kind = c.kinds.length - 1;
  let single = c.ids.length - 1;
  let run = c.runs.length / 3 - 1;
  // Inside the current run: the next tally position to look at, and the run's bounds.
  let k = -1;
  let a = 0;
  let gbBefore = 0;
  return (into) => {
    for (;;) {
      if (k >= a && k >= 0) {
        const { log, sums } = source!;
        const order = dateIdOrder(log);
        for (; k >= a; k--) {
          const i = order[k]!;
          const day = log.day[i]!;
          if (day > to) continue;
          if (day < from) break;
          if (!isPlain(log.flags[i]!)) continue;
          // Giving back counted before and after this activity (the cap clips a running total).
          const s0 = gbBefore + within(sums.givingBack, a, k);
          const s1 = gbBefore + within(sums.givingBack, a, k + 1);
          const q = into.quarters;
          q[0] = within(sums.ways, k, k + 1);
          q[1] = within(sums.power, k, k + 1);
          q[2] = within(sums.business, k, k + 1);
          q[3] = max === null ? s1 - s0 : Math.min(max, s1) - Math.min(max, s0);
          q[4] = within(sums.general, k, k + 1);
          into.id = idAt(log, i);
          into.date = dateAt(log, i);
          k--;
          return true;
        }
        k = -1;
      }
      if (kind < 0) return false;
      if (c.kinds[kind--] === 0) {
        into.id = c.ids[single]!;
        into.date = c.dates[single]!;
        for (let b = 0; b < 5; b++) into.quarters[b] = c.quarters[single * 5 + b]!;
        single--;
        return true;
      }
      a = c.runs[run * 3]!;
      k = c.runs[run * 3 + 1]! - 1;
      gbBefore = c.runs[run * 3 + 2]!;
      run--;
    }
  };
}
