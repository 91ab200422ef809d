/** Words of the report screen; the report's domain gives codes and numbers only. */
import type { LocalDate } from '../../../../shared/dates';
import type { JournalKind, PeriodProblem, ReportSectionId } from '../../../../shared/domain/report';
import type { ReportPageSize } from '../../../../shared/ipc/contract';
import { formatDate, formatNumber } from '../../components/format';

export const sectionLabels: Record<ReportSectionId, string> = {
  summary: 'Summary',
  credentials: 'Credentials',
  eligibility: 'Exam eligibility',
  goals: 'Goals and milestones',
  study: 'Study plan and actual',
  journal: 'Journal highlights and reflections',
  'credit-log': 'Credit log',
};

export const pageSizeLabels: Record<ReportPageSize, string> = {
  A4: 'A4 (210 × 297 mm)',
  Letter: 'US Letter (8.5 × 11 in)',
};

export const periodProblemText: Record<PeriodProblem, string> = {
  NO_CURRENT_CYCLE:
    'No credential has a cycle running today. Choose the last 12 months or your own dates.',
  INVALID_DATE: 'Enter both dates of your own range.',
  FROM_AFTER_TO: 'The first date of the range must not be after the last.',
};

/** Before any date of one's own range is typed: what to do, said as a hint, not an error. */
export const BOTH_DATES_HINT = 'Enter the From and To dates of the period to report on.';

/** One date of one's own range typed, the other missing or not a whole date. */
export const missingDateText = (which: 'From' | 'To', typed: boolean) =>
  typed
    ? `The ${which} date is not a whole date. Enter its day, month and year.`
    : `Enter the ${which} date as well.`;

/** A credential cycle by name: "PMP cycle 2" (index 0-based). */
export const cycleName = (c: { acronym: string; index: number }) =>
  `${c.acronym} cycle ${formatNumber(c.index + 1)}`;

/**
 * The credentials to choose a cycle from, each told from the others: by its acronym ("PMP");
 * when another has the same (one of the user's own, or the same credential held twice), by its
 * name as its card says it ("PMP — Project Management Professional"); and when that is the
 * same too, with its cycle's days ("…, 22 Sep 2025 to 21 Sep 2028").
 */
export function cycleChoiceLabels(
  cycles: readonly { label: string; name: string; start: LocalDate; end: LocalDate }[],
): string[] {
  type Choice = (typeof cycles)[number];
  const named = (c: Choice) => (c.label === c.name ? c.name : `${c.label} — ${c.name}`);
  const alone = (c: Choice, key: (o: Choice) => string) =>
    cycles.filter((o) => key(o) === key(c)).length === 1;
  return cycles.map((c) => {
    if (alone(c, (o) => o.label)) return c.label;
    if (alone(c, named)) return named(c);
    return `${named(c)}, ${formatDate(c.start)} to ${formatDate(c.end)}`;
  });
}

export const journalKindLabels: Record<JournalKind, string> = {
  course: 'Course',
  event: 'Event',
  media: 'Reading or media',
  interaction: 'Interaction',
};

