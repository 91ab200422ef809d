import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFromProfile, emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('tmp-profile-save'));
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
  await store.db.delete();
});

/** Settings' profile section, drawn from the stored profile as SettingsScreen draws it. */
function Settings() {
  const profile = useProfile();
  return (
    <main id="main" tabIndex={-1}>
      <h1>Settings</h1>
      {profile ? (
        <ProfileForm initial={draftFromProfile(profile)} submitLabel="Save profile" />
      ) : null}
    </main>
  );
}

const saveButton = () => screen.getByRole('button', { name: 'Save profile' });

describe('Settings → Profile, Save profile', { timeout: 30_000 }, () => {
  it('gives the focus back to the Save button it switched off while saving', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    fireEvent.change(name, { target: { value: 'Dana O.' } });
    const button = saveButton();
    button.focus();
    fireEvent.click(button);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    // Chromium drops focus from a button switched off (jsdom does not): emulated as
    // focus-after-actions.test.tsx does.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    elsewhere.remove();
    await screen.findByText('Saved.', {}, SLOW);
    // The focus comes back once the button is enabled again, a frame or more after the save.
    await waitFor(() => expect(document.activeElement).toBe(saveButton()), SLOW);
    expect(document.activeElement).toBe(saveButton());
  });

  it('leaves the focus in a field the user moved to while it saved', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    fireEvent.change(name, { target: { value: 'Dana O.' } });
    fireEvent.click(saveButton());
    name.focus();
    await screen.findByText('Saved.', {}, SLOW);
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(document.activeElement).toBe(name);
  });

  it('does not say "Saved." while the form holds a change that is not saved', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    fireEvent.change(name, { target: { value: 'Dana O.' } });
    fireEvent.click(saveButton());
    // Typed after Save was pressed, before the store answered.
    fireEvent.change(screen.getByLabelText('Target rung'), { target: { value: 'pmo-manager' } });
    await waitFor(() => expect(saveButton()).toHaveProperty('disabled', false), SLOW);
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(hasUnsavedChanges()).toBe(true);
    expect(screen.queryByText('Saved.')).toBeNull();
    expect((screen.getByLabelText('Target rung') as HTMLSelectElement).value).toBe('pmo-manager');
  });

  it('says "Saved." when nothing was typed after Save, and no more once a field changes', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    fireEvent.change(name, { target: { value: 'Dana O.' } });
    fireEvent.click(saveButton());
    await screen.findByText('Saved.', {}, SLOW);
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(screen.queryByText('Saved.')).not.toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(name, { target: { value: 'Dana Okafor' } });
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});
