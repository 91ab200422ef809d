/**
 * Evidence reads for the credit log, through the repository (only renderer/src/db touches
 * the database). `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useKeptRead } from '../../db/hooks';
import { useStore } from '../../db/store-context';
import { evidenceCounts, listEvidence, type EvidenceRow } from '../../db/repositories/activities';

/**
 * How many evidence files each activity has, live, and kept while the app is in use
 * (useKeptRead): the credit log opened again lays out its rows once, with their counts,
 * instead of once without them and again when they arrive (issue 9: 20,000 rows).
 */
export function useEvidenceCounts(): Map<string, number> | undefined {
  return useKeptRead('evidenceCounts', evidenceCounts);
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