/** 90 → "1 h 30 min", as the Study screens say it; 45 → "45 min"; 120 → "2 h". */
export function hoursText(minutes: number): string {
  // Whole minutes first, so 119.6 is "2 h", never "1 h 60 min".
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${formatNumber(h)} h` : `${formatNumber(h)} h ${m} min`;
}

export { plural } from '../../components/format';

/** Said before printing a report with a long credit log (longLogRows). */
export const longReportText = (rows: number) =>
  `This report lists ${formatNumber(rows)} activities, so printing it can take a minute or more. ` +
  'For a quicker report, choose a shorter period or leave out the credit log.';

/**
 * File › Print report… refused, because no report can be made as chosen: what to do first.
 * The request is dropped, so nothing prints by itself once the choice is mended.
 */
export const printRefusedText: Record<'NO_SECTIONS' | PeriodProblem, string> = {
  NO_SECTIONS: 'Nothing was printed: choose at least one section first.',
  INVALID_DATE: 'Nothing was printed: enter both dates of the period first.',
  FROM_AFTER_TO:
    'Nothing was printed: the first date of the period is after the last. Correct the dates first.',
  NO_CURRENT_CYCLE:
    'Nothing was printed: no credential has a cycle running today. Choose the last 12 months or your own dates first.',
};

/** Said while a report is being printed. */
export const preparingText = (rows: number | null) =>
  rows === null
    ? 'Preparing the report for printing…'
    : `Preparing the report for printing: ${formatNumber(rows)} activities, this can take a minute or more…`;

/** Beside a course logged with semester credits in the report's credit log: "3 semester credits". */
export const semesterCreditsNote = (credits: number) =>
  `${formatNumber(credits)} semester ${credits === 1 ? 'credit' : 'credits'}`;

/** Under the credit log when a course has semester credits (domain-facts §4). */
export const SEMESTER_CREDITS_NOTE =
  'Hours are as logged. ISACA credentials count a course’s semester credits instead (15 CPE hours each, unless the holder set another number), so their totals above can differ from these hours.';

const chosenPeriodWords = {
  custom: 'the chosen dates',
  cycle: 'the chosen cycle',
  'last-12-months': 'the last 12 months',
} as const;

/**
 * Under a section judged on the report date when the period ends before it (buildReport's
 * judgedOnReportDate): "As on the report date, 22 Nov 2026 (not at the end of the chosen dates)."
 */
export const asOnReportDateText = (asOf: string, kind: keyof typeof chosenPeriodWords) =>
  `As on the report date, ${formatDate(asOf)} (not at the end of ${chosenPeriodWords[kind]}).`;

/** Beside the period picker when the chosen period ends before today. */
export const PAST_PERIOD_HINT =
  'These dates end before today: credentials, readiness, eligibility and goals are shown as they stand today, not as they stood on the last date.';

/**
 * Above a cycle's credit log that lists fewer days than the cycle's (creditLogDays): "Listed:
 * activities dated 2 Oct 2023 to 28 Feb 2026, the days whose activities count towards this
 * cycle (those on its other days count towards another cycle)."
 */
export const creditLogDaysText = (days: { from: string; to: string }) =>
  `Listed: activities dated ${formatDate(days.from)} to ${formatDate(days.to)}, the days whose activities count towards this cycle (those on its other days count towards another cycle).`;

/** A cycle's credit log with nothing in those days (creditLogDays). */
export const noActivitiesInDaysText = (days: { from: string; to: string }) =>
  `No activities were logged from ${formatDate(days.from)} to ${formatDate(days.to)}, the days whose activities count towards this cycle.`;

/**
 * Under the report's goals when achieved goals are left out as over before the period
 * (reportGoals): "2 goals achieved before this period are not listed."
 */
export const goalsAchievedBeforeText = (n: number) =>
  `${formatNumber(n)} ${n === 1 ? 'goal' : 'goals'} achieved before this period ${n === 1 ? 'is' : 'are'} not listed.`;

/**
 * Under the report's goals when achieved goals are left out as begun after the period
 * (reportGoals): "1 goal started and achieved after this period is not listed."
 */
export const goalsBegunAfterText = (n: number) =>
  `${formatNumber(n)} ${n === 1 ? 'goal' : 'goals'} started and achieved after this period ${n === 1 ? 'is' : 'are'} not listed.`;

/**
 * A listed goal's state when its own dates put its achievement after the period's end
 * (GoalLine.achievedAfterPeriod), in place of "Achieved".
 */
export const ACHIEVED_AFTER_PERIOD = 'Achieved after this period';

/** The report's goals when every goal recorded is left out as outside the period. */
export const NO_GOALS_IN_PERIOD = 'No goals to list for this period.';
