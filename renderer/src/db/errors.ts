/** Errors the repositories raise; the UI turns `code` into words. */
export type StorageErrorCode = 'READ_ONLY' | 'QUOTA' | 'ABORTED' | 'CLOSED' | 'UNKNOWN';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Storage error: ${code}`, options);
    this.name = 'StorageError';
  }
}

function nameOf(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { inner?: unknown }).inner;
    if (inner instanceof Error && inner.name === 'QuotaExceededError') return inner.name;
    return error.name;
  }
  return '';
}

/** Maps whatever IndexedDB or Dexie threw to a StorageError with a stable code. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = nameOf(error);
  if (name === 'QuotaExceededError') return new StorageError('QUOTA', { cause: error });
  if (name === 'AbortError') return new StorageError('ABORTED', { cause: error });
  if (name === 'DatabaseClosedError') return new StorageError('CLOSED', { cause: error });
  return new StorageError('UNKNOWN', { cause: error });
}
