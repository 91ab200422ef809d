/** What the app should tell the user about its storage, outside React so db code can set it. */
export type StoreStatus =
  | { kind: 'opening' }
  | { kind: 'ready' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'blocked' }
  | { kind: 'closed-by-upgrade' }
  /** Another window deleted this database (only the sample's is ever deleted). */
  | { kind: 'deleted-elsewhere' };

type Listener = (s: StoreStatus) => void;

let current: StoreStatus = { kind: 'opening' };
const listeners = new Set<Listener>();

export function getStoreStatus(): StoreStatus {
  return current;
}

export function setStoreStatus(next: StoreStatus): void {
  // A newer-version or closed state outranks a later "ready" from another handle.
  current = next;
  for (const l of listeners) l(next);
}

export function subscribeStoreStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
