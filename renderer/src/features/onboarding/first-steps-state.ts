/**
 * Where the first day stands between the profile and the dashboard: "Your first steps"
 * (credentials, then a goal) stay on offer until the person finishes or skips them, so a
 * reload or a closed window in between brings them back at the step they were on.
 *
 * It is kept in this computer's local storage, beside the sample-mode flag, and named after
 * the database it belongs to: it is a place in a screen, not a record, so it is not in the
 * backup (a backup restored elsewhere opens on the dashboard, as it should).
 */
import type { Store } from '../../db/database';

export type FirstStep = 'credentials' | 'goal';

/** The id of the "Your first steps" heading, which takes the focus when they open. */
export const FIRST_STEPS_TITLE = 'first-steps-title';

const keyOf = (store: Store) => `ascent.first-steps.${store.db.name}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The step to come back to, or null when there are no first steps left to take. */
export function pendingFirstStep(store: Store): FirstStep | null {
  const step = storage()?.getItem(keyOf(store));
  return step === 'credentials' || step === 'goal' ? step : null;
}

/** The person is on `step` (or about to start: the welcome is showing). */
export function rememberFirstStep(store: Store, step: FirstStep): void {
  try {
    storage()?.setItem(keyOf(store), step);
  } catch {
    // Storage full or switched off: the first steps still work, only not across a reload.
  }
}

/** Finished or skipped: from now on the app opens on the dashboard. */
export function forgetFirstSteps(store: Store): void {
  storage()?.removeItem(keyOf(store));
}
