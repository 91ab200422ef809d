/**
 * Main's "no" as the page receives it. Main answers every request with an IpcResult whose
 * error carries a stable code (shared/ipc/contract); the desktop platform throws it as an
 * IpcRequestError, code and message both, so the page can tell a request main refused before
 * doing anything (its checks, DESIGN.md §6) from a file the disk would not take
 * (write-failure.ts). Each needs its own advice: another folder or more space cannot help a
 * request that was refused before any dialog opened.
 */
import type { IpcError } from '../ipc/contract';

export type IpcErrorCode = IpcError['code'];

/** Main's ok:false answer, thrown by the desktop platform: main's message, and its code. */
export class IpcRequestError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcRequestError';
  }
}

/** Refusals made before anything was done: no dialog opened, no file was touched. */
export type RequestRefusal = Extract<IpcErrorCode, 'INVALID_PAYLOAD' | 'UNTRUSTED_SENDER'>;

/** What happened and what to do, as whole sentences; never "choose another folder". */
export const requestRefusalText: Readonly<Record<RequestRefusal, string>> = {
  INVALID_PAYLOAD:
    "Ascent's own safety checks refused it before any folder was asked for (its name or " +
    'contents were not accepted). This is a fault in Ascent, not in your disk or folder, so ' +
    'another folder will not help: try once more, and if it happens again, report it with ' +
    'what you were saving.',
  UNTRUSTED_SENDER:
    'This window is not allowed to save files, so nothing was written. Close Ascent and open ' +
    'it again, then try again.',
};

/** The refusal `error` is, or null for any other failure (a write that failed included). */
export function requestRefusalOf(error: unknown): RequestRefusal | null {
  if (!(error instanceof IpcRequestError)) return null;
  return error.code === 'INVALID_PAYLOAD' || error.code === 'UNTRUSTED_SENDER' ? error.code : null;
}
