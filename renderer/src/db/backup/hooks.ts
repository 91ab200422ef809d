import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../store-context';
import { hasRecords } from './snapshot';

/** Whether the database holds any record, kept up to date; undefined while loading. */
export function useHasRecords(): boolean | undefined {
  const store = useStore();
  return useLiveQuery(() => hasRecords(store.db), [store]);
}
