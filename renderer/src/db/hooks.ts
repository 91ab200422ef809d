import { useCallback, useSyncExternalStore } from 'react';
import type { Store } from './database';
import { useStore } from './store-context';
import { getProfile } from './repositories/profile';
import { getSettings, type AppSettings } from './repositories/settings';
import { sharedRead, type SharedRead } from './shared-read';
import type { Profile } from '../../../shared/domain/profile/profile';

/** The kept reads of one store: the app has one; another (a test's) replaces them. */
let kept: { store: Store; reads: Map<string, SharedRead<unknown>> } | null = null;

function keptReadsOf(store: Store) {
  if (kept?.store !== store) {
    kept?.reads.forEach((r) => r.stop());
    kept = { store, reads: new Map() };
  }
  return kept.reads;
}

/**
 * A small record read live for as long as the app runs, shared by every screen that shows
 * it (issue 9): coming back to the dashboard finds the profile and the ladder already read,
 * so the screen is drawn at once instead of after another read of the database.
 */
export function useKeptRead<T>(name: string, query: (store: Store) => Promise<T>): T | undefined {
  const store = useStore();
  const of = useCallback(() => {
    const reads = keptReadsOf(store);
    let read = reads.get(name) as SharedRead<T> | undefined;
    if (!read) {
      read = sharedRead(
        () => query(store),
        (value: T) => ({ value }),
        undefined,
        Infinity,
      );
      reads.set(name, read as SharedRead<unknown>);
    }
    return read;
    // `query` belongs to `name`: one name, one query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, name]);
  const listen = useCallback((reader: () => void) => of().subscribe(reader), [of]);
  const current = useCallback(() => of().current(), [of]);
  return useSyncExternalStore(listen, current);
}

const profileOf = async (store: Store) => (await getProfile(store)) ?? null;

/** `undefined` while loading; `null` when there is no profile yet. */
export function useProfile(): Profile | null | undefined {
  return useKeptRead('profile', profileOf);
}

export function useSettings(): AppSettings | undefined {
  return useKeptRead('settings', getSettings);
}
