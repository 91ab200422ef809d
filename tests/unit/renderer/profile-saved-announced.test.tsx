// Settings → Profile, Save profile: "Saved." is said in a live region that is on the page
// before the save, empty. A role="status" element drawn together with its words is not read
// out by screen readers, so a screen-reader user was never told the profile was saved.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('tmp-profile-announced'));
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

describe('Settings → Profile, Save profile', { timeout: 30_000 }, () => {
  it('says "Saved." in a status region that was already on the page, empty', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <main id="main" tabIndex={-1}>
              <SettingsScreen />
            </main>
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const name = await screen.findByLabelText('Your name (optional)', {}, SLOW);
    const save = screen.getByRole('button', { name: 'Save profile' });
    const region = save.parentElement!.querySelector('[role="status"]');
    expect(region).not.toBeNull();
    expect(region!.textContent).toBe('');

    fireEvent.change(name, { target: { value: 'Dana O.' } });
    fireEvent.click(save);
    await screen.findByText('Saved.', {}, SLOW);
    expect(region!.isConnected).toBe(true);
    expect(region!.textContent).toBe('Saved.');

    // A change makes it untrue: the words go, the region stays for the next save.
    fireEvent.change(name, { target: { value: 'Dana Ortiz' } });
    expect(region!.isConnected).toBe(true);
    expect(region!.textContent).toBe('');
  });
});
