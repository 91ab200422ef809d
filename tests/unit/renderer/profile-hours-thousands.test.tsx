// A day's study hours typed as "1,000" in the profile were read as 1 hour and saved without a
// word, though the person may have meant a thousand (a slip) or one; the credit log and the
// study plan's days refuse it and say the two numbers. The profile now does the same.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFromProfile, emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getProfile, saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('profile-hours-thousands'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
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

async function renderForm() {
  const profile = await getProfile(store);
  render(
    <StoreProvider store={store}>
      <ProfileForm initial={draftFromProfile(profile!)} submitLabel="Save profile" />
    </StoreProvider>,
  );
}

describe('a day’s study hours in the profile', { timeout: 30_000 }, () => {
  it('refuses “1,000” with the two numbers it could be, and saves nothing', async () => {
    await renderForm();
    const monday = await screen.findByLabelText('Monday', {}, SLOW);
    fireEvent.change(monday, { target: { value: '1,000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => {
      const field = monday.closest('.field') ?? monday.parentElement!;
      expect(field.textContent).toContain('“1,000” could be 1000 or 1');
    }, SLOW);
    const summary = screen.getByRole('button', { name: /^Monday: / });
    expect(summary.textContent).toContain('could be 1000 or 1');
    expect((await getProfile(store))?.weeklyAvailability.mon).toBe(0);
  });

  it('still reads “1,5” as one and a half hours', async () => {
    await renderForm();
    const monday = await screen.findByLabelText('Monday', {}, SLOW);
    fireEvent.change(monday, { target: { value: '1,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(
      async () => expect((await getProfile(store))?.weeklyAvailability.mon).toBe(1.5),
      SLOW,
    );
  });
});
