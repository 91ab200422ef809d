/**
 * Reads for the progress report and the audit pack. Tables other features fill (study
 * planner, journal) are read as they are; the report's domain decides what it can use.
 */
import type { Store } from '../database';
import type { EvidenceRow } from './activities';

/** Every row of a table, or none when this database has no such table. */
export async function readOptionalTable(store: Store, name: string): Promise<unknown[]> {
  if (!store.db.tables.some((t) => t.name === name)) return [];
  return store.db.table(name).toArray();
}

/** The evidence files (with their bytes) of the given activities. */
export async function evidenceOfActivities(
  store: Store,
  activityIds: readonly string[],
): Promise<EvidenceRow[]> {
  if (activityIds.length === 0) return [];
  return store.db
    .table<EvidenceRow, string>('evidence')
    .where('activityId')
    .anyOf([...activityIds])
    .toArray();
}
