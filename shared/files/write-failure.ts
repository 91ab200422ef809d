/**
 * Why a file could not be written where the user chose it, sorted from the file system's
 * error code (Node's `error.code`), and what to do about it. Main answers a failed save with
 * one of these sentences; the renderer knows them (writeFailureOfMessage) and builds its own
 * words around them. The automatic-backup channel sorts its write errors the same way.
 */
export type WriteFailure = 'DISK_FULL' | 'NOT_ALLOWED' | 'IN_USE' | 'NAME_TOO_LONG';

const byCode: Readonly<Record<string, WriteFailure>> = {
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  EACCES: 'NOT_ALLOWED',
  // On Windows, also a file another program holds open while it is replaced.
  EPERM: 'NOT_ALLOWED',
  EROFS: 'NOT_ALLOWED',
  EBUSY: 'IN_USE',
  ENAMETOOLONG: 'NAME_TOO_LONG',
};

/** The kind of write failure `error` is, or null when its cause is not one of these. */
export function writeFailureOf(error: unknown): WriteFailure | null {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? (error as { code: unknown }).code
      : undefined;
  return typeof code === 'string' && Object.hasOwn(byCode, code) ? byCode[code]! : null;
}

/** What happened and what to do, as one or two whole sentences. */
export const writeFailureText: Readonly<Record<WriteFailure, string>> = {
  DISK_FULL: 'The disk is full. Free some space on it, or choose another disk, then try again.',
  NOT_ALLOWED:
    'Ascent may not write there: the folder may be read-only, or the file may be open in ' +
    'another program. Choose another folder, or close the file, then try again.',
  IN_USE:
    'The file is open in another program. Close it there, or choose another name, then try again.',
  NAME_TOO_LONG:
    'The file name is too long for that folder. Choose a shorter name, then try again.',
};

/** The kind of write failure whose sentence `message` is, or null for any other message. */
export function writeFailureOfMessage(message: string): WriteFailure | null {
  const found = Object.entries(writeFailureText).find(([, text]) => text === message);
  return found ? (found[0] as WriteFailure) : null;
}
