/**
 * A 20-year career kept every expired credential on the Credentials screen among the ones being
 * worked on. Expired ones are now listed after the others under "No longer held (n)", closed
 * until opened; suspended ones stay with the others. Focus meant for an expired credential's
 * card (after adding it, after Undo of its delete) opens the group first, so it is not lost.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  deleteHeld,
  restoreHeld,
  saveHeld,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };
const ASOF = '2026-11-22';

const PMP = 'PMP — Project Management Professional';
const CSM = 'CSM — Certified ScrumMaster';
const CBAP = 'CBAP — Certified Business Analysis Professional';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('no-longer-held'));
});
afterEach(async () => {
  // Whether the group was left open is kept for the session: each test starts closed.
  sessionStorage.clear();
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function earned(credentialId: string, earnedDate: string): Promise<string> {
  const saved = await saveHeld(store, { credentialId, stage: 'earned', earnedDate }, ASOF);
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.value.id;
}

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <CredentialsScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const group = (count: number) =>
  screen.findByRole('region', { name: `No longer held (${count})` }, SLOW);
const details = (region: HTMLElement) => region.querySelector('details')!;
const card = (name: string) => screen.getByRole('article', { name });
/** The words of what has the focus: a card's link reads as the credential's name. */
const focusedText = () => document.activeElement?.textContent ?? '(nothing)';

describe('expired credentials on the Credentials screen', TEST, () => {
  it('are listed apart under a closed "No longer held"; active and suspended ones are not', async () => {
    await earned('pmp', '2010-01-15'); // expired since 15 Jan 2014
    await earned('csm', '2025-06-01'); // active to 31 May 2027
    await earned('cbap', '2023-01-10'); // cycle ended 9 Jan 2026: suspended
    show();
    const lapsed = await group(1);

    expect(lapsed.querySelector('summary')!.textContent).toBe('1 expired credential: PMP');
    expect(details(lapsed).open).toBe(false);
    // Still a whole card once opened: its status and its link to its page.
    const pmp = within(details(lapsed)).getByRole('article', { name: PMP });
    expect(pmp.querySelector('.pill')!.textContent).toBe('Expired');
    expect(within(pmp).getByRole('link', { name: PMP }).getAttribute('href')).toMatch(
      /^#\/credentials\/.+/,
    );

    expect(lapsed.contains(card(CSM))).toBe(false);
    expect(card(CSM).querySelector('.pill')!.textContent).toBe('Active');
    expect(lapsed.contains(card(CBAP))).toBe(false);
    expect(card(CBAP).querySelector('.pill')!.textContent).toBe('Suspended');
    // After the others, in the page's order.
    const order = card(CSM).compareDocumentPosition(lapsed);
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('names them all, the most recently expired first', async () => {
    await earned('pmp', '2010-01-15'); // expired since 15 Jan 2014
    await earned('csm', '2022-01-15'); // expired since 15 Jan 2024
    show();
    const lapsed = await group(2);
    expect(lapsed.querySelector('summary')!.textContent).toBe('2 expired credentials: CSM and PMP');
    expect(
      within(lapsed)
        .getAllByRole('article')
        .map((a) => a.querySelector('h2')!.textContent),
    ).toEqual([CSM, PMP]);
  });

  it('a credential put back (Undo) into the closed group opens it and takes the focus', async () => {
    const pmpId = await earned('pmp', '2010-01-15');
    await earned('csm', '2025-06-01');
    show();
    await group(1);
    const row = await deleteHeld(store, pmpId);
    await waitFor(
      () => expect(screen.queryByRole('region', { name: /No longer held/ })).toBeNull(),
      SLOW,
    );
    await restoreHeld(store, row!);
    const lapsed = await group(1);
    await waitFor(() => expect(focusedText()).toBe(PMP), SLOW);
    expect(details(lapsed).open).toBe(true);
    expect(details(lapsed).contains(document.activeElement)).toBe(true);
  });

  it('an expired credential just added opens the group and its card has the focus', async () => {
    await earned('csm', '2025-06-01');
    show();
    const add = await screen.findByRole('button', { name: 'Add a credential' }, SLOW);
    add.focus();
    fireEvent.click(add);
    const form = screen.getByRole('form', { name: 'Add a credential' });
    fireEvent.change(within(form).getByLabelText('Credential'), { target: { value: 'pmp' } });
    fireEvent.change(within(form).getByLabelText('Earned on (certification date)'), {
      target: { value: '2010-01-15' },
    });
    fireEvent.click(
      await within(form).findByRole(
        'radio',
        { name: 'Not renewed every cycle: I will record my renewals myself' },
        SLOW,
      ),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    const lapsed = await group(1);
    await waitFor(() => expect(focusedText()).toBe(PMP), SLOW);
    expect(details(lapsed).open).toBe(true);
    expect(lapsed.querySelector('summary')!.textContent).toBe('1 expired credential: PMP');
  });
});
