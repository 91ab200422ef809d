import {
  isProfile,
  validateProfile,
  type Profile,
  type ProfileDraft,
  type ProfileErrors,
} from '../../../../shared/domain/profile/profile';
import type { Store } from '../database';
import { getLadderPlan } from './career';
import { nowIso, writeTransaction } from './write';

export const PROFILE_ID = 'me';

export interface ProfileRow extends Profile {
  id: typeof PROFILE_ID;
  createdAt: string;
  updatedAt: string;
}

export type SaveProfileResult =
  { ok: true; profile: Profile } | { ok: false; errors: ProfileErrors };

/** The saved profile, or undefined before onboarding is finished. */
export async function getProfile(store: Store): Promise<Profile | undefined> {
  const row = await store.db.table<ProfileRow, string>('profile').get(PROFILE_ID);
  if (!row) return undefined;
  const { id: _id, createdAt: _c, updatedAt: _u, ...profile } = row;
  return isProfile(profile) ? profile : undefined;
}

/**
 * Validates the draft against the user's ladder (the default one until edited), read in the
 * same transaction; writes only a valid profile, keeping its creation time.
 */
export async function saveProfile(store: Store, draft: ProfileDraft): Promise<SaveProfileResult> {
  return writeTransaction(store, ['profile', 'ladderPlan'], async () => {
    const checked = validateProfile(draft, await getLadderPlan(store));
    if (!checked.ok) return checked;
    const table = store.db.table<ProfileRow, string>('profile');
    const existing = await table.get(PROFILE_ID);
    const now = nowIso();
    await table.put({
      ...checked.value,
      id: PROFILE_ID,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return { ok: true, profile: checked.value };
  });
}
