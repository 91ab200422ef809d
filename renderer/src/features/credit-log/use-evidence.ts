/**
 * Evidence reads for the credit log, through the repository (only renderer/src/db touches
 * the database). `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../db/store-context';
import { evidenceCounts, listEvidence, type EvidenceRow } from '../../db/repositories/activities';

/** How many evidence files each activity has, kept live. */
export function useEvidenceCounts(): Map<string, number> | undefined {
  const store = useStore();
  return useLiveQuery(() => evidenceCounts(store), [store]);
}

/** Name, type and size of one activity's evidence (the bytes stay in the database). */
export type EvidenceInfo = Omit<EvidenceRow, 'data'>;

export function useEvidenceOf(activityId: string | null): EvidenceInfo[] | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    if (!activityId) return [];
    const rows = await listEvidence(store, activityId);
    return rows.map(({ data: _data, ...info }) => info);
  }, [store, activityId]);
}
