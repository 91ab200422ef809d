import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import type { StudySessionRow } from '../../../renderer/src/db/repositories/study-log';
import { SessionList } from '../../../renderer/src/features/study/SessionList';
import { freshName } from '../../db/helpers';

/**
 * Study → credits (issue 7 part 6): "Claim as credit" is offered only when a held, earned
 * credential would take the session on its date; otherwise the row says why; a session whose
 * entry is in the credit log says so, and is offered again once that entry is gone.
 */
let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
  store = await openStore(freshName('claims'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const session: StudySessionRow = {
  id: 's1',
  planId: null,
  date: '2026-11-20',
  minutes: 90,
  topic: 'Agile book',
  source: 'manual',
  activityId: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const pmp = (earnedDate: string): HeldWithRule => ({
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate },
  rule: findCredentialRule('pmp')!,
});
const fromSession = { id: 'a1', sourceId: 's1' } as ActivityRow;

function list(held: HeldWithRule[], activities: ActivityRow[] = []) {
  return render(
    <StoreProvider store={store}>
      <UndoProvider>
        <SessionList sessions={[session]} plans={[]} held={held} activities={activities} />
      </UndoProvider>
    </StoreProvider>,
  );
}
const row = () => screen.getByRole('row', { name: /Agile book/ });

describe('claiming study time as credit', () => {
  it('names the session on its Delete button, as on its Claim button', () => {
    list([]);
    const buttons = within(row()).getAllByRole('button');
    const remove = buttons.find((b) => b.textContent?.startsWith('Delete'));
    expect(remove?.textContent).toMatch(/^Delete\s*from .+, Agile book$/);
  });

  it('is not offered without an earned credential, and says why', () => {
    list([]);
    expect(within(row()).queryByRole('button', { name: /^Claim as credit/ })).toBeNull();
    expect(row().textContent).toContain('No earned credential to claim it for');
  });

  it('is not offered when the credential was earned after the session', () => {
    list([pmp('2026-11-21')]);
    expect(within(row()).queryByRole('button', { name: /^Claim as credit/ })).toBeNull();
    expect(row().textContent).toContain('No credential you hold accepts study on');
    expect(row().textContent).toContain('PMP: Earned before the certification date');
  });

  it('is offered when PMP takes it, and the form says which credentials count it', () => {
    list([pmp('2025-01-15')]);
    fireEvent.click(within(row()).getByRole('button', { name: /^Claim as credit/ }));
    const form = within(row()).getByRole('group', { name: 'Claim as credit' });
    expect(form.textContent).toContain('Counts for PMP.');
    expect(within(form).getByRole('button', { name: 'Add 1.5 h' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('shows a claimed session as in the credit log, and offers it again once the entry is gone', () => {
    const view = list([pmp('2025-01-15')], [fromSession]);
    expect(row().textContent).toContain('In the credit log');
    view.rerender(
      <StoreProvider store={store}>
        <UndoProvider>
          <SessionList sessions={[session]} plans={[]} held={[pmp('2025-01-15')]} activities={[]} />
        </UndoProvider>
      </StoreProvider>,
    );
    expect(within(row()).queryByRole('button', { name: /^Claim as credit/ })).not.toBeNull();
    expect(row().textContent).not.toContain('In the credit log');
  });
});

// Keyboard and screen-reader use (WCAG 2.4.3, 2.4.6): the form takes the place of the button,
// so the focus moves into it and comes back when it closes; each row's button says which
// session it claims.
describe('the claim form and the focus', () => {
  const claimButton = () => within(row()).getByRole('button', { name: /^Claim as credit/ });
  function open() {
    claimButton().focus();
    fireEvent.click(claimButton());
    return within(row()).getByRole('group', { name: 'Claim as credit' });
  }

  it('names the session on each row’s button', () => {
    list([pmp('2025-01-15')]);
    const date = formatDate('2026-11-20');
    expect(
      within(row()).getByRole('button', {
        name: (n) =>
          n.startsWith('Claim as credit') && n.includes(date) && n.endsWith('Agile book'),
      }),
    ).toBeDefined();
  });

  it('moves the focus to the form’s first field when it opens', async () => {
    list([pmp('2025-01-15')]);
    const form = open();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Activity type')),
    );
  });

  it('gives the focus back to the row’s button after Cancel', async () => {
    list([pmp('2025-01-15')]);
    const form = open();
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(claimButton()));
  });

  it('moves the focus to the message saying what was added after a claim', async () => {
    await store.db.table('studySessions').put(session);
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15', renewals: [] },
      '2026-11-22',
    );
    if (!saved.ok) throw new Error('credential not saved');
    list([pmp('2025-01-15')]);
    const form = open();
    fireEvent.click(within(form).getByRole('button', { name: 'Add 1.5 h' }));
    const added = () =>
      screen
        .getAllByRole('status')
        .find((s) => s.textContent?.includes('Added 1.5 h to the credit log'));
    await waitFor(() => expect(added()).toBeDefined());
    await waitFor(() => expect(document.activeElement).toBe(added()));
  });

  it('gives the focus back to the row’s button when the claim is refused', async () => {
    list([pmp('2025-01-15')]); // the session is not in the database: nothing can be added
    const form = open();
    fireEvent.click(within(form).getByRole('button', { name: 'Add 1.5 h' }));
    await waitFor(() => expect(row().textContent).not.toContain('Add 1.5 h'));
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.includes('could not be added')),
    ).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(claimButton()));
  });

  it('says so when the store refuses the claim, and keeps the form’s row usable', async () => {
    list([pmp('2025-01-15')]);
    const form = open();
    store.db.close(); // the store fails on write, as with a vanished database
    fireEvent.click(within(form).getByRole('button', { name: 'Add 1.5 h' }));
    await waitFor(() => expect(row().textContent).not.toContain('Add 1.5 h'));
    const said = screen.getAllByRole('status').map((s) => s.textContent ?? '');
    expect(said.some((t) => t.startsWith('Nothing was saved'))).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(claimButton()));
  });
});
