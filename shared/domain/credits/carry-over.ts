/**
 * PMI carry-over (domain-facts §1, B; caps §5.2): surplus PDUs earned in the last 12 months
 * of a cycle move to the next one, up to the cap; work-as-a-practitioner PDUs never do.
 */
import { areas, type Area } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { anniversary, dayAfter } from '../credentials/calendar';
import { buckets, emptyBuckets, type Bucket } from './contribution';
import type { Requirement } from './requirement';
import type { Entry, TallyTotals } from './tally';

export interface CarryPieceQ {
  activityId: string;
  date: LocalDate;
  bucket: Bucket;
  quarters: number;
}

/**
 * First day of the carry-over window: `months` before the next cycle's start, so the
 * window is exactly the cycle's last 12 months (PMP exam 3 Feb 2017: 3 Feb 2019 – 2 Feb
 * 2020; 2 Feb 2019, exactly 12 months before the end date, is outside).
 */
export function carryOverWindowStart(cycle: Cycle, months: number): LocalDate {
  return anniversary(dayAfter(cycle.end), -months);
}

const newestFirst = (a: Entry, b: Entry) =>
  a.date !== b.date ? (a.date > b.date ? -1 : 1) : a.id > b.id ? -1 : a.id < b.id ? 1 : 0;

function slackOf(totals: TallyTotals, req: Requirement) {
  const slack = {} as Record<Area | 'education', number>;
  for (const a of areas) slack[a] = totals.buckets[a] - (req.areaMin?.[a] ?? 0);
  slack.education = totals.education - (req.educationMin ?? 0);
  return slack;
}

/** One activity a cycle's carry-over may come from: its counted quarter hours in `buckets` order. */
export class CarryCandidate {
  id = '';
  date: LocalDate = '';
  readonly quarters = new Float64Array(5);
}

/**
 * Fills `into` with the next candidate, newest first, and returns true; false when there are
 * no more. Candidates are asked for only while there is room left (issue 9: a cycle's last 12
 * months of a long log hold hundreds, and a few fill the cap; at most the window's candidates
 * are read once when education does not fill it).
 */
export type NextCandidate = (into: CarryCandidate) => boolean;

/** The candidates of a list, newest first: ids, dates and five quarter figures per activity. */
export function candidatesOf(
  ids: readonly string[],
  dates: readonly LocalDate[],
  q: readonly number[],
): NextCandidate {
  let k = 0;
  return (into) => {
    if (k >= ids.length) return false;
    into.id = ids[k]!;
    into.date = dates[k]!;
    for (let b = 0; b < 5; b++) into.quarters[b] = q[k * 5 + b]!;
    k++;
    return true;
  };
}

/** Whether an entry's counted hours may be carried over (see carryOut). */
export const mayCarry = (
  source: Entry['source'],
  projected: boolean,
  practitioner: boolean,
  date: LocalDate,
  from: LocalDate,
  cycle: Cycle,
) => source === 'activity' && !projected && !practitioner && date >= from && date <= cycle.end;

/** Position of Giving Back in `buckets`: capped in the next cycle too (§1), so carried last. */
const GIVING_BACK = buckets.indexOf('givingBack');

/**
 * What the cycle would hand to the next one: counted surplus over the total, from
 * non-practitioner activities dated in the window, never taking an area or education below
 * its minimum, up to the carry-over cap. Empty when the cap is absent or unknown.
 *
 * What counts best in the next cycle goes first (Ascent reading of §1): education (and hours
 * of no area), which no cap touches there, before Giving Back, whose carried hours sit inside
 * the next cycle's Giving Back cap and can push that cycle's own Giving Back out. Within each,
 * newest first (Ascent decision), so the result is the same every time. The cycle's own
 * verdict never changes: only surplus over the total moves, and no minimum is crossed.
 *
 * One walk over the candidates: Giving Back met on the way is kept (few figures each) and
 * taken only when education leaves room; the walk stops as soon as the room is filled.
 */
export function carryOutOf(
  next: NextCandidate,
  totals: TallyTotals,
  req: Requirement,
): CarryPieceQ[] {
  if (!req.carryOverMax || req.total === null) return [];
  let room = Math.min(totals.total - req.total, req.carryOverMax);
  const slack = slackOf(totals, req);
  const pieces: CarryPieceQ[] = [];
  const laterIds: string[] = [];
  const laterDates: LocalDate[] = [];
  const laterQuarters: number[] = [];
  const c = new CarryCandidate();
  while (room > 0 && next(c)) {
    buckets.forEach((bucket, b) => {
      if (b === GIVING_BACK) return;
      const isArea = (areas as readonly string[]).includes(bucket);
      const limit = isArea ? Math.min(slack[bucket as Area], slack.education) : Infinity;
      const take = Math.min(c.quarters[b]!, room, limit);
      if (take <= 0) return;
      pieces.push({ activityId: c.id, date: c.date, bucket, quarters: take });
      room -= take;
      if (isArea) {
        slack[bucket as Area] -= take;
        slack.education -= take;
      }
    });
    if (c.quarters[GIVING_BACK]! > 0) {
      laterIds.push(c.id);
      laterDates.push(c.date);
      laterQuarters.push(c.quarters[GIVING_BACK]!);
    }
  }
  // Giving Back has no minimum (§1): any of it may go, newest first.
  for (let k = 0; room > 0 && k < laterIds.length; k++) {
    const take = Math.min(laterQuarters[k]!, room);
    pieces.push({
      activityId: laterIds[k]!,
      date: laterDates[k]!,
      bucket: 'givingBack',
      quarters: take,
    });
    room -= take;
  }
  return pieces;
}

/**
 * What a judged cycle hands to the next one: its carry-over when it met every rule, nothing
 * otherwise (§1: surplus moves on only from a cycle that met its rule). evaluateCycleSpan
 * chains cycles by it, and a cycle's page and the report say "would carry over" only for it.
 */
export function handedOn<P>(cycle: { met: boolean; carryOut: P[] }): P[] {
  return cycle.met ? cycle.carryOut : [];
}

/** carryOutOf over a cycle's tallied entries. */
export function carryOut(
  tallied: readonly Entry[],
  totals: TallyTotals,
  req: Requirement,
  cycle: Cycle,
): CarryPieceQ[] {
  if (!req.carryOverMax || req.total === null) return [];
  const from = carryOverWindowStart(cycle, req.carryOverWindowMonths);
  const candidates = tallied
    .filter((e) => mayCarry(e.source, e.projected, e.practitioner, e.date, from, cycle))
    .sort(newestFirst);
  return carryOutOf(
    candidatesOf(
      candidates.map((e) => e.id),
      candidates.map((e) => e.date),
      candidates.flatMap((e) => buckets.map((b) => e.counted[b])),
    ),
    totals,
    req,
  );
}

/** Carried pieces as entries of the next cycle, one per activity. */
export function carryInEntries(pieces: readonly CarryPieceQ[], fromCycle: number): Entry[] {
  const byActivity = new Map<string, Entry>();
  for (const p of pieces) {
    const earned = emptyBuckets();
    const entry = byActivity.get(p.activityId) ?? {
      id: p.activityId,
      date: p.date,
      source: 'carry-in' as const,
      projected: false,
      earned,
      // tally() copies an entry before a cap changes it: counted starts as what was earned.
      counted: earned,
      practitioner: false,
      rolePeriod: null,
      category: null,
      reasons: [{ code: 'CARRIED_IN' as const, fromCycle }],
    };
    entry.earned[p.bucket] += p.quarters;
    byActivity.set(p.activityId, entry);
  }
  return [...byActivity.values()];
}
