import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EVIDENCE_BUDGET_BYTES, evidenceNearlyFull } from '../../../../shared/backup-limits';
import { budgetBytesUsed } from '../../db/repositories/activities';
import { useStore } from '../../db/store-context';
import {
  requestPersistentStorage,
  storageUse,
  type PersistenceState,
  type StorageUse,
} from './persistence';
import { sizeText } from './messages';

const persistenceText: Record<PersistenceState, string> = {
  persistent:
    'Kept: this browser engine has agreed not to clear Ascent’s data to free up disk space.',
  'best-effort':
    'Not guaranteed: when the disk is nearly full, the browser may clear Ascent’s data. Export backups regularly.',
  unavailable: 'This browser cannot say whether it keeps Ascent’s data. Export backups regularly.',
};

/**
 * How much of the budget the files kept use (the credit log's evidence and the courses'
 * certificates, budgetBytesUsed), and from 80% of it a warning in words (not only a colour),
 * named after what it says: past the budget new files are refused, so that one backup holds all.
 */
export function EvidenceUse({ used, budget }: { used: number; budget: number }) {
  const full = used >= budget;
  return (
    <>
      <p className="hint">
        Evidence and certificates: {sizeText(used)} of {sizeText(budget)}
      </p>
      {evidenceNearlyFull(used, budget) && (
        <p
          className="warning-text"
          role="note"
          aria-label={
            full ? 'Evidence and certificates full' : 'Evidence and certificates nearly full'
          }
        >
          {full
            ? 'Evidence and certificates are full: new files are refused. '
            : 'Evidence and certificates are nearly full. '}
          Ascent keeps up to {sizeText(budget)} of evidence and certificates so that one backup file
          holds everything. Remove evidence or certificates you no longer need, or keep large files
          elsewhere and note where.
        </p>
      )}
    </>
  );
}

/**
 * Whether the storage is persistent (asked for at start), how much of it is used, and how much
 * of the budget of evidence and certificates (`evidenceBudget`: for tests).
 */
export function StorageStatus({
  desktop,
  evidenceBudget = EVIDENCE_BUDGET_BYTES,
}: {
  desktop: boolean;
  evidenceBudget?: number;
}) {
  const store = useStore();
  const evidenceUsed = useLiveQuery(() => budgetBytesUsed(store), [store]);
  const [state, setState] = useState<PersistenceState | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => {
    let live = true;
    void requestPersistentStorage().then((s) => live && setState(s));
    void storageUse().then((u) => live && setUse(u));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="backup-block">
      <h3>Storage on this computer</h3>
      <p role="status">{state ? persistenceText[state] : 'Checking…'}</p>
      {desktop && state !== 'persistent' && (
        <p className="hint">The automatic backups above are kept on disk as well.</p>
      )}
      {use && (
        <p className="hint">
          Ascent uses {sizeText(use.usage)} of the {sizeText(use.quota)} available to it.
        </p>
      )}
      {evidenceUsed !== undefined && <EvidenceUse used={evidenceUsed} budget={evidenceBudget} />}
    </div>
  );
}
