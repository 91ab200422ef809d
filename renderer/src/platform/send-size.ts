/**
 * The size check before a file is handed to main (desktop: a saved file, an automatic backup,
 * the copy before a restore or a bulk delete). The contract refuses a file over
 * MAX_FILE_BYTES with a developer's message; this says in words what is too large and what
 * to do, before anything is sent. Data kept before the evidence budget can still be that big.
 */
import { MAX_FILE_BYTES, fitsOneFile } from '../../../shared/backup-limits';
import { fitsUtf8Bytes, utf8ByteLength } from '../../../shared/text/utf8';
import { formatFileSize } from '../components/format';

export type SentFile = 'backup' | 'file';

export function fileTooLargeText(bytes: number, what: SentFile): string {
  const noun = what === 'backup' ? 'This backup' : 'This file';
  const limit = formatFileSize(MAX_FILE_BYTES);
  const size = formatFileSize(bytes);
  return (
    `${noun} would be ${size === limit ? `just over ${limit}` : size}, and Ascent can save ` +
    `at most ${limit} as one file. Attached files are what make it this large: remove evidence ` +
    'you no longer need from the credit log, or keep large files elsewhere and note where, ' +
    'then try again.'
  );
}

/** Whether `text` is fileTooLargeText's (a message passed on as text, e.g. to a banner). */
export const isFileTooLargeText = (text: string): boolean =>
  /^This (backup|file) would be .* as one file\. /.test(text);

export class FileTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly what: SentFile,
  ) {
    super(fileTooLargeText(bytes, what));
    this.name = 'FileTooLargeError';
  }
}

/**
 * Throws FileTooLargeError when `content` is larger than main accepts. A text is measured as
 * the contract measures it (its UTF-8 bytes, the size written), bytes by their count.
 */
export function checkSendSize(content: string | Uint8Array, what: SentFile): void {
  if (typeof content === 'string') {
    if (!fitsUtf8Bytes(content, MAX_FILE_BYTES)) {
      throw new FileTooLargeError(utf8ByteLength(content), what);
    }
    return;
  }
  if (!fitsOneFile(content.byteLength)) throw new FileTooLargeError(content.byteLength, what);
}
