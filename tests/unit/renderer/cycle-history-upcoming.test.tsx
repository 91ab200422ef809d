/**
 * A renewal recorded early opens the next cycle on its own start date, years away: PMP earned
 * 29 Feb 2024, renewed 5 Mar 2024, so cycle 2 runs from 1 Mar 2027. Until then Cycle history
 * says when it starts instead of rating it "On track", and the page's Current cycle is still
 * cycle 1.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2024-03-10';
const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2024, 2, 10, 9, 0));
  store = await openStore(freshName('cycle-history-upcoming'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function showPmp() {
  const saved = await saveHeld(
    store,
    {
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2024-02-29',
      renewals: [{ date: '2024-03-05', method: 'credits' }],
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>
          <main>
            <CredentialDetail heldId={saved.value.id} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.findByRole('region', { name: 'Cycle history' }, SLOW);
}

describe('Cycle history with a cycle not started yet', { timeout: 30_000 }, () => {
  it('says when the next cycle starts rather than "On track"', async () => {
    const history = await showPmp();
    const rows = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        text(within(r).getByRole('rowheader')),
        ...within(r).getAllByRole('cell').map(text),
      ]);
    expect(rows.at(-1)).toEqual([
      '2',
      day('2027-03-01'),
      day('2030-02-28'),
      '0 of 60',
      `Starts ${day('2027-03-01')}`,
    ]);
    expect(text(history)).not.toContain('On track');
  });

  it('keeps cycle 1 as the current cycle, and says when cycle 2 starts', async () => {
    await showPmp();
    const current = screen.getByRole('region', { name: 'Current cycle' });
    expect(text(current)).toContain(`Cycle 1: ${day('2024-02-29')} – ${day('2027-02-28')}`);
    expect(text(current)).toContain(
      `Renewed on ${day('2024-03-05')}. Cycle 2 starts on ${day('2027-03-01')}.`,
    );
  });
});
