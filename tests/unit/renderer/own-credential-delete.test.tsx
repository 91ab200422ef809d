// Credentials of the user's own, deleted and named (README, "Your own credentials are ladder
// credentials too"): a definition nobody holds is deleted from the Credentials screen with
// Undo; one still held is refused, naming the held credential to delete first (the rule in
// deleteCustom's doc comment); a goal's target names it as the ladder does. jsdom joins a
// button's hidden words without a space, so buttons are found by their first words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan, type Requirement } from '../../../shared/catalog/ladder-requirements';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import {
  listCustom,
  listHeld,
  saveCustom,
  saveHeld,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

// Waits for the screen's first answers: generous, as several suites share two CPUs in CI (it
// once ran out at 5 s there); a test that really hangs still fails at TEST's limit.
const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;
let chppId: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('own-credential-delete'));
  const own = await saveCustom(store, {
    body: 'APM',
    acronym: 'ChPP',
    name: 'Chartered Project Professional',
    unit: 'CPD',
    cycleMonths: 12,
    total: 35,
    categories: [],
  });
  if (!own.ok) throw new Error('custom credential not saved');
  chppId = own.value.id;
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show(screenElement: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{screenElement}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const definitions = () =>
  screen.findByRole('region', { name: 'Your own credential definitions' }, SLOW);
const deleteButton = (list: HTMLElement) =>
  within(list).getByRole('button', { name: /^Delete definition/ });

describe('deleting a credential definition of your own', TEST, () => {
  it('is listed, deleted with Undo, and put back by Undo', async () => {
    show(<CredentialsScreen />);
    const list = await definitions();
    expect(list.textContent).toContain('ChPP — Chartered Project Professional (APM): 35 CPD');
    fireEvent.click(deleteButton(list));

    const toast = await screen.findByText('Definition of ChPP deleted.', undefined, SLOW);
    expect(await listCustom(store)).toEqual([]);
    await waitFor(
      () => expect(screen.queryByRole('region', { name: /own credential definitions/ })).toBeNull(),
      SLOW,
    );

    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    const back = await definitions();
    expect(back.textContent).toContain('ChPP — Chartered Project Professional');
    expect((await listCustom(store)).map((c) => c.id)).toEqual([chppId]);
  });

  it('still held, it is refused and names the credential to delete first', async () => {
    const held = await saveHeld(
      store,
      { credentialId: chppId, stage: 'earned', earnedDate: '2026-06-01' },
      '2026-11-22',
    );
    if (!held.ok) throw new Error('not held');
    show(<CredentialsScreen />);
    const list = await definitions();
    fireEvent.click(deleteButton(list));

    const alert = await within(list).findByRole('alert', undefined, SLOW);
    expect(alert.textContent).toBe(
      'ChPP is still in your credentials, so its definition was not deleted. Delete it there first, then its definition: open ChPP (earned).',
    );
    expect(
      within(alert).getByRole('link', { name: 'open ChPP (earned)' }).getAttribute('href'),
    ).toBe(`#/credentials/${held.value.id}`);
    expect(screen.queryByText(/Definition of ChPP deleted/)).toBeNull();
    expect(await listCustom(store)).toHaveLength(1);
    expect(await listHeld(store)).toHaveLength(1);
  });
});

describe('a goal aimed at a requirement naming your own credential', TEST, () => {
  const requirement: Requirement = {
    id: 'own-cred',
    kind: 'credential',
    anyOf: [],
    count: 1,
    standing: 'good',
    priority: 'essential',
    basis: { source: 'Added by you' },
    origin: 'user',
  } as Requirement;

  async function directorNeeds(anyOf: string[]) {
    const plan = defaultLadderPlan();
    await saveLadderPlan(store, {
      ...plan,
      rungs: plan.rungs.map((r) =>
        r.id === 'pmo-director'
          ? { ...r, requirements: [...r.requirements, { ...requirement, anyOf } as Requirement] }
          : r,
      ),
    });
  }

  const requirementOptions = async () => {
    const form = await screen.findByRole('form', { name: 'Add a goal' }, SLOW);
    fireEvent.click(within(form).getByLabelText('A requirement on my ladder'));
    const select = within(form).getByLabelText('Ladder requirement');
    return () =>
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent);
  };

  it('names it as the ladder does, and a deleted one plainly', async () => {
    await directorNeeds([chppId]);
    show(<GoalsScreen rest={['new']} />);
    const options = await requirementOptions();
    await waitFor(() => expect(options()).toContain('Hold ChPP'), SLOW);
    expect(options()).not.toContain('Hold a credential of your own');

    await store.db.table('customCredentials').delete(chppId);
    await waitFor(() => expect(options()).toContain('Hold a deleted credential of your own'), SLOW);
  });

  it('offers your own credentials to count, by name', async () => {
    show(<GoalsScreen rest={['new']} />);
    const form = await screen.findByRole('form', { name: 'Add a goal' }, SLOW);
    const which = () =>
      within(within(form).getByLabelText('Which credential'))
        .getAllByRole('option')
        .map((o) => o.textContent);
    await waitFor(() => expect(which()).toContain('ChPP (your own)'), SLOW);
    expect(which()).toContain('PMP');
  });
});
