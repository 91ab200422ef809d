import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { getProfile, saveProfile } from '../../renderer/src/db/repositories/profile';
import { getSettings, setTheme } from '../../renderer/src/db/repositories/settings';
import type { ProfileDraft } from '../../shared/domain/profile/profile';
import { freshName } from './helpers';

const draft: ProfileDraft = {
  name: 'Sam Lee',
  currentRung: 'project-support',
  targetRung: 'project-manager',
  education: 'associate',
  gacAccredited: false,
  weeklyAvailability: { mon: '1', tue: '1', wed: '1', thu: '1', fri: '0', sat: '2.5', sun: '0' },
};

let store: Store | undefined;
afterEach(() => store?.db.close());

describe('profile repository', () => {
  it('has no profile before onboarding', async () => {
    store = await openStore(freshName('empty'));
    expect(await getProfile(store)).toBeUndefined();
  });

  it('saves a valid profile and reads it back', async () => {
    store = await openStore(freshName('save'));
    const result = await saveProfile(store, draft);
    expect(result.ok).toBe(true);
    expect(await getProfile(store)).toEqual({
      name: 'Sam Lee',
      currentRung: 'project-support',
      targetRung: 'project-manager',
      education: 'associate',
      gacAccredited: false,
      weeklyAvailability: { mon: 1, tue: 1, wed: 1, thu: 1, fri: 0, sat: 2.5, sun: 0 },
    });
  });

  it('writes nothing while the draft is invalid', async () => {
    store = await openStore(freshName('invalid'));
    const result = await saveProfile(store, { ...draft, targetRung: '', education: 'none' });
    expect(result).toEqual({
      ok: false,
      errors: { targetRung: 'REQUIRED', education: 'UNKNOWN_VALUE' },
    });
    expect(await store.db.table('profile').count()).toBe(0);
  });

  it('keeps the original creation time and the old profile when an edit is invalid', async () => {
    store = await openStore(freshName('edit'));
    await saveProfile(store, draft);
    const first = await store.db.table('profile').get('me');
    await new Promise((r) => setTimeout(r, 5));
    await saveProfile(store, { ...draft, name: 'Sam Lee-Park', targetRung: 'pmo-manager' });
    const second = await store.db.table('profile').get('me');
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(second.targetRung).toBe('pmo-manager');

    const refused = await saveProfile(store, {
      ...draft,
      targetRung: 'project-support',
      currentRung: 'pmo-director',
    });
    expect(refused.ok).toBe(false);
    expect((await getProfile(store))?.name).toBe('Sam Lee-Park');
  });

  it('ignores a damaged stored row instead of showing nonsense', async () => {
    store = await openStore(freshName('damaged'));
    await store.db.table('profile').put({ id: 'me', name: 3 });
    expect(await getProfile(store)).toBeUndefined();
  });
});

describe('settings repository', () => {
  it('follows the system theme until the user chooses one', async () => {
    store = await openStore(freshName('theme'));
    expect((await getSettings(store)).theme).toBe('system');
    await setTheme(store, 'dark');
    expect((await getSettings(store)).theme).toBe('dark');
  });

  it('refuses an unknown theme and keeps the old one', async () => {
    store = await openStore(freshName('theme-bad'));
    await setTheme(store, 'light');
    await expect(setTheme(store, 'purple' as 'light')).rejects.toThrow(RangeError);
    expect((await getSettings(store)).theme).toBe('light');
  });
});
