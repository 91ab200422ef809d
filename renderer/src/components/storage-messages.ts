import { StorageError, type StorageErrorCode } from '../db/errors';

/** Words for storage failures: what happened, that nothing was half-written, what to do. */
export function storageErrorText(code: StorageErrorCode): string {
  switch (code) {
    case 'READ_ONLY':
      return 'Nothing was saved: your data was written by a newer version of Ascent and is read-only here.';
    case 'QUOTA':
      return 'Nothing was saved: this computer has run out of storage space for Ascent. Free some disk space, then try again.';
    case 'ABORTED':
      return 'Nothing was saved: the change was interrupted. Try again.';
    case 'CLOSED':
      return 'Nothing was saved: Ascent was updated in another window. Reload to continue.';
    case 'UNKNOWN':
      return 'Nothing was saved because of an unexpected storage problem. Try again; if it keeps happening, export a backup.';
  }
}

/** A copy of a kept file (a course's certificate, an activity's evidence) that could not be saved, and what to do. */
export function copyFailedText(name: string, error: unknown): string {
  if (error instanceof StorageError)
    return `The copy of ${name} was not saved: it could not be read from your records. Try again; if it keeps happening, export a backup.`;
  const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The copy of ${name} was not saved${reason}. Try again.`;
}
