/**
 * A credit log read once for every credential and cycle evaluated over it (issue 9: a
 * 25-year career keeps 20,000 activities). What does not depend on the credential — each
 * activity's validation and the log's order by date — is worked out once per log and day.
 * Activity lists are values: the app never changes one in place (a live query hands over a
 * new list on every change), so a list object with the same length is the same log.
 */
import type { LocalDate } from '../../dates';
import type { Activity } from './activity';
import { factsOf, type ActivityFacts } from './contribution';
import { plainlyValid, validateActivity, type ActivityError } from './validate-activity';

export interface PreparedLog {
  activities: readonly Activity[];
  /** Positions in `activities`, oldest first; equal dates keep the log's own order. */
  byDate: number[];
  /** The activities' dates in `byDate` order, for binary search. */
  dates: LocalDate[];
  /** validateActivity(activity, asOf) for each activity, in the log's order. */
  errors: ActivityError[][];
  /** What placing reads of each activity (factsOf), in the log's order. */
  facts: ActivityFacts[];
  /** Positions in `activities` by date, equal dates by id: the tally's order (dateIdOrder). */
  byDateId?: Int32Array;
}

const prepared = new WeakMap<readonly Activity[], Map<LocalDate, PreparedLog>>();

/**
 * Positions oldest first, equal dates in the log's order (read from the facts, all one shape).
 * The app reads the log through its date index, oldest or newest first, so a list already in
 * either order is laid out in one pass; any other order is sorted.
 */
function byDateOf(facts: readonly ActivityFacts[]): number[] {
  const n = facts.length;
  const dates = facts.map((f) => f.date);
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    const a = dates[i - 1]!;
    const b = dates[i]!;
    if (a > b) ascending = false;
    else if (a < b) descending = false;
  }
  const out = new Array<number>(n);
  if (ascending) {
    for (let i = 0; i < n; i++) out[i] = i;
    return out;
  }
  if (descending) {
    // Newest first: the runs of equal dates from the last to the first, each in its own order.
    let k = 0;
    for (let end = n; end > 0;) {
      let start = end - 1;
      while (start > 0 && dates[start - 1] === dates[end - 1]) start--;
      for (let i = start; i < end; i++) out[k++] = i;
      end = start;
    }
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = i;
  return out.sort((x, y) => {
    const a = dates[x]!;
    const b = dates[y]!;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
}

/** Shared by every activity that has no errors (a prepared log's lists are never changed). */
const noErrors: ActivityError[] = [];
Object.freeze(noErrors);

function prepare(activities: readonly Activity[], asOf: LocalDate): PreparedLog {
  const n = activities.length;
  const facts = new Array<ActivityFacts>(n);
  const errors = new Array<ActivityError[]>(n);
  for (let i = 0; i < n; i++) {
    const a = activities[i]!;
    const f = factsOf(a);
    facts[i] = f;
    // The full check (which makes its lists) only where the quick one is not sure.
    errors[i] = plainlyValid(a, f, asOf) ? noErrors : validateActivity(a, asOf);
  }
  const byDate = byDateOf(facts);
  return { activities, byDate, dates: byDate.map((i) => facts[i]!.date), errors, facts };
}

/** The log prepared for `asOf`, from the cache when this list was prepared before. */
export function preparedLog(activities: readonly Activity[], asOf: LocalDate): PreparedLog {
  let days = prepared.get(activities);
  if (!days) prepared.set(activities, (days = new Map()));
  const hit = days.get(asOf);
  if (hit && hit.errors.length === activities.length) return hit;
  const log = prepare(activities, asOf);
  days.set(asOf, log);
  return log;
}

/**
 * The log's positions by date and, on equal dates, by id (the order a cycle's entries are
 * tallied in), worked out once per prepared log from `byDate`. Dates hold only a few
 * activities each, so only those short runs are sorted.
 */
export function dateIdOrder(log: PreparedLog): Int32Array {
  if (log.byDateId) return log.byDateId;
  const { byDate, dates, facts } = log;
  const out = Int32Array.from(byDate);
  // Insertion sort by id within each run of equal dates (stable: equal ids keep the log's order).
  for (let k = 1; k < out.length; k++) {
    const day = dates[k];
    const moving = out[k]!;
    const id = facts[moving]!.id;
    let j = k - 1;
    while (j >= 0 && dates[j] === day && facts[out[j]!]!.id > id) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = moving;
  }
  return (log.byDateId = out);
}

/** First position in the sorted `dates` whose date is after `day` (or at/after with `orEqual`). */
export function dateBound(dates: readonly LocalDate[], day: LocalDate, orEqual = false): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = dates[mid]!;
    if (d < day || (!orEqual && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
