/**
 * Sample-data mode: the app opens a separate database filled with a made-up career, so a new
 * user can explore every screen without typing anything and without their own records ever
 * mixing with invented ones. Leaving it deletes that database in one action.
 */
import { arriveAfterReload } from '../../app/use-arrival-focus';
import { discardChanges, switchForm } from '../../components/unsaved-changes';
import { deleteStore, storeExists, type Store } from '../../db/database';
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
 * Kept from "Remove sample data" until the sample database is gone: the user chose to leave
 * it, so it is removed as soon as it can be and never shown again as it was (fillSample).
 */
const LEFT_KEY = 'ascent.sample-left';

/** The user left the sample, and its database may still be on this computer. */
export function sampleLeftBehind(): boolean {
  return storage()?.getItem(LEFT_KEY) === 'yes';
}

/** The sample left behind is gone, or was emptied and filled afresh: nothing more to do. */
export function forgetSampleLeftBehind(): void {
  storage()?.removeItem(LEFT_KEY);
}

/**
 * Removes the sample database left behind by a leave that could not remove it. 'blocked': an
 * Ascent window still has it open (it goes by itself once that window closes); throws when
 * it failed.
 */
export async function removeSampleLeftBehind(waitMs?: number): Promise<'deleted' | 'blocked'> {
  const outcome = await deleteStore(SAMPLE_DATABASE_NAME, waitMs);
  if (outcome === 'deleted') forgetSampleLeftBehind();
  return outcome;
}

/** Whether the sample database is still on this computer. */
export const sampleStoreExists = () => storeExists(SAMPLE_DATABASE_NAME);

/**
 * Deletes every sample record (the whole sample database) and starts again with the user's
 * own records. `close` is called first so the deletion is not blocked by this page.
 *
 * The choice is written before anything is removed, and the window goes back to the user's
 * own records whatever happens: when another window still holds the sample open, or the
 * deletion fails, the sample stays on disk, marked as left (the own records then say so and
 * offer to remove it again), instead of this window staying on a closed database.
 */
export async function leaveSampleMode(close: () => void, waitMs?: number): Promise<void> {
  storage()?.setItem(LEFT_KEY, 'yes');
  storage()?.removeItem(MODE_KEY);
  close();
  try {
    if ((await deleteStore(SAMPLE_DATABASE_NAME, waitMs)) === 'deleted') forgetSampleLeftBehind();
  } catch {
    // Left marked: the own records offer to remove it again.
  }
  // Asked before (LeaveSample): what a form held went with the sample.
  discardChanges();
  arriveAfterReload();
  window.location.hash = '#/dashboard';
  window.location.reload();
}
