/**
 * Reads for the audit pack: the evidence files of a cycle's activities, and the certificate
 * kept with the course an activity came from (issue 6 part 1: a course's certificate file).
 */
import type { Store } from '../database';
import type { ActivityRow, EvidenceRow } from './activities';
import type { AttachmentRow } from './journal';

/** A file for the pack: evidence of the activity, or the certificate of its course. */
export type PackEvidence = EvidenceRow & { origin?: 'course-certificate' };

/**
 * The evidence files (with their bytes) of the given activities, then the certificate of each
 * activity's course (`sourceId` → course → its attachment), once per activity it supports.
 */
export async function evidenceOfActivities(
  store: Store,
  activityIds: readonly string[],
): Promise<PackEvidence[]> {
  if (activityIds.length === 0) return [];
  const ids = [...activityIds];
  const evidence = await store.db
    .table<EvidenceRow, string>('evidence')
    .where('activityId')
    .anyOf(ids)
    .toArray();
  return [...evidence, ...(await courseCertificates(store, ids))];
}

async function courseCertificates(store: Store, activityIds: string[]): Promise<PackEvidence[]> {
  const activities = await store.db.table<ActivityRow, string>('activities').bulkGet(activityIds);
  const sources = [...new Set(activities.flatMap((a) => (a?.sourceId ? [a.sourceId] : [])))];
  if (sources.length === 0) return [];
  const courses = await store.db.table<{ id: string }, string>('courses').bulkGet(sources);
  const courseIds = courses.flatMap((c) => (c ? [c.id] : []));
  if (courseIds.length === 0) return [];
  const files = await store.db
    .table<AttachmentRow, string>('attachments')
    .where('ownerId')
    .anyOf(courseIds)
    .toArray();
  return activities.flatMap((a) =>
    files
      .filter((f) => a?.sourceId === f.ownerId)
      .map((f) => ({
        // One certificate may back several activities of its course: an id per pair.
        id: `${f.id}:${a!.id}`,
        activityId: a!.id,
        name: f.name,
        mimeType: f.mimeType,
        size: f.size,
        data: f.data,
        addedAt: f.addedAt,
        origin: 'course-certificate' as const,
      })),
  );
}
