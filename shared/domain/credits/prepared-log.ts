/**
 * A credit log read once for every credential and cycle evaluated over it (issue 9: a
 * 25-year career keeps 20,000 activities). What does not depend on the credential — each
 * activity's validation and the log's order by date — is worked out once per log and day.
 * Activity lists are values: the app never changes one in place (a live query hands over a
 * new list on every change), so a list object with the same length is the same log.
 */
import { activityTypeCode, activityTypes, isGivingBack } from '../../catalog/credentials';
import { dayKey, realDayKey, type LocalDate } from '../../dates';
import { countedQuarters, type Activity } from './activity';
import { factsOf, type ActivityFacts } from './contribution';
import { toQuarters } from './quarters';
import { ActivityRead } from './read-activity';
import { quickValid, validateActivity, type ActivityError } from './validate-activity';

/** What `flags` holds of each activity (bits). */
export const VALID = 1;
export const GIVING_BACK = 2;
export const HAS_SPLIT = 4;
export const PRACTITIONER = 8;
/**
 * Per-credential claims, exclusions, categories or allocations, a role period, or semester
 * credits (what they count for depends on the credential's rule: ISACA counts the credits,
 * domain-facts §4): placed through the activity's facts (placeFacts' own reads), not from the
 * columns.
 */
export const SPECIAL = 16;
export const PLANNED = 32;

export interface PreparedLog {
  activities: readonly Activity[];
  /** Positions in `activities`, oldest first; equal dates keep the log's own order. */
  byDate: number[];
  /** The activities' dates in `byDate` order, for binary search. */
  dates: LocalDate[];
  /** validateActivity(activity, asOf) for each activity, in the log's order. */
  errors: ActivityError[][];
  /**
   * Columns, in the log's order, of what placing reads of each activity (issue 9: read from
   * arrays of numbers, a long log is placed for 25 credentials without visiting 20,000
   * objects 25 times): id, type, dayKey(date), `flags` (bits above), counted quarter hours
   * and the split's quarter hours per area.
   */
  ids: string[];
  /** The activities' dates as stored. */
  logDates: LocalDate[];
  /** activityTypeCode(type): a small number per activity type, 0 for none known. */
  typeCodes: Uint8Array;
  day: Int32Array;
  flags: Uint8Array;
  counted: Float64Array;
  ways: Float64Array;
  power: Float64Array;
  business: Float64Array;
  /** What placing reads of each activity (factsOf), made when first asked for (factsAt). */
  facts: (ActivityFacts | undefined)[] | null;
  /** Positions in `activities` by date, equal dates by id: the tally's order (dateIdOrder). */
  byDateId?: Int32Array;
}

/** Whether the type with this code is giving back (by code). */
const givingBackByCode = Uint8Array.from([
  0,
  ...activityTypes.map((t) => (isGivingBack(t) ? 1 : 0)),
]);

const prepared = new WeakMap<readonly Activity[], Map<LocalDate, PreparedLog>>();

/**
 * Positions oldest first, equal dates in the log's order.
 * The app reads the log through its date index, oldest or newest first, so a list already in
 * either order is laid out in one pass; any other order is sorted. `keys` are the dates as
 * numbers that order as the dates do (realDayKey when every date is a real day; else the
 * positions of the dates sorted as text).
 */
function byDateOf(keys: Int32Array): number[] {
  const n = keys.length;
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
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
      while (start > 0 && keys[start - 1] === keys[end - 1]) start--;
      for (let i = start; i < end; i++) out[k++] = i;
      end = start;
    }
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = i;
  return out.sort((x, y) => keys[x]! - keys[y]! || x - y);
}

/** Numbers that order as the texts do (equal texts, equal numbers): their ranks. */
function ranksOf(texts: readonly string[]): Int32Array {
  const distinct = [...new Set(texts)].sort();
  const rank = new Map(distinct.map((t, k) => [t, k]));
  return Int32Array.from(texts, (t) => rank.get(t)!);
}

/** Shared by every activity that has no errors (a prepared log's lists are never changed). */
const noErrors: ActivityError[] = [];
Object.freeze(noErrors);

function prepare(activities: readonly Activity[], asOf: LocalDate): PreparedLog {
  const n = activities.length;
  const errors = new Array<ActivityError[]>(n);
  const ids = new Array<string>(n);
  const codes = new Uint8Array(n);
  const logDates = new Array<LocalDate>(n);
  const day = new Int32Array(n);
  const flags = new Uint8Array(n);
  const counted = new Float64Array(n);
  const ways = new Float64Array(n);
  const power = new Float64Array(n);
  const business = new Float64Array(n);
  const r = new ActivityRead();
  const asOfDay = dayKey(asOf);
  let allReal = true;
  for (let i = 0; i < n; i++) {
    const a = activities[i]!;
    r.from(a);
    const { date, type, split } = r;
    const quarters = countedQuarters(r);
    ids[i] = r.id;
    const code = activityTypeCode(type);
    codes[i] = code;
    logDates[i] = date;
    const real = realDayKey(date);
    day[i] = real;
    if (real === 0) allReal = false;
    counted[i] = quarters;
    // The full check (which makes its lists) only where the quick one is not sure.
    const e = quickValid(r, quarters, real, code, asOfDay) ? noErrors : validateActivity(a, asOf);
    errors[i] = e;
    let bits = e.length === 0 ? VALID : 0;
    if (givingBackByCode[code] === 1) bits |= GIVING_BACK;
    if (type === 'work-as-practitioner') bits |= PRACTITIONER;
    if (r.status === 'planned') bits |= PLANNED;
    if (
      r.claims ||
      r.excludedFrom ||
      r.categories ||
      r.waysOfWorkingFor ||
      r.practitionerPeriod ||
      r.semesterCredits !== undefined
    )
      bits |= SPECIAL;
    if (split) {
      bits |= HAS_SPLIT;
      ways[i] = toQuarters(split.waysOfWorking);
      power[i] = toQuarters(split.powerSkills);
      business[i] = toQuarters(split.businessAcumen);
    }
    flags[i] = bits;
  }
  // Every date a real day (a log as the app keeps it): ordered by number; else as text.
  const byDate = byDateOf(allReal ? day : ranksOf(logDates));
  return {
    activities,
    byDate,
    dates: byDate.map((i) => logDates[i]!),
    errors,
    ids,
    logDates,
    typeCodes: codes,
    day,
    flags,
    counted,
    ways,
    power,
    business,
    facts: null,
  };
}

/** The facts of the activity at `i` in the log's order (factsOf), made once. */
export function factsAt(log: PreparedLog, i: number): ActivityFacts {
  const facts = (log.facts ??= new Array<ActivityFacts | undefined>(log.activities.length));
  return facts[i] ?? (facts[i] = factsOf(log.activities[i]!));
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
  const { byDate, dates, ids } = log;
  const out = Int32Array.from(byDate);
  // Insertion sort by id within each run of equal dates (stable: equal ids keep the log's order).
  for (let k = 1; k < out.length; k++) {
    const day = dates[k];
    const moving = out[k]!;
    const id = ids[moving]!;
    let j = k - 1;
    while (j >= 0 && dates[j] === day && ids[out[j]!]! > id) {
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
