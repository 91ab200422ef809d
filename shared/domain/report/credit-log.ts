/**
 * The credit log for the report's period (issue 8 part 1: "the full credit log for the
 * period"), with totals. Sums are kept in quarter hours, so they are exact (DESIGN.md §4).
 */
import { isGivingBack, type ActivityType, type Area } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import {
  countedQuarters,
  toHours,
  toQuarters,
  validateActivity,
  type Activity,
  type ClaimStatus,
} from '../credits';
import type { CredentialReportRow } from './credentials';
import { inPeriod } from './period';
import type { ReportPeriod } from './types';

export interface CreditLogRow {
  activityId: string;
  date: LocalDate;
  title: string;
  provider: string;
  type: ActivityType;
  status: ClaimStatus;
  /** Hours after the relevant share (domain-facts §1: 15 h at 50 % = 7.5). */
  hours: number;
  /**
   * A university course's semester credits, when logged (domain-facts §4): ISACA counts them
   * instead of the hours, so the row says so beside hours that differ from ISACA's total.
   */
  semesterCredits?: number;
  evidenceFiles: number;
  /**
   * The record is not valid on the report date (validateActivity: e.g. dated after it yet
   * marked earned, from an import): every credential counts it as nothing, so the totals
   * leave it out. Absent when valid.
   */
  invalid?: true;
}

export interface CreditLogTotals {
  activities: number;
  /**
   * How many of them are only planned: a period can run past the report date, and planned
   * activities are listed, so the count says how many are not done yet.
   */
  plannedActivities: number;
  /** Counted hours of every activity in the period that is not only planned. */
  earnedHours: number;
  plannedHours: number;
  /** Education hours split by Talent Triangle area, where a split was given. */
  byArea: Record<Area, number>;
  /** Giving Back hours (never split by area: domain-facts §1). */
  givingBack: number;
  /** Education hours without an area split (allowed: not every body uses the areas). */
  noArea: number;
  evidenceFiles: number;
  /** Activities listed whose records are not valid (CreditLogRow.invalid): not summed. */
  invalidActivities: number;
}

/** What a cycle's credential counts of the hours logged in it (cycleCountOf). */
export interface CycleCount {
  acronym: string;
  counted: number;
  /**
   * The credential's caps held back the whole difference (domain-facts §1: Giving Back at most
   * 25 for PMP). False when some of it is for another reason: a course without its Talent
   * Triangle split, an activity excluded, or one for another credential.
   */
  byCaps: boolean;
}

export interface CreditLogSection {
  rows: CreditLogRow[];
  totals: CreditLogTotals;
  /**
   * For a report on a credential's cycle: what that credential counts of the earned hours
   * logged, when less, so the log's hours and the Credentials section's count are told apart
   * (cycleCountOf). Absent otherwise.
   */
  cycleCount?: CycleCount;
}

/**
 * Every activity whose completion date falls in the period, oldest first (title, then id,
 * break ties so the order never changes between prints). Planned activities are listed but
 * kept apart in the totals: a plan is never counted as earned (issue 3 part 3). Given the
 * report date `asOf`, an activity whose record is not valid on it (validateActivity, as the
 * rules engine judges it: placeActivity counts it nowhere) is listed, marked, and summed
 * nowhere, so "Total earned" never holds hours no credential counts.
 */
export function creditLogSection(
  activities: readonly Activity[],
  period: { from: LocalDate; to: LocalDate },
  evidenceCounts: ReadonlyMap<string, number>,
  asOf?: LocalDate,
): CreditLogSection {
  const chosen = activities
    .filter((a) => inPeriod(a.date, period))
    .sort((x, y) => key(x).localeCompare(key(y)));
  const q = { earned: 0, planned: 0, givingBack: 0, noArea: 0, ...zeroAreas() };
  let files = 0;
  let invalid = 0;
  const rows = chosen.map((a): CreditLogRow => {
    const counted = countedQuarters(a);
    const evidenceFiles = evidenceCounts.get(a.id) ?? 0;
    files += evidenceFiles;
    const bad = asOf !== undefined && validateActivity(a, asOf).length > 0;
    if (bad) invalid += 1;
    else if (a.status === 'planned') q.planned += counted;
    else addEarned(q, a, counted);
    return {
      activityId: a.id,
      date: a.date,
      title: a.title,
      provider: a.provider ?? '',
      type: a.type,
      status: a.status,
      hours: toHours(counted),
      ...(typeof a.semesterCredits === 'number' ? { semesterCredits: a.semesterCredits } : {}),
      evidenceFiles,
      ...(bad ? { invalid: true as const } : {}),
    };
  });
  return {
    rows,
    totals: {
      activities: rows.length,
      plannedActivities: rows.filter((r) => r.status === 'planned').length,
      earnedHours: toHours(q.earned),
      plannedHours: toHours(q.planned),
      byArea: {
        waysOfWorking: toHours(q.waysOfWorking),
        powerSkills: toHours(q.powerSkills),
        businessAcumen: toHours(q.businessAcumen),
      },
      givingBack: toHours(q.givingBack),
      noArea: toHours(q.noArea),
      evidenceFiles: files,
      invalidActivities: invalid,
    },
  };
}

