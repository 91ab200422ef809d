import { useLiveQuery } from 'dexie-react-hooks';
import { listCustom, type CustomRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';

/**
 * The credentials the user defined themselves, live (a few rows, read on their own so the
 * dashboard never waits for the credit log); `undefined` while loading.
 */
export function useOwnCredentials(): CustomRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => listCustom(store), [store]);
}
