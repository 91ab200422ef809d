/**
 * Persistent storage (issue 4 part 6): a browser may clear a site's data when the disk fills
 * up unless the site was granted persistence. Asked once per start; Settings shows the answer.
 */
export type PersistenceState = 'persistent' | 'best-effort' | 'unavailable';

let requested: Promise<PersistenceState> | null = null;

async function ask(): Promise<PersistenceState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return 'unavailable';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unavailable';
  }
}

/** Asks at most once per start; later calls get the same answer. */
export function requestPersistentStorage(): Promise<PersistenceState> {
  requested ??= ask();
  return requested;
}

export interface StorageUse {
  usage: number;
  quota: number;
}

export async function storageUse(): Promise<StorageUse | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate?.quota) return null;
    return { usage: estimate.usage ?? 0, quota: estimate.quota };
  } catch {
    return null;
  }
}
