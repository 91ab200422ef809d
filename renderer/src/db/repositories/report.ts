/**
 * Reads for the audit pack: the evidence files of a cycle's activities.
 */
import type { Store } from '../database';
import type { EvidenceRow } from './activities';

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