/**
 * The days the credit log lists when they are fewer than the report's period: a cycle's
 * counting window (ReportPeriod.counting) that starts after its first day (a renewal late in
 * the suspension year: what was logged before it counts towards the cycle before, domain-facts
 * §1) or ends before its last (a PeopleCert renewal by exam), so the report says why activities
 * dated in the period are not listed. Null when the log covers the whole period.
 */
export function creditLogDays(
  period: Pick<ReportPeriod, 'from' | 'to' | 'counting'>,
): { from: LocalDate; to: LocalDate } | null {
  const c = period.counting;
  return c && (c.from !== period.from || c.to !== period.to) ? c : null;
}

/**
 * The log's earned hours against what the period's credential counts of them, for a report on a
 * credential's cycle that also shows that credential: the log sums every hour logged, the
 * credential counts only what its rule takes (after its caps, domain-facts §1: Giving Back at
 * most 25 for PMP; not a course without its area split, an excluded activity, one for another
 * credential), so the two totals differ and the log says so, naming the caps only when they
 * held back the whole difference (`byCaps`, from the cycle's capped excess). Surplus carried in
 * from the previous cycle is counted but was not logged in this one, so it is left out. Null
 * when the period is not a cycle, the credential is not shown, or it counts every hour logged.
 */
export function cycleCountOf(
  log: CreditLogSection,
  period: Pick<ReportPeriod, 'kind' | 'heldId'>,
  credentials: readonly CredentialReportRow[] | null,
): CycleCount | null {
  if (period.kind !== 'cycle' || period.heldId === null) return null;
  const row = credentials?.find((c) => c.heldId === period.heldId);
  if (!row?.cycle) return null;
  const countedQ = toQuarters(row.cycle.counted) - toQuarters(row.cycle.carriedIn);
  const gapQ = toQuarters(log.totals.earnedHours) - countedQ;
  if (gapQ <= 0) return null;
  const cappedQ = row.cycle.capped.reduce((sum, c) => sum + toQuarters(c.excess), 0);
  return { acronym: row.acronym, counted: toHours(countedQ), byCaps: cappedQ === gapQ };
}

/**
 * The report model with the credit log's cycleCount filled in (cycleCountOf), from the model's
 * own period and Credentials section; the model as it was when there is nothing to say.
 */
export function withCycleCount<
  M extends {
    period: Pick<ReportPeriod, 'kind' | 'heldId'>;
    credentials: readonly CredentialReportRow[] | null;
    creditLog: CreditLogSection | null;
  },
>(model: M): M {
  const count = model.creditLog && cycleCountOf(model.creditLog, model.period, model.credentials);
  return count ? { ...model, creditLog: { ...model.creditLog!, cycleCount: count } } : model;
}

const areas: readonly Area[] = ['waysOfWorking', 'powerSkills', 'businessAcumen'];
const zeroAreas = (): Record<Area, number> => ({
  waysOfWorking: 0,
  powerSkills: 0,
  businessAcumen: 0,
});

/**
 * Earned quarters into the totals, so the parts add up to the whole (Ascent decision: the
 * report's breakdown accounts for every earned hour): Giving Back whole, education by its
 * area split, and whatever of it no split covers apart.
 */
function addEarned(
  q: Record<Area | 'earned' | 'givingBack' | 'noArea', number>,
  a: Activity,
  counted: number,
) {
  q.earned += counted;
  if (isGivingBack(a.type)) {
    q.givingBack += counted;
    return;
  }
  let split = 0;
  for (const area of areas) {
    const part = toQuarters(a.split?.[area] ?? 0);
    q[area] += part;
    split += part;
  }
  q.noArea += counted - split;
}

function key(a: Activity): string {
  return `${a.date}\u0000${a.title}\u0000${a.id}`;
}

/**
 * A credit log this long makes a report of hundreds of pages, which takes a minute or more to
 * print (issue 9: a 25-year career keeps 20,000 entries). Ascent's threshold: about fifty
 * printed pages of rows.
 */
export const LONG_LOG_ROWS = 2_000;

/** How many rows make the report slow to print; null when it prints quickly. */
export function longLogRows(log: CreditLogSection | null): number | null {
  return log && log.rows.length >= LONG_LOG_ROWS ? log.rows.length : null;
}
