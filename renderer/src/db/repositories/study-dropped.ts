/**
 * The study blocks a re-plan, plan edit or plan delete took off the calendar, remembered so
 * the next calendar export cancels their events (shared/domain/study/calendar-items.ts).
 *
 * Kept as one row of the settings table, not on the plan row (a deleted plan's blocks need a
 * place too) and not in a table of its own (no schema version for a small list). Like the
 * settings it is not one of the user's records: not counted as data to lose, written to
 * backups and restored with the blocks it belongs with; the backup's settings check accepts
 * any row with an id, and a backup without it restores with nothing to cancel. How long an
 * entry is kept is the domain's rule (DROPPED_KEEP_DAYS, DROPPED_KEEP_MAX); each write prunes.
 */
import { isLocalDate, type LocalDate } from '../../../../shared/dates';
import {
  isClockTime,
  isRemovedBlock,
  rememberDropped,
  type DroppedBlock,
  type ExportBlock,
  type RemovedBlock,
} from '../../../../shared/domain/study';
import type { Store } from '../database';

export const DROPPED_ROW_ID = 'studyDroppedBlocks';

interface DroppedRow {
  id: string;
  blocks: DroppedBlock[];
  updatedAt: string;
}

const rows = (store: Store) => store.db.table<DroppedRow, string>('settings');

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** An entry as the repository writes it; anything else (a damaged or edited backup) is skipped. */
function isDropped(v: unknown): v is DroppedBlock {
  const b = v as Partial<DroppedBlock> | null;
  return (
    !!b &&
    typeof b === 'object' &&
    isText(b.id) &&
    isText(b.planId) &&
    isLocalDate(b.date) &&
    isClockTime(b.start ?? '') &&
    Number.isInteger(b.minutes) &&
    (b.minutes ?? 0) > 0 &&
    isText(b.droppedAt) &&
    (b.updatedAt === undefined || isText(b.updatedAt))
  );
}

/** The remembered dropped blocks (unpruned; the export applies `cancelledBlocks`). */
export async function listDropped(store: Store): Promise<DroppedBlock[]> {
  const row = await rows(store).get(DROPPED_ROW_ID);
  return Array.isArray(row?.blocks) ? row.blocks.filter(isDropped) : [];
}

/**
 * Adds `removed` to the record and prunes it; call inside the transaction that removed them
 * (with 'settings' and 'studyBlocks' in its scope), after the blocks are written, so `liveIds`
 * sees the calendar as it now is.
 */
export async function rememberRemoved(
  store: Store,
  removed: readonly ExportBlock[],
  asOf: LocalDate,
  now: string,
): Promise<void> {
  const existing = await rows(store).get(DROPPED_ROW_ID);
  if (removed.length === 0 && !existing) return;
  const live = new Set(
    await store.db.table<{ id: string }, string>('studyBlocks').toCollection().primaryKeys(),
  );
  const remembered = Array.isArray(existing?.blocks) ? existing.blocks.filter(isDropped) : [];
  const blocks = rememberDropped(remembered, removed, live, asOf, now);
  await rows(store).put({ id: DROPPED_ROW_ID, blocks, updatedAt: now });
}

/**
 * The blocks the user removed ("Remove block"), whose time re-planning keeps free
 * (shared/domain/study/replan.ts, `removed`). One settings row beside the dropped blocks, for
 * the same reasons (no schema version, in backups, a backup without it restores with nothing
 * withheld); written by study-block-remove.ts, which prunes it (removedStillAhead).
 */
export const REMOVED_ROW_ID = 'studyRemovedBlocks';

export interface RemovedRow {
  id: string;
  blocks: RemovedBlock[];
  updatedAt: string;
}

/** The removed blocks remembered (unpruned; a damaged entry is skipped). */
export async function listRemoved(store: Store): Promise<RemovedBlock[]> {
  const row = (await rows(store).get(REMOVED_ROW_ID)) as Partial<RemovedRow> | undefined;
  return Array.isArray(row?.blocks) ? row.blocks.filter(isRemovedBlock) : [];
}
