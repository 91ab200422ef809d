/**
 * Filling the sample database as the app opens it in sample mode. Only a sample filled to its
 * end is kept; one whose filling stopped part-way, or one the user chose to leave but that could
 * not be removed then, is emptied and filled afresh, so exploring always starts from the whole
 * made-up career and never from what was left of an earlier visit.
 */
import type { LocalDate } from '../../../../shared/dates';
import type { Store } from '../../db/database';
import { clearSample, isSampleFilled } from '../../db/repositories/sample-loaded';
import { seedSample } from './seed-sample';

/** `discarded`: the user left this sample before (it is not to be shown again as it was). */
export async function fillSample(
  store: Store,
  today: LocalDate,
  discarded: boolean,
): Promise<void> {
  if (!discarded && (await isSampleFilled(store))) return;
  await clearSample(store);
  await seedSample(store, today);
}
