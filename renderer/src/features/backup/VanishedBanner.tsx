import type { BackupFileInfo } from '../../../../shared/ipc/contract';
import { timeText } from './messages';

interface Props {
  newest: BackupFileInfo | null;
  onRestoreNewest: () => void;
  onChooseFile: () => void;
  onStartFresh: () => void;
}

/** Desktop: the marker says there were records, the database is empty. */
export function VanishedBanner({ newest, onRestoreNewest, onChooseFile, onStartFresh }: Props) {
  return (
    <section className="backup-banner warning" aria-label="Your records are missing">
      <p>
        <strong>Your records are missing.</strong> Ascent had records on this computer, but its
        database is now empty.{' '}
        {newest
          ? `The newest automatic backup is from ${timeText(newest.createdAt)}.`
          : 'There is no automatic backup to bring them back from; a backup file you exported can.'}
      </p>
      {newest && (
        <button type="button" onClick={onRestoreNewest}>
          Restore the newest backup…
        </button>
      )}
      <button type="button" className="secondary" onClick={onChooseFile}>
        Choose a backup file…
      </button>
      <button type="button" className="secondary" onClick={onStartFresh}>
        Start fresh
      </button>
    </section>
  );
}
