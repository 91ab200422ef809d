import { useState } from 'react';
import { isAutomaticBackupName } from '../../../../shared/backup-names';
import { BACKUP_FILTERS } from '../../db/backup';
import { usePlatform } from '../../platform';
import { RestoreDialog } from './RestoreDialog';
import type { RestoreSource } from './use-restore';

/**
 * Picks a backup file, then hands it to the restore dialog (which checks it first). A file
 * named as the desktop names its automatic backups is restored as one: no export of the
 * user's, so "Last exported" stays as it was.
 */
export function useRestoreFromFile() {
  const platform = usePlatform();
  const [source, setSource] = useState<RestoreSource | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function pick() {
    setError(null);
    try {
      const picked = await platform.openFile(BACKUP_FILTERS);
      if (!picked.opened) return;
      setSource({
        label: `“${picked.fileName}”`,
        fileName: picked.fileName,
        automatic: isAutomaticBackupName(picked.fileName),
        load: async () => picked.content,
      });
    } catch (e) {
      setError(`The file could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const dialog = source && <RestoreDialog source={source} onClose={() => setSource(null)} />;
  return { pick, dialog, error };
}

export function RestorePanel({ readOnly }: { readOnly: boolean }) {
  const { pick, dialog, error } = useRestoreFromFile();
  return (
    <div className="backup-block">
      <h3>Restore</h3>
      <p>
        Replace everything in Ascent with a backup file. You see what the file holds before anything
        is replaced, and your current data is kept first.
      </p>
      {readOnly ? (
        <p className="hint">
          Restoring is switched off: this data was written by a newer version of Ascent.
        </p>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void pick()}>
            Restore from a backup file…
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {dialog}
    </div>
  );
}
