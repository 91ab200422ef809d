/**
 * The day of the next study block after a week, for the dashboard's "This week's study" card
 * when nothing is planned in the week (shared/domain/study/week-outlook.ts). Read by the blocks'
 * date index from the day after `after`, so only the blocks up to the first one found are read.
 */
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../database';
import type { StudyBlockRow } from './study-plans';

/** The day of the first block of one of `planIds` dated after `after`; null when none is. */
export async function nextBlockDay(
  store: Store,
  after: LocalDate,
  planIds: ReadonlySet<string>,
): Promise<LocalDate | null> {
  if (planIds.size === 0) return null;
  const first = await store.db
    .table<StudyBlockRow, string>('studyBlocks')
    .where('date')
    .above(after)
    .filter((b) => planIds.has(b.planId))
    .first();
  return first?.date ?? null;
}
