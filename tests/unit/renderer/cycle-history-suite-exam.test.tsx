// PeopleCert (domain-facts §3, B): passing another exam in the suite renews a certificate. A
// renewal Ascent assumed on the day the holder passed such an exam is not shown as assumed on
// the credential page: the exam is its record. PRINCE2 Practitioner earned 10 May 2020,
// renewal assumed on 10 May 2023; PRINCE2 Agile (same suite) earned that same day.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';

let store: Store;
let heldId: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('cycle-history-suite-exam'));
  const saved = await saveHeld(
    store,
    {
      credentialId: 'prince2-practitioner',
      stage: 'earned',
      earnedDate: '2020-05-10',
      renewals: [{ date: '2023-05-10', method: 'credits', assumed: true }],
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  heldId = saved.value.id;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

/** The Status cell of the first cycle, as a user reads it. */
async function firstCycleStatus(): Promise<string> {
  const history = await screen.findByRole('region', { name: 'Cycle history' }, SLOW);
  const rows = await within(history).findAllByRole('row', {}, SLOW);
  return within(rows[1]!).getAllByRole('cell').at(-1)?.textContent ?? '';
}

describe('a PeopleCert renewal assumed on the day of another exam in the suite', () => {
  it(
    'is assumed until that exam is recorded, then shown as renewed',
    { timeout: 30_000 },
    async () => {
      render(
        <StoreProvider store={store}>
          <PlatformProvider platform={createWebPlatform('0')}>
            <UndoProvider>
              <CredentialDetail heldId={heldId} />
            </UndoProvider>
          </PlatformProvider>
        </StoreProvider>,
      );
      await waitFor(
        async () => expect(await firstCycleStatus()).toMatch(/— assumed, as you said/),
        SLOW,
      );
      expect(await firstCycleStatus()).toContain('Record the date you renewed');

      const agile = await saveHeld(
        store,
        { credentialId: 'prince2-agile', stage: 'earned', earnedDate: '2023-05-10' },
        ASOF,
      );
      if (!agile.ok) throw new Error(JSON.stringify(agile));
      await waitFor(async () => expect(await firstCycleStatus()).not.toMatch(/assumed/), SLOW);
      expect(await firstCycleStatus()).toBe('Renewed');
      const history = screen.getByRole('region', { name: 'Cycle history' });
      expect(
        within(history).queryByRole('button', { name: /Record the date you renewed/ }),
      ).toBeNull();
    },
  );
});
