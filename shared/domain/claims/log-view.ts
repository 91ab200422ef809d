/**
 * The credit log as a table (issue 3 part 5: "a table filtered by credential, type, area,
 * date range and status, sortable, with totals"). Pure: the screen passes the activities,
 * how each applies to the held credentials (applyActivity) and the evidence counts.
 */
import {
  activityTypes,
  areas,
  isGivingBack,
  type ActivityType,
  type Area,
} from '../../catalog/credentials';
import type { Cycle, HeldWithRule } from '../credentials';
import { isLocalDate, realDayKey, type LocalDate } from '../../dates';
import { holdsFolded, searchFold } from '../../text/search';
import {
  applyActivity,
  claimStatuses,
  claimStatusFor,
  countedQuarters,
  toHours,
  toQuarters,
  type Activity,
  type ActivityApplication,
  type ClaimStatus,
} from '../credits';

export type LogArea = Area | 'givingBack';

export interface LogFilter {
  /** Held credential id: only activities that count (or are planned to) for it. */
  heldId: string | null;
  type: ActivityType | null;
  area: LogArea | null;
  from: LocalDate | null;
  to: LocalDate | null;
  status: ClaimStatus | null;
  /** Matched against title, provider and claim code, ignoring case. */
  text: string;
}

export const noLogFilter: LogFilter = {
  heldId: null,
  type: null,
  area: null,
  from: null,
  to: null,
  status: null,
  text: '',
};

export function isFiltered(f: LogFilter): boolean {
  return (Object.keys(noLogFilter) as (keyof LogFilter)[]).some((k) => f[k] !== noLogFilter[k]);
}

/**
 * A date filled in far enough to judge: a real day (isLocalDate) in a year of at least 1000.
 * A date field reports its value while the year is still being typed (0006-03-01 on the way
 * to 2026-03-01); judging that would flash "From is after To" on each keystroke.
 */
function complete(day: LocalDate | null): number {
  const key = realDayKey(day);
  return key >= 1000_00_00 ? key : 0;
}

/**
 * A date range no activity can match: From after To, both given (issue 3 part 5's date
 * range; an activity's date is on or after From and on or before To, `matches`). The log
 * then says so and offers swapDates, rather than only "no activity matches". Judged only once
 * both dates are complete (`complete`), so the message does not flicker while one is typed.
 */
export function datesReversed(f: LogFilter): boolean {
  const from = complete(f.from);
  const to = complete(f.to);
  return from > 0 && to > 0 && from > to;
}

/** The days an activity must fall on to count towards a cycle (Cycle.countFrom/countTo). */
export interface CountingWindow {
  countFrom: LocalDate;
  countTo: LocalDate;
}

/**
 * The log's address for one cycle of a held credential ("Open in the credit log" on its page):
 * filtered by the credential and limited to the cycle's counting window (not its start and
 * end: after a renewal late in the suspension year, or a PeopleCert exam renewal, the window
 * differs), so the log's "Total earned in view" is what the cycle counts before its caps.
 */
