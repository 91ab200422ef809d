/**
 * Whether a calendar file already saved still shows the study plan as it is (Ascent decision,
 * study review: a plan archived, deleted or re-planned after an export stayed in the person's
 * calendar app, and nothing said so). A calendar app holds what the last imported file said
 * until a newer file is imported: the export cancels what went away (exportBlocks,
 * cancelledBlocks) and updates what moved (SEQUENCE), but only once it is run again.
 *
 * Only study blocks from today on are weighed: a deadline's alarm text counts days down, so
 * deadlines differ from one day to the next and would always say "export again".
 */
import type { LocalDate } from '../../dates';
import type { ExportBlock } from './calendar-items';
import type { DroppedBlock } from './types';

export interface CalendarChanges {
  /** Blocks from today on laid or moved since the export: not in the calendar, or elsewhere. */
  changed: number;
  /**
   * Blocks from today on that the export could have written and that have gone since (a
   * re-plan, a plan edited, deleted or archived): still in the calendar until the next export.
   */
  removed: number;
}

/**
 * What changed in the study calendar since the last saved export at `lastExportAt` (ISO, UTC;
 * null: never exported, so nothing to say), on `today`. `blocks` and `cancelled` are what an
 * export now would write and cancel (exportBlocks). A cancelled block counts only when it went
 * after the export and had not changed since: one laid and dropped after the export was never
 * in the calendar. Null when the calendar is up to date.
 */
export function changedSinceExport(
  blocks: readonly ExportBlock[],
  cancelled: readonly DroppedBlock[],
  lastExportAt: string | null,
  today: LocalDate,
): CalendarChanges | null {
  if (!lastExportAt) return null;
  const after = (stamp: string | undefined) => stamp !== undefined && stamp > lastExportAt;
  const changed = blocks.filter((b) => b.date >= today && after(b.updatedAt)).length;
  const removed = cancelled.filter(
    (b) => b.date >= today && after(b.droppedAt) && !after(b.updatedAt),
  ).length;
  return changed + removed > 0 ? { changed, removed } : null;
}
