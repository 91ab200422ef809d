// A PMP holder who never typed contact hours saw the Project Manager rung ask for "35 hours of
// PM education" (Not known yet) and "Enter your PM education contact hours" — hours the PMP
// exam itself required (domain-facts §2). The row is now met, and says by which credential.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-12-05';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 9, 0)); // 5 Dec 2026
  store = await openStore(freshName('rung-hours-shown'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung: 'pmo-analyst',
    targetRung: 'project-manager',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-03-01' },
    ASOF,
  );
  if (!held.ok) throw new Error(JSON.stringify(held.errors));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .slice(1, 5)
    .map((c) => c.textContent);

describe('PM education hours on a rung, for a PMP holder', { timeout: 30_000 }, () => {
  it('is met by the PMP, and the next actions do not ask for the hours', async () => {
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LadderScreen rest={[]} />
        </UndoProvider>
      </StoreProvider>,
    );
    const actions = await screen.findByRole('list', { name: /^Next best actions for/ }, SLOW);
    // Contact hours are still asked for an exam the PMP does not cover (PMI-ACP's agile hours).
    const asks = within(actions)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
      .filter((t) => /contact hours|management training/i.test(t) && !t.includes('PMI-ACP'));
    expect(asks).toEqual([]);
    cleanup();
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LadderScreen rest={['project-manager']} />
        </UndoProvider>
      </StoreProvider>,
    );
    const row = await screen.findByRole('row', { name: /^35 hours of/ }, SLOW);
    expect(cellsOf(row)).toEqual([
      'Met: your PMP counts as 35 hours of PM education',
      '35 hours',
      '35 hours',
      '—',
    ]);
  });
});
