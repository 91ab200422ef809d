import { useEffect, useState } from 'react';
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

/** Whether the storage is persistent (asked for at start) and how much of it is used. */
export function StorageStatus({ desktop }: { desktop: boolean }) {
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
    </div>
  );
}
