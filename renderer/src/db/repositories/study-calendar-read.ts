/**
 * What Study › "Export calendar (.ics)" writes from, read at the moment of the export in one
 * read transaction: the plans, their blocks, the blocks remembered as dropped and the deadline
 * events the last export wrote. The screen's live queries answer a moment after a write, so an
 * export pressed just after archiving a plan wrote it as still active from them; read here,
 * every part is as the last committed write left it, and consistent with the others.
 */
import type { DroppedBlock, ExportedDeadline } from '../../../../shared/domain/study';
import type { Store } from '../database';
import { toStorageError } from '../errors';
import { listDropped } from './study-dropped';
import { listExportedDeadlines } from './study-exported-deadlines';
import { listBlocks, listPlans, type StudyBlockRow, type StudyPlanRow } from './study-plans';

export interface CalendarExportSource {
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  dropped: DroppedBlock[];
  exported: ExportedDeadline[];
}

export async function readCalendarExportSource(store: Store): Promise<CalendarExportSource> {
  try {
    return await store.db.transaction('r', ['studyPlans', 'studyBlocks', 'settings'], async () => {
      const [plans, blocks, dropped, exported] = await Promise.all([
        listPlans(store),
        listBlocks(store),
        listDropped(store),
        listExportedDeadlines(store),
      ]);
      return { plans, blocks, dropped, exported };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
