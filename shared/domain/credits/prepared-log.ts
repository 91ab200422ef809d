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
  /**
   * Positions in `activities`, oldest first; equal dates keep the log's own order. What loops
   * read: `byDate` is the same as a list.
   */
  order: Int32Array;
  /**
   * The dates as day numbers (realDayKey) in `order`, for binary search (dateBoundIn), when
   * every date is a real day (a log as the app keeps it); else null.
   */
  sortedDays: Int32Array | null;
  /** `order` as a list, made when first read. */
  readonly byDate: number[];
  /** The activities' dates in `order`, made when first read (dateBoundIn searches instead). */
  readonly dates: LocalDate[];
  /**
   * validateActivity(activity, asOf) for each activity, in the log's order, made when first
   * read (errorsAt gives one activity's).
   */
  readonly errors: ActivityError[][];
  /**
   * validateActivity's list, by position in `activities`, for the activities the quick check
   * (quickValid) was not sure of: the others have none.
   */
  invalid: Map<number, ActivityError[]>;
  /**
   * Columns, in the log's order, of what placing reads of each activity (issue 9: read from
   * arrays of numbers, a long log is placed for 25 credentials without visiting 20,000
   * objects 25 times): id, type, dayKey(date), `flags` (bits above), counted quarter hours
   * and the split's quarter hours per area. The ids and the dates as stored are kept in
   * blocks (idAt, dateAt) and made into lists (`ids`, `logDates`) only when those are read.
   */
  idBlocks: string[][];
  dateBlocks: LocalDate[][];
  readonly ids: string[];
  /** The activities' dates as stored. */
  readonly logDates: LocalDate[];
  /** activityTypeCode(type): a small number per activity type, 0 for none known. */
  typeCodes: Uint8Array;
  day: Int32Array;
  flags: Uint8Array;
  counted: Float64Array;
  ways: Float64Array;
  power: Float64Array;
  business: Float64Array;
  /**
   * What placing reads of each activity (factsOf), made when first asked for (factsAt), in
   * blocks of BLOCK positions.
   */
  facts: (ActivityFacts | undefined)[][] | null;
  /** Positions in `activities` by date, equal dates by id: the tally's order (dateIdOrder). */
  byDateId?: Int32Array;
}

/**
 * Issue 9: a list of more than about 16,000 values is a "large object" to the JavaScript
 * engine, which gets it memory new to the process, on every read of a 20,000-entry log; on
 * the benchmark's machine, touching that memory the first time costs more than filling the
 * list. So the prepared log keeps its numbers in typed arrays and its ids, dates and facts
 * in blocks of BLOCK (1 << BLOCK_BITS) positions, and makes the lists it hands out (byDate,
 * dates, errors, ids, logDates) only when they are read.
 */
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK - 1;

/** The values of `blocks` (of BLOCK each) as one list. */
const flat = <T>(blocks: readonly T[][]): T[] => ([] as T[]).concat(...blocks);

/** The id of the activity at `i` in the log's order (log.ids[i]). */
export const idAt = (log: PreparedLog, i: number): string =>
  log.idBlocks[i >> BLOCK_BITS]![i & IN_BLOCK]!;

/** The date as stored of the activity at `i` in the log's order (log.logDates[i]). */
export const dateAt = (log: PreparedLog, i: number): LocalDate =>
  log.dateBlocks[i >> BLOCK_BITS]![i & IN_BLOCK]!;

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
function byDateOf(keys: Int32Array): Int32Array {
  const n = keys.length;
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
    if (a > b) ascending = false;
    else if (a < b) descending = false;
  }
  const out = new Int32Array(n);
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

/** A prepared log; the lists it hands out are made when first read. */
class Prepared implements PreparedLog {
  facts: (ActivityFacts | undefined)[][] | null = null;
  byDateId?: Int32Array;
  private byDateList: number[] | null = null;
  private datesList: LocalDate[] | null = null;
  private errorsList: ActivityError[][] | null = null;
  private idsList: string[] | null = null;
  private logDatesList: LocalDate[] | null = null;

  constructor(
    readonly activities: readonly Activity[],
    readonly order: Int32Array,
    readonly sortedDays: Int32Array | null,
    readonly invalid: Map<number, ActivityError[]>,
    readonly idBlocks: string[][],
    readonly dateBlocks: LocalDate[][],
    readonly typeCodes: Uint8Array,
    readonly day: Int32Array,
    readonly flags: Uint8Array,
    readonly counted: Float64Array,
    readonly ways: Float64Array,
    readonly power: Float64Array,
    readonly business: Float64Array,
  ) {}

  get byDate(): number[] {
    return (this.byDateList ??= Array.from(this.order));
  }

  get dates(): LocalDate[] {
    return (this.datesList ??= Array.from(this.order, (i) => dateAt(this, i)));
  }

  get ids(): string[] {
    return (this.idsList ??= flat(this.idBlocks));
  }

  get logDates(): LocalDate[] {
    return (this.logDatesList ??= flat(this.dateBlocks));
  }

  get errors(): ActivityError[][] {
    if (this.errorsList) return this.errorsList;
    const out = new Array<ActivityError[]>(this.activities.length).fill(noErrors);
    for (const [i, e] of this.invalid) out[i] = e;
    return (this.errorsList = out);
  }
}

