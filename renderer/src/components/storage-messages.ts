import { requestRefusalOf, requestRefusalText } from '../../../shared/files/refused-request';
import { writeFailureOfMessage } from '../../../shared/files/write-failure';
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

/** A kept file that is no longer there when a copy of it is asked for (removed meanwhile). */
export class FileGoneError extends Error {
  constructor(readonly holder: 'activity' | 'course') {
    super(`no longer kept with this ${holder}`);
  }
}

/**
 * Why a file the user chose a place for could not be written, when main said (the disk is
 * full, the folder is read-only, the file is open in another program, the name is too long):
 * main's sentence, which says what to do. Null for any other failure.
 */
export function fileWriteProblem(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  return writeFailureOfMessage(error.message) === null ? null : error.message;
}

/**
 * A save main refused before doing anything (its checks refused the request, or the window
 * asking is not the app's): what happened and what to do, never "choose another folder" nor
 * "check there is space", which cannot help. Null for any other failure.
 */
export function saveRefusedProblem(error: unknown): string | null {
  const refusal = requestRefusalOf(error);
  return refusal === null ? null : requestRefusalText[refusal];
}

/**
 * A file the user chose a place for that was not saved ("The calendar was not saved. …"):
 * why and what to do when main refused the request (saveRefusedProblem) or said why the file
 * could not be written (fileWriteProblem), else the system's reason and "Try again". `what`
 * starts the sentence.
 */
export function notSavedText(what: string, error: unknown): string {
  const problem = saveRefusedProblem(error) ?? fileWriteProblem(error);
  if (problem !== null) return `${what} was not saved. ${problem}`;
  return `${what} was not saved (${error instanceof Error ? error.message : String(error)}). Try again.`;
}

/**
 * A copy of a kept file (a course's certificate, an activity's evidence) that could not be
 * saved, and what to do: the words depend on why, never the system's own message.
 */
export function copyFailedText(name: string, error: unknown): string {
  if (error instanceof FileGoneError)
    return `${name} is no longer kept with this ${error.holder}: it was removed, perhaps in another window. Close this and open it again to see the files it has now.`;
  if (error instanceof StorageError)
    return `The copy of ${name} was not saved: it could not be read from your records. Try again; if it keeps happening, export a backup.`;
  const problem = saveRefusedProblem(error) ?? fileWriteProblem(error);
  if (problem !== null) return `The copy of ${name} was not saved. ${problem}`;
  return `The copy of ${name} was not saved: the file could not be written there. Choose another folder, or check there is space on the disk, and try again.`;
}
