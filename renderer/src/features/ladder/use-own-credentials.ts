import { useKeptRead } from '../../db/hooks';
import { listCustom, type CustomRow } from '../../db/repositories/credentials';

/**
 * The credentials the user defined themselves, live (a few rows, read on their own so the
 * dashboard never waits for the credit log; one read shared by every screen showing them);
 * `undefined` while loading.
 */
export function useOwnCredentials(): CustomRow[] | undefined {
  return useKeptRead('customCredentials', listCustom);
}
