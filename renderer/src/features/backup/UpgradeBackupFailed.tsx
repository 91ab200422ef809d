import { useState } from 'react';
import type { Platform } from '../../../../shared/platform';
import { BACKUP_FILTERS, MIME_TYPE, type UpgradeBackupFailure } from '../../db/backup';
import type { UpgradeChoice } from './open-with-backup';

interface Props {
  failure: UpgradeBackupFailure;
  /** 1 for the first failure, 2 after the first "Try again"… */
  attempt: number;
  platform: Platform;
  onChoose: (choice: UpgradeChoice) => void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Desktop start-up, before the app itself: this version must update how the data is stored,
 * and the copy of the data that is always taken first could not be saved. Nothing is updated
 * until the user chooses; closing Ascent leaves everything as it was.
 */
export function UpgradeBackupFailed({ failure, attempt, platform, onChoose }: Props) {
  const [progress, setProgress] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const choose = (choice: UpgradeChoice, text: string) => {
    setProgress(text);
    onChoose(choice);
  };

  async function saveCopy(copy: NonNullable<UpgradeBackupFailure['copy']>) {
    setSaveError(null);
    try {
      const saved = await platform.saveFile({
        suggestedName: copy.fileName.replace(/^ascent-/, 'ascent-before-update-'),
        mimeType: MIME_TYPE,
        filters: BACKUP_FILTERS,
        content: copy.bytes,
      });
      if (saved.saved) choose('continue', `Copy saved as ${saved.fileName}. Updating your data…`);
    } catch (e) {
      setSaveError(`The copy could not be saved there either: ${messageOf(e)}`);
    }
  }

  return (
    <main className="startup-error">
      <h1>Ascent has not updated your data yet</h1>
      <p role="alert">
        <strong>No copy of your data could be made before the update.</strong>{' '}
        {attempt > 1 ? 'Trying again did not help. ' : ''}The reason given: {failure.message}
      </p>
      <p>
        This version of Ascent stores your records in a newer way and updates them when it opens.
        Before it does, it keeps a copy of your data as it is now with your automatic backups, so
        you can go back if anything goes wrong. Nothing has been changed yet.
      </p>
      <p>
        Make some room on the disk and try again
        {failure.copy ? ', or save the copy somewhere else' : ''}. You can also update without a
        copy, or close Ascent and come back later.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={progress !== null}
          onClick={() => choose('retry', 'Trying again…')}
        >
          Try again
        </button>
        {failure.copy && (
          <button
            type="button"
            className="secondary"
            disabled={progress !== null}
            onClick={() => void saveCopy(failure.copy!)}
          >
            Save the copy as a file…
          </button>
        )}
        <button
          type="button"
          className="secondary"
          disabled={progress !== null}
          onClick={() => choose('continue', 'Updating your data without a copy…')}
        >
          Update without a copy
        </button>
      </div>
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      {progress && <p role="status">{progress}</p>}
    </main>
  );
}
