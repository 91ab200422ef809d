/**
 * The progress report (issue 8 part 1): the sections a user may choose, the period it
 * covers, and the model each section renders. Codes and numbers only (DESIGN.md §4): the
 * screen turns them into words.
 */
import type { LocalDate } from '../../dates';

export const reportSections = [
  'summary',
  'credentials',
  'eligibility',
  'goals',
  'study',
  'journal',
  'credit-log',
] as const;
export type ReportSectionId = (typeof reportSections)[number];

/** What the user chose: the current credential cycle, the last 12 months, or two dates. */
export type PeriodChoice =
  | { kind: 'cycle'; heldId?: string | null }
  | { kind: 'last-12-months' }
  | { kind: 'custom'; from: string; to: string };

export interface ReportPeriod {
  kind: PeriodChoice['kind'];
  from: LocalDate;
  /** Inclusive. */
  to: LocalDate;
  /** For 'cycle': the held credential whose cycle this is. */
  heldId: string | null;
  /**
   * For 'cycle', when the chooser knew it: the credential's acronym and the cycle's 0-based
   * number, so the report can name the cycle ("PMP cycle 2") for a reader who did not choose it.
   */
  cycle?: { acronym: string; index: number };
  /**
   * For 'cycle', when the chooser knew it: the days whose activities count towards the cycle,
   * within its days (its counting window from countFrom, to its end). After a renewal late in
   * the suspension year, or a PeopleCert exam renewal, the cycle's counting starts later than
   * its first day; the credit log keeps to these days, as the credential counts.
   */
  counting?: { from: LocalDate; to: LocalDate };
}

export type PeriodProblem = 'NO_CURRENT_CYCLE' | 'INVALID_DATE' | 'FROM_AFTER_TO';

export type PeriodResult =
  { ok: true; period: ReportPeriod } | { ok: false; problem: PeriodProblem };
