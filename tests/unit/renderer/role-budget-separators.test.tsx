// Experience → Add a role: a budget typed with thousands separators ("1,000,000", "1 000 000")
// is a whole amount and is saved as one; an amount the form cannot read says what to type,
// never "Enter a number, for example 1.5." (a budget has no decimals to give an example of).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listRoles } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import {
  draftToRole,
  emptyRoleDraft,
  roleToDraft,
} from '../../../renderer/src/features/experience/role-draft';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const WHOLE = 'Enter the budget as a whole number, for example 250000.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-budget'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <RoleForm onDone={() => undefined} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Add a role' });
}

function fill(form: HTMLElement, budget: string) {
  const type = (label: string, value: string) =>
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  type('Job title', 'Programme Manager');
  type('Organisation', 'Contoso');
  type('Industry', 'Energy');
  type('Start month', '2022-03');
  type('End month', '2024-06');
  fireEvent.click(within(form).getByLabelText('Leading projects'));
  type('Budget (optional)', budget);
  type('Budget currency', 'EUR');
  fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
}

describe('a role’s budget', { timeout: 30_000 }, () => {
  it.each([
    ['1,000,000', 1_000_000],
    ['1 000 000', 1_000_000],
    ["1'000'000", 1_000_000],
    ['250,000', 250_000],
  ])('“%s” is saved as %s', async (typed, amount) => {
    fill(show(), typed);
    await waitFor(async () =>
      expect((await listRoles(store)).map((r) => r.budget)).toEqual([{ amount, currency: 'EUR' }]),
    );
  });

  it.each(['1,000 000', '1500.50', '10,00'])(
    '“%s” is refused, saying to type a whole number',
    async (typed) => {
      const form = show();
      expect(
        within(form).getByText('A whole amount: 250000, 250,000 and 250 000 all work.'),
      ).not.toBeNull();
      fill(form, typed);
      const { links } = await focusedSummary(form);
      expect(links).toEqual([`Budget (optional): ${WHOLE}`]);
      const field = within(form).getByLabelText('Budget (optional)');
      expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(WHOLE);
      expect(within(form).queryByText('Enter a number, for example 1.5.')).toBeNull();
      expect(await listRoles(store)).toEqual([]);
    },
  );

  it('reads back as plain digits when the role is edited', () => {
    const role = draftToRole({
      ...emptyRoleDraft,
      title: 'PM',
      organisation: 'Contoso',
      industry: 'Energy',
      start: '2022-03',
      ongoing: true,
      roleTypes: ['pmo'],
      budgetAmount: '1 000 000',
      budgetCurrency: 'eur',
    });
    expect(role.budget).toEqual({ amount: 1_000_000, currency: 'EUR' });
    expect(roleToDraft({ ...role, id: 'r' }).budgetAmount).toBe('1000000');
  });
});