function prepare(activities: readonly Activity[], asOf: LocalDate): PreparedLog {
  const n = activities.length;
  const invalid = new Map<number, ActivityError[]>();
  const idBlocks: string[][] = [];
  const dateBlocks: LocalDate[][] = [];
  let ids: string[] = [];
  let logDates: LocalDate[] = [];
  const codes = new Uint8Array(n);
  const day = new Int32Array(n);
  const sortedDays = new Int32Array(n);
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
    const at = i & IN_BLOCK;
    if (at === 0) {
      idBlocks.push((ids = new Array<string>(Math.min(BLOCK, n - i))));
      dateBlocks.push((logDates = new Array<LocalDate>(Math.min(BLOCK, n - i))));
    }
    const { date, type, split } = r;
    const quarters = countedQuarters(r);
    ids[at] = r.id;
    const code = activityTypeCode(type);
    codes[i] = code;
    logDates[at] = date;
    const real = realDayKey(date);
    day[i] = real;
    if (real === 0) allReal = false;
    counted[i] = quarters;
    // The full check (which makes its lists) only where the quick one is not sure.
    let bits = VALID;
    if (!quickValid(r, quarters, real, code, asOfDay)) {
      const e = validateActivity(a, asOf);
      invalid.set(i, e);
      if (e.length !== 0) bits = 0;
    }
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
  const order = byDateOf(allReal ? day : ranksOf(flat(dateBlocks)));
  if (allReal) for (let k = 0; k < n; k++) sortedDays[k] = day[order[k]!]!;
  return new Prepared(
    activities,
    order,
    allReal ? sortedDays : null,
    invalid,
    idBlocks,
    dateBlocks,
    codes,
    day,
    flags,
    counted,
    ways,
    power,
    business,
  );
}

/** validateActivity(the activity at `i`, asOf) as the log was prepared: none when valid. */
export function errorsAt(log: PreparedLog, i: number): ActivityError[] {
  return log.invalid.get(i) ?? noErrors;
}

/** The facts of the activity at `i` in the log's order (factsOf), made once. */
export function factsAt(log: PreparedLog, i: number): ActivityFacts {
  const blocks = (log.facts ??= []);
  const block = (blocks[i >> BLOCK_BITS] ??= new Array<ActivityFacts | undefined>(BLOCK));
  const at = i & IN_BLOCK;
  return block[at] ?? (block[at] = factsOf(log.activities[i]!));
}

/** The log prepared for `asOf`, from the cache when this list was prepared before. */
export function preparedLog(activities: readonly Activity[], asOf: LocalDate): PreparedLog {
  let days = prepared.get(activities);
  if (!days) prepared.set(activities, (days = new Map()));
  const hit = days.get(asOf);
  if (hit && hit.day.length === activities.length) return hit;
  const log = prepare(activities, asOf);
  days.set(asOf, log);
  return log;
}

/** For each position in `order`, a number shared by the positions next to it of equal date. */
function runsOf(log: PreparedLog): Int32Array {
  const { order } = log;
  const out = new Int32Array(order.length);
  for (let k = 1; k < order.length; k++)
    out[k] = dateAt(log, order[k - 1]!) === dateAt(log, order[k]!) ? out[k - 1]! : k;
  return out;
}

/**
 * The log's positions by date and, on equal dates, by id (the order a cycle's entries are
 * tallied in), worked out once per prepared log from `order`. Dates hold only a few
 * activities each, so only those short runs are sorted.
 */
export function dateIdOrder(log: PreparedLog): Int32Array {
  if (log.byDateId) return log.byDateId;
  const { order, sortedDays, idBlocks } = log;
  const out = Int32Array.from(order);
  // Equal dates: equal day numbers when every date is a real day, else equal texts (then
  // numbered run by run: equal dates are next to each other in `order`).
  const days = sortedDays ?? runsOf(log);
  // Insertion sort by id within each run of equal dates (stable: equal ids keep the log's order).
  for (let k = 1; k < out.length; k++) {
    const day = days[k]!;
    if (days[k - 1] !== day) continue;
    const moving = out[k]!;
    const id = idBlocks[moving >> BLOCK_BITS]![moving & IN_BLOCK]!;
    let j = k - 1;
    for (; j >= 0 && days[j] === day; j--) {
      const at = out[j]!;
      if (!(idBlocks[at >> BLOCK_BITS]![at & IN_BLOCK]! > id)) break;
      out[j + 1] = at;
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

/**
 * dateBound(log.dates, day, orEqual), without making that list: by day number when every
 * date of the log and `day` are real days (their texts then order as their numbers do), else
 * by the texts as dateBound compares them.
 */
export function dateBoundIn(log: PreparedLog, day: LocalDate, orEqual = false): number {
  const { order, sortedDays } = log;
  const key = sortedDays ? realDayKey(day) : 0;
  let lo = 0;
  let hi = order.length;
  if (key > 0) {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = sortedDays![mid]!;
      if (d < key || (!orEqual && d === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = dateAt(log, order[mid]!);
    if (d < day || (!orEqual && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
