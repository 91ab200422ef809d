import type { BackupProgress } from '../../db/backup';

/** A labelled <progress>: a bar when the amount of work is known, a busy bar when not. */
export function ProgressLine({
  label,
  progress,
}: {
  label: string;
  progress: BackupProgress | null;
}) {
  return (
    <div className="backup-progress" role="status">
      <p>{label}</p>
      {progress && progress.total > 0 ? (
        <progress aria-label={label} value={progress.done} max={progress.total} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
