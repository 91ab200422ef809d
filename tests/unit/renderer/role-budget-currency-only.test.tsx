// Experience → Add a role: a budget currency typed with no amount was dropped and the role saved
// with no budget and no message (reviewer's finding). The form now asks, at the budget field,
// for the amount or an empty currency, with the role's other problems, and saves nothing.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listRoles } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { getSummary, summaryText } from './error-summary-helpers';

const MISSING = 'Enter the budget amount, or clear the currency.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-currency-only'));
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

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

function fillRole(form: HTMLElement) {
  type(form, 'Job title', 'Programme Manager');
  type(form, 'Organisation', 'Contoso');
  type(form, 'Industry', 'Energy');
  type(form, 'Start month', '2022-03');
  type(form, 'End month', '2024-06');
  fireEvent.click(within(form).getByLabelText('Leading projects'));
}

const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
const budgetMessage = (form: HTMLElement) => {
  const field = within(form).getByLabelText('Budget (optional)');
  return document.getElementById(`${field.id}-error`)?.textContent;
};

describe('a budget currency with no amount', { timeout: 30_000 }, () => {
  it('is refused at the budget field, and nothing is saved', async () => {
    const form = show();
    fillRole(form);
    type(form, 'Budget currency', 'EUR');
    save(form);
    const { links } = summaryText(await waitFor(() => getSummary(form)));
    expect(links).toEqual([`Budget (optional): ${MISSING}`]);
    expect(budgetMessage(form)).toBe(MISSING);
    expect(await listRoles(store)).toEqual([]);
  });

  it('is said with the role’s other problems, all at once', async () => {
    const form = show();
    type(form, 'Budget currency', 'EUR');
    save(form);
    const { links } = summaryText(await waitFor(() => getSummary(form)));
    expect(links).toContain(`Budget (optional): ${MISSING}`);
    expect(links).toContain('Job title: This is needed.');
    expect(await listRoles(store)).toEqual([]);
  });

  it('saves once the currency is cleared, with no budget', async () => {
    const form = show();
    fillRole(form);
    type(form, 'Budget currency', 'EUR');
    save(form);
    await waitFor(() => expect(budgetMessage(form)).toBe(MISSING));
    type(form, 'Budget currency', '');
    save(form);
    await waitFor(async () =>
      expect((await listRoles(store)).map((r) => r.budget)).toEqual([null]),
    );
  });
});
