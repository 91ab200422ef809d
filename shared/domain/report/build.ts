/**
 * The whole report model (issue 8 part 1) from the user's data, a period and the chosen
 * sections. Sections not chosen are null, so nothing is computed for them.
 */
import type { LadderPlan } from '../../catalog/ladder-requirements';
import type { LocalDate } from '../../dates';
import type { ExamEligibility } from '../eligibility';
import type { Goal } from '../goals';
import type { ReadinessInput } from '../readiness';
import {
  eligibilitySection,
  goalLines,
  summarySection,
  type GoalLine,
  type SummarySection,
} from './career';
import { creditLogSection, type CreditLogSection } from './credit-log';
import { credentialRows, type CredentialReportRow } from './credentials';
import { reportGoals } from './goals';
import {
  journalEntries,
  journalSection,
  type JournalRecords,
  type JournalSection,
} from './journal';
import { studySection, type StudyPlanInfo, type StudySection, type StudyTime } from './study';
import type { ReportPeriod, ReportSectionId } from './types';

export interface ReportInput {
  asOf: LocalDate;
  period: ReportPeriod;
  sections: ReadonlySet<ReportSectionId>;
  profile: { name: string; currentRung: string; targetRung: string };
  plan: LadderPlan;
  goals: readonly Goal[];
  /** Held credentials, activities and the career records (readiness/types.ts). */
  readiness: ReadinessInput;
  evidenceCounts: ReadonlyMap<string, number>;
  /** The study planner's plans, blocks and sessions, as stored (study/types.ts). */
  study: {
    plans: readonly StudyPlanInfo[];
    blocks: readonly StudyTime[];
    sessions: readonly StudyTime[];
  };
  /** The journal's courses, events, media and interactions, as stored (journal/types.ts). */
  journal: JournalRecords;
}

export interface ReportModel {
  asOf: LocalDate;
  name: string;
  period: ReportPeriod;
  summary: SummarySection | null;
  credentials: CredentialReportRow[] | null;
  eligibility: ExamEligibility[] | null;
  goals: GoalLine[] | null;
  /**
   * With the goals section: how many achieved goals it leaves out as over before the period
   * (goals.ts, reportGoals), for the report to say so. Absent: none.
   */
  goalsAchievedBefore?: number;
  /** With the goals section: how many achieved goals it leaves out as begun after the period. */
  goalsBegunAfter?: number;
  study: StudySection | null;
  journal: JournalSection | null;
  creditLog: CreditLogSection | null;
  /**
   * The chosen sections that speak of the report date rather than of the period, when the
   * period ends before that date (sectionsJudgedOnReportDate): each says so on paper.
   */
  judgedOnReportDate: ReportSectionId[];
}

/**
 * The sections judged on the report date whatever the period: a credential's cycle in force,
 * readiness and next actions, exam eligibility, goal progress, all from every record up to
 * `asOf`. Study, journal and credit log keep to the period. When the period ends before
 * `asOf` (own dates in the past), these sections would otherwise pass for the period's
 * figures, so the report names them; a period reaching the report date needs no such line.
 */
export const sectionsJudgedOnReportDate = [
  'summary',
  'credentials',
  'eligibility',
  'goals',
] as const;

export function judgedOnReportDate(
  period: { to: LocalDate },
  asOf: LocalDate,
  sections: ReadonlySet<ReportSectionId>,
): ReportSectionId[] {
  if (period.to >= asOf) return [];
  return sectionsJudgedOnReportDate.filter((id) => sections.has(id));
}

export function buildReport(input: ReportInput): ReportModel {
  const { sections: s, period, readiness: r } = input;
  const on = (id: ReportSectionId) => s.has(id);
  const goals = on('goals') ? reportGoals(input.goals, period) : null;
  return {
    asOf: input.asOf,
    name: input.profile.name,
    period,
    summary: on('summary') ? summarySection(input.profile, input.plan, input.goals, r) : null,
    credentials: on('credentials') ? credentialRows(r.held, r.activities, input.asOf) : null,
    eligibility: on('eligibility') ? eligibilitySection(r) : null,
    goals: goals ? goalLines(goals.listed, r, input.plan, period) : null,
    ...(goals
      ? { goalsAchievedBefore: goals.achievedBefore, goalsBegunAfter: goals.begunAfter }
      : {}),
    study: on('study')
      ? studySection(
          input.study.plans,
          input.study.blocks,
          input.study.sessions,
          period,
          input.asOf,
        )
      : null,
    journal: on('journal')
      ? journalSection(journalEntries(input.journal), period, input.asOf)
      : null,
    creditLog: on('credit-log')
      ? creditLogSection(r.activities, period.counting ?? period, input.evidenceCounts, input.asOf)
      : null,
    judgedOnReportDate: judgedOnReportDate(period, input.asOf, s),
  };
}
