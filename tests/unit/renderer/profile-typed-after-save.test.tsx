// A choice made in the profile form right after "Save profile" was pressed, before the store
// answered, was put back to the saved value when the form took in its own save: the person's
// change was lost without a word. The form now keeps what was typed after the save.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFromProfile, emptyProfileDraft } from '../../../shared/domain/profile/profile';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { getProfile, saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('profile-typed-after-save'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('fixture');
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

/** As Settings shows it: the form made from the stored profile, which it follows. */
function Settings() {
  const profile = useProfile();
  return profile ? (
    <ProfileForm initial={draftFromProfile(profile)} submitLabel="Save profile" />
  ) : null;
}

describe('the profile form after its own save', { timeout: 30_000 }, () => {
  it('keeps a rung chosen while the save was being written', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    fireEvent.change(name, { target: { value: 'Dana O.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    // Chosen at once, before the save is written and read back.
    const target = screen.getByLabelText('Target rung') as HTMLSelectElement;
    fireEvent.change(target, { target: { value: 'pmo-manager' } });
    await waitFor(async () => expect((await getProfile(store))?.name).toBe('Dana O.'), SLOW);
    // The save has ended in the form (its button is back) …
    await waitFor(
      () =>
        expect(screen.getByRole('button', { name: 'Save profile' })).toHaveProperty(
          'disabled',
          false,
        ),
      { timeout: 10_000 },
    );
    // … then the store's answer has time to reach the form (its name is the stored one) …
    await new Promise((r) => setTimeout(r, 300));
    expect((screen.getByLabelText('Your name (optional)') as HTMLInputElement).value).toBe(
      'Dana O.',
    );
    // … and the rung chosen after the save is still there, not saved yet.
    expect(target.value).toBe('pmo-manager');
    expect((await getProfile(store))?.targetRung).toBe('pmo-director');
    // Leaving would ask first: the change is not saved, and nothing says "Saved.".
    expect(hasUnsavedChanges()).toBe(true);
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});

describe('the profile form after a change from elsewhere', () => {
  it('drops its "Saved." note: the values it spoke of are no longer on screen', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    fireEvent.change(name, { target: { value: 'Dana O.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.', {}, SLOW);
    // Its own save landing keeps the note.
    await waitFor(async () => expect((await getProfile(store))?.name).toBe('Dana O.'), SLOW);
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText('Saved.')).not.toBeNull();

    // Another window (or a restore) changes the profile: the form shows it, without "Saved.".
    const [row] = await store.db.table('profile').toArray();
    await store.db.table('profile').put({ ...row, name: 'Dana Okafor' });
    await waitFor(
      () =>
        expect((screen.getByLabelText('Your name (optional)') as HTMLInputElement).value).toBe(
          'Dana Okafor',
        ),
      SLOW,
    );
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});
