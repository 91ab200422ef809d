import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from './store-context';
import { getProfile } from './repositories/profile';
import { getSettings, type AppSettings } from './repositories/settings';
import type { Profile } from '../../../shared/domain/profile/profile';

/** `undefined` while loading; `null` when there is no profile yet. */
export function useProfile(): Profile | null | undefined {
  const store = useStore();
  return useLiveQuery(async () => (await getProfile(store)) ?? null, [store]);
}

export function useSettings(): AppSettings | undefined {
  const store = useStore();
  return useLiveQuery(() => getSettings(store), [store]);
}
