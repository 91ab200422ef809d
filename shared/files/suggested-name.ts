/**
 * The name a save dialog starts with. Main accepts only a plain file name (isPlainFileName,
 * the IPC boundary's rule, kept strict); a file attached long ago keeps the name it had on the
 * user's disk, which may carry what another system allows (a colon on macOS, a question mark
 * or a trailing dot on Linux). suggestedFileName turns any such name into one main accepts, so
 * the dialog opens and the user can still change it there.
 */
import { safeName } from '../domain/report/audit-pack';
import { hasBidiControl } from '../text/controls';
import { isWindowsDeviceName } from './windows-device-name';

/** Control characters (C0, DEL and C1: Unicode's Cc) and what Windows refuses in a name. */
// eslint-disable-next-line no-control-regex
const unsafeNameCharacters = /[\u0000-\u001f\u007f-\u009f<>:"|?*\\/]/;

/**
 * Whether `name` is a plain file name: no control character, no bidirectional control (which
 * would show "notes\u202Efdp.exe" as "notesexe.pdf": Unicode TR #36, hasBidiControl), nothing
 * Windows or macOS would read as a path, a drive, a device (isWindowsDeviceName) or a stream,
 * no trailing dot or space (Windows drops them), and no leading `~` (read as a temporary
 * file). Main refuses any other suggested name (with the contract's own limits: 1 to 200
 * characters, no slash).
 */
export function isPlainFileName(name: string): boolean {
  return (
    !unsafeNameCharacters.test(name) &&
    !hasBidiControl(name) &&
    !isWindowsDeviceName(name) &&
    !/^[. ]+$/.test(name) &&
    !/[. ]$/.test(name) &&
    !name.startsWith('~')
  );
}

/**
 * At most 200 bytes in UTF-8: within the contract's 200 characters (a character is never fewer
 * bytes than UTF-16 units) and well within the 255 bytes ext4, APFS and NTFS allow.
 */
export const MAX_SUGGESTED_NAME_BYTES = 200;

/**
 * A name main accepts for `name`: bidirectional controls go and unsafe characters become
 * dashes (safeName, the audit pack's rule too), a leading `~`, dot or dash and a trailing dot
 * or space go, a long name is shortened before its extension, a Windows device name (CON,
 * AUX, LPT1, "CON .txt"…) gets a leading underscore, and nothing left gives `fallback`.
 * An ordinary name comes back as it is.
 */
export function suggestedFileName(name: string, fallback = 'file'): string {
  const options = { maxBytes: MAX_SUGGESTED_NAME_BYTES };
  const leading = /^[~\s.-]+/;
  // safeName leaves no unsafe character and no trailing dot or space; taking characters off
  // the front cannot bring either back. Before too, so a long name keeps its extension.
  const named = name.replace(leading, '');
  const safe = safeName(named, fallback, options).replace(leading, '');
  if (safe === '') return fallback;
  // The underscore may make it one byte too long: shortened again, it still starts with "_".
  return isWindowsDeviceName(safe) ? safeName(`_${safe}`, fallback, options) : safe;
}
