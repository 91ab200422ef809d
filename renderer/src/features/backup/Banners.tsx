/** The small banners above every screen; the larger ones have their own files. */
import { asSentence } from '../../components/format';
import { isFileTooLargeText } from '../../platform/send-size';

export function RestoreOfferBanner({ onPick }: { onPick: () => void }) {
  return (
    <section className="backup-banner" aria-label="Restore a backup">
      <p>Used Ascent before? If you have a backup file, you can bring everything back from it.</p>
      <button type="button" className="secondary" onClick={onPick}>
        Restore from a backup file…
      </button>
    </section>
  );
}

/**
 * A failed automatic backup. A backup too large for one file says itself what to do, and an
 * export would fail the same way, so only other failures are told to export one.
 */
export function BackupFailedBanner({ message, onHide }: { message: string; onHide: () => void }) {
  const tooLarge = isFileTooLargeText(message);
  return (
    <section className="backup-banner warning" aria-label="Automatic backup failed">
      <p>
        <strong>The automatic backup could not be saved:</strong>
        {asSentence(message)}{' '}
        {tooLarge
          ? 'Your records are still in Ascent.'
          : 'Your records are still in Ascent; export a backup from Settings to be safe.'}
      </p>
      <button type="button" className="secondary" onClick={onHide}>
        Hide this message
      </button>
    </section>
  );
}
