/**
 * Sample-data mode: the app opens a separate database filled with a made-up career, so a new
 * user can explore every screen without typing anything and without their own records ever
 * mixing with invented ones. Leaving it deletes that database in one action.
 */
import { arriveAfterReload } from '../../app/use-arrival-focus';
import { discardChanges, switchForm } from '../../components/unsaved-changes';
import { deleteStore, type Store } from '../../db/database';
import { DATABASE_NAME } from '../../db/schema';

export const SAMPLE_DATABASE_NAME = `${DATABASE_NAME}-sample`;
const MODE_KEY = 'ascent.mode';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function isSampleMode(): boolean {
  return storage()?.getItem(MODE_KEY) === 'sample';
}

/**
 * The open database is the sample one. The database, not the flag, decides: what the app
 * writes, exports or restores goes where the store points.
 */
export function isSampleStore(store: Store): boolean {
  return store.db.name === SAMPLE_DATABASE_NAME;
}

/** The database the app opens at start-up. */
export function databaseName(): string {
  return isSampleMode() ? SAMPLE_DATABASE_NAME : DATABASE_NAME;
}

/**
 * Switches to the sample database and starts again (the page reloads). A form holding typing
 * asks "Discard your changes?" first; only a yes writes the switch, so the next start never
 * opens the sample while this window stays on the person's own records.
 */
export function enterSampleMode(): void {
  switchForm(() => {
    discardChanges();
    storage()?.setItem(MODE_KEY, 'sample');
    arriveAfterReload();
    window.location.hash = '#/dashboard';
    window.location.reload();
  });
}

/**
 * Deletes every sample record (the whole sample database) and starts again with the
 * user's own records. `close` is called first so the deletion is not blocked by this page.
 */
export async function leaveSampleMode(close: () => void): Promise<void> {
  close();
  await deleteStore(SAMPLE_DATABASE_NAME);
  storage()?.removeItem(MODE_KEY);
  // Asked before (LeaveSample): what a form held went with the sample.
  discardChanges();
  arriveAfterReload();
  window.location.hash = '#/dashboard';
  window.location.reload();
}
