import { useCallback, useEffect, useState } from 'react';
import { compareListedNewestFirst } from '../../../../shared/backup-names';
import type { BackupFileInfo } from '../../../../shared/ipc/contract';
import type { AutomaticBackups as Backups } from '../../../../shared/platform';
import { RestoreDialog } from './RestoreDialog';
import { automaticBackupName, reasonText, sizeText, timeText } from './messages';
import type { RestoreSource } from './use-restore';
import { useSettings } from '../../db/hooks';

type Listing =
  | { kind: 'loading' }
  | { kind: 'ready'; files: BackupFileInfo[] }
  | { kind: 'failed'; message: string };

/** Desktop: the automatic backups on disk, newest first, each restorable. */
export function AutomaticBackups({ backups, readOnly }: { backups: Backups; readOnly: boolean }) {
  const clock = useSettings()?.clock;
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [source, setSource] = useState<RestoreSource | null>(null);

  const load = useCallback(() => {
    backups.list().then(
      (files) =>
        setListing({
          kind: 'ready',
          files: [...files].sort(compareListedNewestFirst),
        }),
      (e: unknown) =>
        setListing({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [backups]);
  useEffect(load, [load]);

  function restore(file: BackupFileInfo) {
    setSource({
      label: `the automatic backup of ${automaticBackupName(file, clock)}`,
      automatic: true,
      load: () => backups.read(file.fileName),
    });
  }

  return (
    <div className="backup-block">
      <h3>Automatic backups</h3>
      <p>
        Ascent keeps a backup on this computer when it starts, once a day while it runs, before an
        update and before a restore or a bulk delete.
      </p>
      {listing.kind === 'loading' && <p role="status">Reading the list…</p>}
      {listing.kind === 'failed' && (
        <p className="error" role="alert">
          The automatic backups could not be listed: {listing.message}
        </p>
      )}
      {listing.kind === 'ready' && listing.files.length === 0 && (
        <p>None yet: the first is made when Ascent starts with records in it.</p>
      )}
      {listing.kind === 'ready' && listing.files.length > 0 && (
        <BackupTable files={listing.files} onRestore={readOnly ? null : restore} />
      )}
      {source && <RestoreDialog source={source} onClose={() => (setSource(null), load())} />}
    </div>
  );
}

function BackupTable({
  files,
  onRestore,
}: {
  files: BackupFileInfo[];
  onRestore: ((file: BackupFileInfo) => void) | null;
}) {
  const clock = useSettings()?.clock;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Automatic backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made on</th>
          <th scope="col">Why</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.fileName}>
            <td>{timeText(f.createdAt, clock)}</td>
            <td>{reasonText(f.reason)}</td>
            <td>{sizeText(f.size)}</td>
            <td>
              {onRestore && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Restore the backup of ${automaticBackupName(f, clock)}`}
                  onClick={() => onRestore(f)}
                >
                  Restore…
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
