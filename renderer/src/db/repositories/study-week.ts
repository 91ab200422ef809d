/**
 * What the dashboard's "This week's study" card reads (issue 9): the plans (a few rows) and
 * only the blocks and sessions dated in the week of `asOf`, by their date indexes, instead of
 * every block and session of a career. weeklyProgress over these gives the week's figures
 * exactly as it does over every row: it counts nothing outside the week.
 */
import { addDays, type LocalDate } from '../../../../shared/dates';
import { weekStartOf, type WeekStart } from '../../../../shared/domain/study';
import type { Store } from '../database';
import type { StudySessionRow } from './study-log';
import { listPlans, type StudyBlockRow, type StudyPlanRow } from './study-plans';

export interface StudyWeek {
  /** The week's first and last days (the user's week start, Settings). */
  from: LocalDate;
  to: LocalDate;
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
}

export async function readStudyWeek(
  store: Store,
  asOf: LocalDate,
  weekStart: WeekStart,
): Promise<StudyWeek> {
  const from = weekStartOf(asOf, weekStart);
  const to = addDays(from, 6);
  const inWeek = <T>(name: string) =>
    store.db.table<T, string>(name).where('date').between(from, to, true, true).toArray();
  const [plans, blocks, sessions] = await Promise.all([
    listPlans(store),
    inWeek<StudyBlockRow>('studyBlocks'),
    inWeek<StudySessionRow>('studySessions'),
  ]);
  return { from, to, plans, blocks, sessions };
}
