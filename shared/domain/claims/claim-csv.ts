/**
 * A credential cycle's log in the shape of PMI's claim form (issue 3 part 6): provider,
 * activity, start and completion dates, activity type, PDUs per Talent Triangle area,
 * Giving Back, the total counted, claim code and claim status. Only the amounts the
 * credential counts after its rules (caps included, evaluateCycle) go in, so the file is
 * what can actually be claimed. A course counted by its semester credits (ISACA, domain-facts
 * §4) says how, in a last column. The column headers are part of the file format; every other
 * word (type and status names, how a course was counted) comes from the caller, so no display
 * text is decided here.
 */
import type { ActivityType, CategoryScheme, CreditUnit } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import {
  claimStatusFor,
  type Activity,
  type ClaimStatus,
  type Contribution,
  type CycleEvaluation,
  type Reason,
  type SemesterCreditCount,
} from '../credits';

/**
 * How a course's counted figure was reached from its semester credits rather than its hours
 * (the rule's cpePerSemesterCredit, ISACA: 15 CPE hours each, domain-facts §4), and what
 * lowered it after that (a relevant share, a cap): the same facts as the credential page's
 * "Why", so an auditor who sees 45 beside a 12-hour course can tell where it came from.
 */
export interface HowCounted {
  credits: SemesterCreditCount;
  reasons: readonly Reason[];
}

export interface ClaimRow {
  activityId: string;
  provider: string;
  activityTitle: string;
  /** The start date if one was logged, else the completion date (a one-day activity). */
  startDate: LocalDate;
  completionDate: LocalDate;
  type: ActivityType;
  /** The body's category (IIBA, PeopleCert, custom credentials), else null. */
  category: string | null;
  counted: Contribution;
  claimCode: string;
  claimStatus: ClaimStatus;
  /** Present when the credential counted the activity by its semester credits (ISACA, §4). */
  howCounted?: HowCounted;
}

/**
 * The rows of one cycle: activities that count for the credential, with what counted after
 * the cycle's caps, oldest first. Planned, not-counted and carried-in entries are left out
 * (carried-over PDUs were claimed in the cycle that earned them), and so is an activity whose
 * counted amount was capped to nothing.
 */
export function claimRows(
  evaluation: CycleEvaluation,
  activities: readonly Activity[],
): ClaimRow[] {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const rows: ClaimRow[] = [];
  for (const e of evaluation.activities) {
    const a = byId.get(e.activityId);
    if (e.outcome !== 'counts' || !e.counted || e.counted.total <= 0 || !a) continue;
    const row: ClaimRow = {
      activityId: a.id,
      provider: a.provider ?? '',
      activityTitle: a.title,
      startDate: a.startDate ?? a.date,
      completionDate: a.date,
      type: a.type,
      category: e.counted.category,
      counted: e.counted,
      claimCode: a.claimCode ?? '',
      claimStatus: claimStatusFor(a, evaluation.credentialId),
    };
    if (e.semesterCredits) row.howCounted = { credits: e.semesterCredits, reasons: e.reasons };
    rows.push(row);
  }
  const key = (r: ClaimRow) => `${r.completionDate}\u0000${r.activityTitle}\u0000${r.activityId}`;
  return rows.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

export interface ClaimCsvLabels {
  activityType: (type: ActivityType) => string;
  claimStatus: (status: ClaimStatus) => string;
  category: (category: string) => string;
  /** "3 semester credits × 15 = 45 CPEs (ISACA)": how a course counted by its credits counted. */
  howCounted: (how: HowCounted) => string;
}

export type CsvCell = string | number;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** The last column's header, where a row was counted by its semester credits (howCountedCells). */
export const HOW_COUNTED_HEADER = 'How counted';

/**
 * The "How counted" column of a claim table or an audit pack's index: one cell per row, empty
 * where the hours counted as logged. Null when no row was counted by its semester credits
 * (PMI never is, §4 and §5 item 6), so such a file keeps exactly its columns as they were;
 * otherwise the column comes last, after the ones people's spreadsheets already rely on.
 */
export function howCountedCells(
  rows: readonly ClaimRow[],
  words: ClaimCsvLabels['howCounted'],
): string[] | null {
  if (!rows.some((r) => r.howCounted)) return null;
  return rows.map((r) => (r.howCounted ? words(r.howCounted) : ''));
}

/** "PDUs", "CDUs", "hours": the unit in a column header. */
export function unitPlural(unit: CreditUnit): string {
  return unit === 'hours' || unit === 'none' ? 'hours' : `${unit}s`;
}

/**
 * The table to write: PMI credentials get a column per Talent Triangle area and Giving Back
 * (the claim form's fields); other bodies, whose credits have no areas, a category column.
 * Numbers stay numbers (hours in 0.25 steps) so a spreadsheet can sum them. A course counted
 * by its semester credits adds the "How counted" column at the end (howCountedCells).
 */
export function claimCsvTable(
  rows: readonly ClaimRow[],
  rule: { unit: CreditUnit; categoryScheme: CategoryScheme },
  labels: ClaimCsvLabels,
): CsvTable {
  const u = unitPlural(rule.unit);
  const pmi = rule.categoryScheme === 'pmi';
  const amounts = pmi
    ? [
        `Ways of Working (${u})`,
        `Power Skills (${u})`,
        `Business Acumen (${u})`,
        `Giving Back (${u})`,
      ]
    : ['Category'];
  const header = [
    'Provider',
    'Activity',
    'Start date',
    'Completion date',
    'Activity type',
    ...amounts,
    `Total (${u})`,
    'Claim code',
    'Claim status',
  ];
  const how = howCountedCells(rows, labels.howCounted);
  const body = rows.map((r, i) => {
    const c = r.counted;
    const perArea = pmi
      ? [c.byArea.waysOfWorking, c.byArea.powerSkills, c.byArea.businessAcumen, c.givingBack]
      : [r.category === null ? '' : labels.category(r.category)];
    return [
      r.provider,
      r.activityTitle,
      r.startDate,
      r.completionDate,
      labels.activityType(r.type),
      ...perArea,
      c.total,
      r.claimCode,
      labels.claimStatus(r.claimStatus),
      ...(how ? [how[i]!] : []),
    ];
  });
  return { header: how ? [...header, HOW_COUNTED_HEADER] : header, rows: body };
}

/** `PMP-cycle-2024-03-14-to-2027-03-13.csv`; characters a file system refuses become "-". */
export function claimCsvFileName(
  acronym: string,
  cycle: { start: LocalDate; end: LocalDate },
): string {
  const safe = acronym.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'credential';
  return `${safe}-cycle-${cycle.start}-to-${cycle.end}.csv`;
}
