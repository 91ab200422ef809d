/**
 * Where every activity of a prepared log goes for one held credential, decided once for all
 * of the credential's cycles (placeActivity, the rule shared with applyActivity), and each
 * cycle's explanations assembled from that without placing anything again (issue 9).
 */
import type { LocalDate } from '../../dates';
import type { Cycle, HeldWithRule } from '../credentials';
import type { Activity } from './activity';
import type { Base } from './contribution';
import { explainEntry } from './explain';
import { placeActivity, type Placement } from './placement';
import { dateBound, type PreparedLog } from './prepared-log';
import type { Entry } from './tally';
import type { ActivityExplanation, Reason } from './types';

export interface CyclePlacements {
  log: PreparedLog;
  placed: Placement[];
  /** Per cycle index: positions of the activities that count or are planned for it. */
  own: number[][];
  /** Per activity, in date order: its explanation in every cycle other than its own. */
  elsewhere: ActivityExplanation[];
}

export function notCountedOf(a: Activity, reason: Reason): ActivityExplanation {
  return {
    activityId: a.id,
    date: a.date,
    outcome: 'not-counted',
    earned: null,
    counted: null,
    reasons: [reason],
  };
}

export function entryOf(a: Activity, base: Base, projected: boolean): Entry {
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

function elsewhereOf(a: Activity, p: Placement): ActivityExplanation {
  return p.cycle === null
    ? notCountedOf(a, (p as Extract<Placement, { outcome: 'not-counted' }>).reason)
    : notCountedOf(a, { code: 'OUTSIDE_CYCLE', cycleIndex: p.cycle.index });
}

export function placeAll(
  log: PreparedLog,
  held: HeldWithRule,
  cycles: readonly Cycle[],
  asOf: LocalDate,
): CyclePlacements {
  const acts = log.activities;
  const placed = acts.map((a, i) => placeActivity(a, held, cycles, asOf, log.errors[i]));
  const own: number[][] = cycles.map(() => []);
  placed.forEach((p, i) => {
    if (p.outcome !== 'not-counted') own[p.cycle.index]!.push(i);
  });
  const elsewhere = log.byDate.map((i) => elsewhereOf(acts[i]!, placed[i]!));
  return { log, placed, own, elsewhere };
}

/** Counted and planned entries of one cycle, in the log's order. */
export function cycleEntries(p: CyclePlacements, index: number) {
  const counted: Entry[] = [];
  const projected: Entry[] = [];
  for (const i of p.own[index]!) {
    const placed = p.placed[i]!;
    if (placed.outcome === 'not-counted') continue;
    const a = p.log.activities[i]!;
    if (placed.outcome === 'projected') projected.push(entryOf(a, placed.base, true));
    else counted.push(entryOf(a, placed.base, false));
  }
  return { counted, projected };
}

/**
 * Every activity that does not count or is not planned for `cycle`, oldest first, equal
 * dates in the log's order: activities outside the cycle's counting window are read from
 * `elsewhere`; only those inside it are looked at.
 */
function notCountedIn(p: CyclePlacements, cycle: Cycle): ActivityExplanation[] {
  const { byDate, dates, activities } = p.log;
  const lo = dateBound(dates, cycle.countFrom, true);
  const hi = dateBound(dates, cycle.countTo);
  const inside: ActivityExplanation[] = [];
  for (let k = lo; k < hi; k++) {
    const i = byDate[k]!;
    const placed = p.placed[i]!;
    if (placed.cycle === null || placed.cycle.index !== cycle.index) inside.push(p.elsewhere[k]!);
    else if (placed.outcome === 'not-counted')
      inside.push(notCountedOf(activities[i]!, placed.reason));
  }
  return p.elsewhere.slice(0, lo).concat(inside, p.elsewhere.slice(hi));
}

/** First position at or after `from` in the date-sorted `list` dated on or after `day`. */
function firstFrom(list: readonly ActivityExplanation[], day: LocalDate, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byDateOnly = (a: ActivityExplanation, b: ActivityExplanation) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * The cycle's explanations, oldest first: what counted (carried-in first) and what was
 * planned, then on equal dates what did not count — the order a stable sort by date of
 * [counted, planned, not counted] gives, built by merging two sorted lists.
 */
export function explainCycle(
  p: CyclePlacements,
  cycle: Cycle,
  actual: readonly Entry[],
  projection: readonly Entry[],
): ActivityExplanation[] {
  const mine = [
    ...actual.map(explainEntry),
    ...projection.filter((e) => e.projected).map(explainEntry),
  ].sort(byDateOnly);
  const rest = notCountedIn(p, cycle);
  const parts: ActivityExplanation[][] = [];
  let from = 0;
  for (const e of mine) {
    const to = firstFrom(rest, e.date, from);
    parts.push(rest.slice(from, to), [e]);
    from = to;
  }
  parts.push(rest.slice(from));
  return ([] as ActivityExplanation[]).concat(...parts);
}
