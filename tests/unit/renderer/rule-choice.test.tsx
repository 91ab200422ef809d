// "Where sources disagree the choice is visible and the user can override any number per
// credential" (issue 3 part 1; domain-facts §5.1): the credential detail shows which PMI
// cycle-end reading is in use, where each reading comes from, and lets the user switch to the
// other and back, saved as the credential's override.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listHeld, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };

let store: Store;
let heldId: string;
beforeEach(async () => {
  store = await openStore(freshName('rule-choice'));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15', renewals: [] },
    '2026-11-22',
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  heldId = saved.value.id;
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

function show(using: Store = store) {
  render(
    <StoreProvider store={using}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>
          <CredentialDetail heldId={heldId} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const cycleEndRow = async () => {
  const panel = await screen.findByRole('region', { name: 'The rule behind the numbers' }, SLOW);
  const row = within(panel)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith('Cycle ends'));
  if (!row) throw new Error('no "Cycle ends" row');
  return row;
};
const firstCycleEnd = () =>
  within(screen.getByRole('region', { name: 'Cycle history' })).getAllByRole('cell')[1]
    ?.textContent;

describe('the cycle-end rule in the rule panel', { timeout: 30_000 }, () => {
  it('shows the reading in use, its source and confidence, and the other reading with its source', async () => {
    show();
    const row = await cycleEndRow();
    expect(row.textContent).toContain('The day before the anniversary');
    // Its tag says the sources disagree, as the reasons under it do (never "Sources agree").
    expect(row.textContent).toContain('Sources disagree — check');
    expect(row.textContent).not.toContain('Sources agree');
    expect(row.textContent).not.toContain('Confidence B');
    expect(row.textContent).toContain('worked examples');
    expect(row.textContent).toContain('Sources disagree');
    expect(row.textContent).toContain('On the anniversary — PMI CCR wording');
    expect(firstCycleEnd()).toBe(formatDate('2028-01-14'));
  });

  it('switches to "on the anniversary" for this credential and back', async () => {
    show();
    fireEvent.click(
      within(await cycleEndRow()).getByRole('button', {
        name: 'End each cycle on the anniversary',
      }),
    );
    await waitFor(() => expect(firstCycleEnd()).toBe(formatDate('2028-01-15')), SLOW);
    expect((await listHeld(store))[0]?.overrides).toEqual({ cycleEnd: 'anniversary' });
    const row = await cycleEndRow();
    expect(row.textContent).toContain('On the anniversary');
    expect(row.textContent).toContain('Your own number');
    expect(row.textContent).toContain('Your number');
    expect(row.textContent).toContain('Catalogue’s rule');

    fireEvent.click(within(row).getByRole('button', { name: 'Back to the catalogue’s rule' }));
    await waitFor(() => expect(firstCycleEnd()).toBe(formatDate('2028-01-14')), SLOW);
    expect((await listHeld(store))[0]?.overrides).toEqual({});
    within(await cycleEndRow()).getByRole('button', { name: 'End each cycle on the anniversary' });
  });

  it('says so when the choice cannot be saved, and keeps the rule in use', async () => {
    // Read-only data (written by a newer Ascent): every write is refused.
    show({ ...store, mode: 'read-only' });
    fireEvent.click(
      within(await cycleEndRow()).getByRole('button', {
        name: 'End each cycle on the anniversary',
      }),
    );
    const alert = await within(await cycleEndRow()).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain('Nothing was saved');
    expect(alert.textContent).toContain('newer version of Ascent');
    expect((await listHeld(store))[0]?.overrides).toBeUndefined();
    expect(firstCycleEnd()).toBe(formatDate('2028-01-14'));
  });
});