export function cycleLogQuery(heldId: string, window: CountingWindow): string {
  const pairs = { credential: heldId, from: window.countFrom, to: window.countTo };
  return Object.entries(pairs)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

/**
 * The filter an address's query asks for (`credential=<held id>`, with `from` and `to` when
 * limited to a cycle, cycleLogQuery); null when it asks for no credential. `get` reads one of
 * the query's values (URLSearchParams' get). A date that is not a calendar day is left out
 * rather than trusted.
 */
export function filterFromQuery(get: (name: string) => string | null): LogFilter | null {
  const heldId = get('credential');
  if (!heldId) return null;
  const day = (name: string) => {
    const v = get(name);
    return isLocalDate(v) ? v : null;
  };
  return { ...noLogFilter, heldId, from: day('from'), to: day('to') };
}

/**
 * Whether the activities in view (their dates) fall in more than one of the credential's
 * counting windows, or outside all of them: then their amounts are not one cycle's, and each
 * cycle's caps apply to its own part. False for none or one window.
 */
export function viewSpansCycles(
  dates: readonly LocalDate[],
  windows: readonly CountingWindow[],
): boolean {
  let seen: CountingWindow | null | undefined;
  for (const d of dates) {
    const w = windows.find((c) => c.countFrom <= d && d <= c.countTo) ?? null;
    if (w === null) return true;
    if (seen === undefined) seen = w;
    else if (seen !== w) return true;
  }
  return false;
}

/**
 * The cycle the log's date range lies in: the one whose counting window holds both From and To
 * (cycleLogQuery opens a past cycle's log that way), so what is said of "the cycle" above the
 * rows (the credential bar, its CSV export) is about the cycle whose rows are shown. Null when
 * From or To is not a complete date, when they are reversed (datesReversed), or when the range
 * fits no one window: the cycle in force is then the one to speak of.
 */
export function cycleOfRange<W extends CountingWindow>(
  f: Pick<LogFilter, 'from' | 'to'>,
  windows: readonly W[],
): W | null {
  const from = complete(f.from);
  const to = complete(f.to);
  if (from === 0 || to === 0 || from > to) return null;
  return windows.find((w) => w.countFrom <= f.from! && f.to! <= w.countTo) ?? null;
}

/**
 * The cycle whose suspension year the log's date range runs into: the range lies in that
 * cycle's counting window (cycleOfRange: as "Open in the credit log" on its page sets it) and To
 * is after the cycle's end. An unrenewed cycle's window runs through its suspension year, and a
 * cycle renewed late in it to the renewal's day, because activities dated in that year still
 * count toward renewing it (domain-facts §1, PMI: suspended for a year after the third
 * anniversary, the holder may still earn and report PDUs and renew; IIBA likewise, 1 y
 * suspension). Null when the range is not one cycle's, or ends by the cycle's end.
 */
export function rangeIntoSuspension<
  W extends CountingWindow & Pick<Cycle, 'end' | 'suspension' | 'renewedOn'>,
>(f: Pick<LogFilter, 'from' | 'to'>, windows: readonly W[]): W | null {
  const cycle = cycleOfRange(f, windows);
  return cycle?.suspension && f.to! > cycle.end ? cycle : null;
}

/** The filter with From and To exchanged: the remedy for datesReversed. */
export function swapDates(f: LogFilter): LogFilter {
  return { ...f, from: f.to, to: f.from };
}

export interface LogRow {
  activity: Activity;
  /** Counted hours (relevant share, CEU × 10), or what counts for the chosen credential. */
  hours: number;
  byArea: Record<Area, number>;
  givingBack: number;
  status: ClaimStatus;
  evidence: number;
  /** How the activity applies to the chosen credential (null without a credential filter). */
  application: ActivityApplication | null;
}

/** applyActivity for every activity, by activity id (issue 3 part 3). */
export function applicationsByActivity(
  activities: readonly Activity[],
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): Map<string, ActivityApplication[]> {
  return new Map(activities.map((a) => [a.id, applyActivity(a, held, asOf)]));
}

const zeroAreas = (): Record<Area, number> => ({
  waysOfWorking: 0,
  powerSkills: 0,
  businessAcumen: 0,
});

function ownAmounts(a: Activity) {
  const hours = toHours(countedQuarters(a));
  const byArea = zeroAreas();
  if (!isGivingBack(a.type) && a.split) for (const k of areas) byArea[k] = a.split[k];
  return { hours, byArea, givingBack: isGivingBack(a.type) ? hours : 0 };
}

/**
 * Rows without a credential, kept by activity: an activity is a value (an edit writes a new
 * one), so its row only changes with its evidence count. A 20,000-entry log is then not
 * worked out again on every keystroke and every save (issue 9).
 */
const ownRows = new WeakMap<Activity, LogRow>();

function toRow(a: Activity, app: ActivityApplication | null, evidence: number): LogRow {
  if (app) return newRow(a, app, evidence);
  const kept = ownRows.get(a);
  if (kept && kept.evidence === evidence) return kept;
  // Only the count changed (the counts arrive after the log is first drawn): the rest stays.
  const row = kept ? { ...kept, evidence } : newRow(a, null, evidence);
  ownRows.set(a, row);
  return row;
}

function newRow(a: Activity, app: ActivityApplication | null, evidence: number): LogRow {
  const c = app?.contribution;
  const amounts = c ? { hours: c.total, byArea: { ...c.byArea }, givingBack: c.givingBack } : null;
  return {
    activity: a,
    ...(amounts ?? ownAmounts(a)),
    status: app ? claimStatusFor(a, app.credentialId) : a.status,
    evidence,
    application: app,
  };
}

/** `text`: the filter's text trimmed and folded (searchFold, worked out once per list). */
function matches(row: LogRow, f: LogFilter, text: string): boolean {
  const a = row.activity;
  if (f.type && a.type !== f.type) return false;
  if (f.status && row.status !== f.status) return false;
  if (f.from && a.date < f.from) return false;
  if (f.to && a.date > f.to) return false;
  if (f.area === 'givingBack' ? row.givingBack <= 0 : f.area && row.byArea[f.area] <= 0)
    return false;
  if (!text) return true;
  return (
    holdsFolded(a.title, text) ||
    holdsFolded(a.provider ?? '', text) ||
    holdsFolded(a.claimCode ?? '', text)
  );
}

/**
 * The rows the filter lets through. With a credential, only activities that count or are
 * planned to count for it, with the amounts they bring to it before the cycle's caps and
 * their claim status for it.
 */
export function logRows(
  activities: readonly Activity[],
  filter: LogFilter,
  applications: ReadonlyMap<string, readonly ActivityApplication[]>,
  evidence: ReadonlyMap<string, number>,
): LogRow[] {
  const rows: LogRow[] = [];
  const text = searchFold(filter.text.trim());
  for (const a of activities) {
    let app: ActivityApplication | null = null;
    if (filter.heldId) {
      app = applications.get(a.id)?.find((x) => x.heldId === filter.heldId) ?? null;
      if (!app || app.outcome === 'not-counted') continue;
    }
    const row = toRow(a, app, evidence.get(a.id) ?? 0);
    if (matches(row, filter, text)) rows.push(row);
  }
  return rows;
}

export type LogSortKey = 'date' | 'title' | 'provider' | 'type' | 'hours' | 'status' | 'evidence';
export type SortDirection = 'ascending' | 'descending';

/** Text as it sorts: case and accents aside ("Élan" among the e's, not after z). */
const text = (s: string | undefined) => searchFold(s ?? '');
const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Types in the catalogue's order (education first), statuses in claim order. */
const sortValue: Record<LogSortKey, (r: LogRow) => number | string> = {
  date: (r) => r.activity.date,
  title: (r) => text(r.activity.title),
  provider: (r) => text(r.activity.provider),
  type: (r) => activityTypes.indexOf(r.activity.type),
  hours: (r) => r.hours,
  status: (r) => claimStatuses.indexOf(r.status),
  evidence: (r) => r.evidence,
};

/**
 * A stable sort; ties fall back to the newest date first, then the id from the last: the
 * order the log is read in (newest first through the date index), so the log's default view
 * (newest first) is already in order and only checked, not sorted again (issue 9).
 */
export function sortLogRows(
  rows: readonly LogRow[],
  key: LogSortKey,
  direction: SortDirection,
): LogRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = sortValue[key];
  const order = (x: LogRow, y: LogRow) => {
    const vx = value(x);
    const vy = value(y);
    const primary =
      typeof vx === 'number' && typeof vy === 'number'
        ? vx - vy
        : compareText(String(vx), String(vy));
    if (primary !== 0) return primary * sign;
    const byDate = compareText(y.activity.date, x.activity.date);
    return byDate !== 0 ? byDate : compareText(y.activity.id, x.activity.id);
  };
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = order(rows[i - 1]!, rows[i]!) <= 0;
  return sorted ? [...rows] : [...rows].sort(order);
}

export interface LogTotals {
  count: number;
  hours: number;
  byArea: Record<Area, number>;
  givingBack: number;
}

/** Totals of the rows in view, summed in quarter hours so they are exact (DESIGN.md §4). */
export function logTotals(rows: readonly LogRow[]): LogTotals {
  const q = { hours: 0, givingBack: 0, ...zeroAreas() };
  for (const r of rows) {
    q.hours += toQuarters(r.hours);
    q.givingBack += toQuarters(r.givingBack);
    q.waysOfWorking += toQuarters(r.byArea.waysOfWorking);
    q.powerSkills += toQuarters(r.byArea.powerSkills);
    q.businessAcumen += toQuarters(r.byArea.businessAcumen);
  }
  const byArea = zeroAreas();
  for (const a of areas) byArea[a] = toHours(q[a]);
  return {
    count: rows.length,
    hours: toHours(q.hours),
    byArea,
    givingBack: toHours(q.givingBack),
  };
}
