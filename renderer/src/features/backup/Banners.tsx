/** The small banners above every screen; the larger ones have their own files. */

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

export function BackupFailedBanner({ message, onHide }: { message: string; onHide: () => void }) {
  return (
    <section className="backup-banner warning" aria-label="Automatic backup failed">
      <p>
        <strong>The automatic backup could not be saved:</strong> {message}. Your records are still
        in Ascent; export a backup from Settings to be safe.
      </p>
      <button type="button" className="secondary" onClick={onHide}>
        Hide this message
      </button>
    </section>
  );
}
