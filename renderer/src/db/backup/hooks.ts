import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../store-context';
import { hasOwnRecords, hasRecords } from './snapshot';

/** Whether the database holds any record, kept up to date; undefined while loading. */
export function useHasRecords(): boolean | undefined {
  const store = useStore();
  return useLiveQuery(() => hasRecords(store.db), [store]);
}

/** Whether the user has made records beyond the onboarding answers; undefined while loading. */
export function useHasOwnRecords(): boolean | undefined {
  const store = useStore();
  return useLiveQuery(() => hasOwnRecords(store.db), [store]);
}
