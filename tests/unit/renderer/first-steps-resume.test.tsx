// "Your first steps" (credentials, then a goal) come after the profile. Until the person
// finishes or skips them, opening the app again (here: drawing it afresh on the same
// database) comes back to them, at the step they were on, instead of losing them for good.
// Focus follows the steps: the first steps' heading after "Start using Ascent", each step's
// heading, and never the page itself.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { FirstDay } from '../../../renderer/src/features/onboarding/FirstDay';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('first-steps'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** The app as App draws it: the first day, then the app itself. */
function Root() {
  const profile = useProfile();
  if (profile === undefined) return <p>Opening your records…</p>;
  return (
    <FirstDay profile={profile} onExploreSample={() => undefined}>
      <h1>The app itself</h1>
    </FirstDay>
  );
}

/** Opens the app on the test's database, as a start or a reload does. */
function open() {
  cleanup();
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <Root />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

function focused(): string {
  const el = document.activeElement;
  return !el || el === document.body
    ? '(the page)'
    : `${el.tagName.toLowerCase()}: ${el.textContent}`;
}

/** The smallest profile: the second option of each question the form needs answered. */
async function answerProfile() {
  for (const label of ['Current rung', 'Target rung', 'Highest education']) {
    const select = (await screen.findByLabelText(label, {}, SLOW)) as HTMLSelectElement;
    fireEvent.change(select, {
      target: { value: select.options[label === 'Target rung' ? 2 : 1]!.value },
    });
  }
  const start = screen.getByRole('button', { name: 'Start using Ascent' });
  start.focus();
  fireEvent.click(start);
}

describe('the first steps after the profile', { timeout: 20_000 }, () => {
  it('come back after a reload, at the step reached, until skipped', async () => {
    open();
    await answerProfile();
    const title = await screen.findByRole('heading', { level: 1, name: 'Your first steps' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(title));

    // Reloaded on the credentials step: still there.
    open();
    expect(
      await screen.findByRole('heading', { name: 'Credentials you hold or are aiming for' }, SLOW),
    ).toBeDefined();
    const skip = screen.getByRole('button', { name: 'Skip: your next goal' });
    skip.focus();
    fireEvent.click(skip);
    await waitFor(() => expect(focused()).toBe('h2: Your next goal'));

    // Reloaded on the goal step: back on the goal step.
    open();
    expect(await screen.findByRole('heading', { name: 'Your next goal' }, SLOW)).toBeDefined();
    expect(
      screen.queryByRole('heading', { name: 'Credentials you hold or are aiming for' }),
    ).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Skip and open my dashboard' }));
    expect(await screen.findByRole('heading', { name: 'The app itself' }, SLOW)).toBeDefined();

    // Skipped: from now on the app opens as usual.
    open();
    expect(await screen.findByRole('heading', { name: 'The app itself' }, SLOW)).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Your first steps' })).toBeNull();
  });

  it('are not offered to someone whose profile was made before (no first day on record)', async () => {
    open();
    await answerProfile();
    await screen.findByRole('heading', { level: 1, name: 'Your first steps' }, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Skip: your next goal' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Skip and open my dashboard' }, SLOW),
    );
    await screen.findByRole('heading', { name: 'The app itself' }, SLOW);
    localStorage.clear();
    open();
    expect(await screen.findByRole('heading', { name: 'The app itself' }, SLOW)).toBeDefined();
  });
});

describe('a backup restored from the welcome instead', { timeout: 20_000 }, () => {
  it('opens on the app, not on first steps never started, also after a reload', async () => {
    open();
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Ascent' }, SLOW);
    // What a restore from the welcome leaves: a profile of the backup's, no "Start using Ascent".
    await saveProfile(store, {
      name: 'Ana',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
    });
    expect(await screen.findByRole('heading', { name: 'The app itself' }, SLOW)).toBeDefined();
    open();
    expect(await screen.findByRole('heading', { name: 'The app itself' }, SLOW)).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Your first steps' })).toBeNull();
  });
});
