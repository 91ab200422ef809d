import { useCallback, useSyncExternalStore } from 'react';
import type { Store } from './database';
import { useStore } from './store-context';
import { getProfile } from './repositories/profile';
import { getSettings, type AppSettings } from './repositories/settings';
import { sharedRead, type SharedRead } from './shared-read';
import type { Profile } from '../../../shared/domain/profile/profile';

const keptReads = new WeakMap<Store, Map<string, SharedRead<unknown>>>();

/** Kept this long after the last screen showing it closes: all day, in practice. */
const KEPT_LINGER_MS = 10 * 60_000;

/**
 * A small record read live and shared by every screen that shows it (issue 9), kept while
 * the app is in use: coming back to the dashboard finds the profile and the ladder already
 * read, so the screen is drawn at once instead of after another read of the database. A read
 * that failed is started again by the next screen that shows it, once the screens that saw
 * the failure are gone.
 */
export function useKeptRead<T>(name: string, query: (store: Store) => Promise<T>): T | undefined {
  const store = useStore();
  const of = useCallback(() => {
    let reads = keptReads.get(store);
    if (!reads) keptReads.set(store, (reads = new Map()));
    let read = reads.get(name) as SharedRead<T> | undefined;
    if (!read) {
      read = sharedRead(
        () => query(store),
        (value: T) => ({ value }),
        undefined,
        KEPT_LINGER_MS,
        store.db,
      );
      reads.set(name, read as SharedRead<unknown>);
    }
    if (read.abandoned()) read.stop();
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
