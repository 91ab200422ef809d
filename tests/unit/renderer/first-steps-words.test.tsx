// "Your first steps" say where the person is and what they added as the rest of the app does:
// the window's title names the step screen (it still said "Welcome" after the profile was
// saved), and the credentials added are named in the Credentials screen's order (compareHeld),
// not in the order of their stored ids, a random string. Here the ids are chosen against that
// order, so the old one shows.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { FirstDay } from '../../../renderer/src/features/onboarding/FirstDay';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const asOf = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('first-steps-words'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function Root() {
  const profile = useProfile();
  if (profile === undefined) return <p>Opening your records…</p>;
  return (
    <FirstDay profile={profile} onExploreSample={() => undefined}>
      <h1>The app itself</h1>
    </FirstDay>
  );
}

async function answerProfile() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <Root />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  for (const label of ['Current rung', 'Target rung', 'Highest education']) {
    const select = (await screen.findByLabelText(label, {}, SLOW)) as HTMLSelectElement;
    fireEvent.change(select, {
      target: { value: select.options[label === 'Target rung' ? 2 : 1]!.value },
    });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Start using Ascent' }));
  await screen.findByRole('heading', { level: 1, name: 'Your first steps' }, SLOW);
}

describe('the first steps', { timeout: 20_000 }, () => {
  it('name themselves in the window title', async () => {
    document.title = 'Welcome — Ascent';
    await answerProfile();
    await waitFor(() => expect(document.title).toBe('Your first steps — Ascent'));
  });

  it('name the credentials added in the Credentials screen’s order', async () => {
    await answerProfile();
    for (const [id, credentialId, earnedDate] of [
      ['a', 'pmp', '2024-02-29'],
      ['z', 'capm', '2021-06-30'],
    ] as const) {
      const saved = await saveHeld(store, { id, credentialId, stage: 'earned', earnedDate }, asOf);
      expect(saved.ok).toBe(true);
    }
    await screen.findByText('Added: CAPM, PMP.', {}, SLOW);
  });
});
