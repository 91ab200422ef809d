// Experience → Add a role: ticking "Ongoing" answers the end month, so the end month's error
// goes at once, under the field and from the error summary; the role's other errors stay until
// they are put right or the next save. (The old error stayed on screen until the next save,
// beside a field Ongoing had just switched off.)
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listRoles } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, querySummary, summaryText } from './error-summary-helpers';

const BEFORE_START =
  'The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.';
const NO_END =
  'Enter the last month you worked there, or tick Ongoing if you are still in this role.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-ongoing-end-error'));
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

const ongoing = (form: HTMLElement) =>
  within(form).getByRole('checkbox', { name: 'Ongoing (I am still in this role)' });

/** The error under the End month field, or null. */
function endError(form: HTMLElement): string | null {
  const end = within(form).getByLabelText('End month');
  return document.getElementById(`${end.id}-error`)?.textContent ?? null;
}

describe('ticking Ongoing after a save refused for the end month', { timeout: 30_000 }, () => {
  it('takes the end month’s error away at once; the others stay', async () => {
    const form = show();
    fireEvent.change(within(form).getByLabelText('Start month'), { target: { value: '2025-05' } });
    fireEvent.change(within(form).getByLabelText('End month'), { target: { value: '2025-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    const { links } = await focusedSummary(form);
    expect(links).toContain(`End month: ${BEFORE_START}`);
    expect(endError(form)).toBe(BEFORE_START);
    const others = links.filter((l) => !l?.startsWith('End month:'));
    expect(others.length).toBeGreaterThan(0);

    fireEvent.click(ongoing(form));
    expect(endError(form)).toBeNull();
    const summary = querySummary(form);
    expect(summary).not.toBeNull();
    expect(summaryText(summary!).links).toEqual(others);
    expect(within(form).getByLabelText('End month')).toHaveProperty('disabled', true);

    // Unticked again: nothing is said about the end month until the next save.
    fireEvent.click(ongoing(form));
    expect(endError(form)).toBeNull();
    expect(summaryText(querySummary(form)!).links).toEqual(others);
    expect(await listRoles(store)).toEqual([]);
  });

  it('an end month left empty: Ongoing answers it, and the summary goes with its last entry', async () => {
    const form = show();
    fireEvent.change(within(form).getByLabelText('Job title'), { target: { value: 'PMO Lead' } });
    fireEvent.change(within(form).getByLabelText('Organisation'), {
      target: { value: 'Contoso' },
    });
    fireEvent.change(within(form).getByLabelText('Industry'), { target: { value: 'Energy' } });
    fireEvent.change(within(form).getByLabelText('Start month'), { target: { value: '2025-05' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'PMO' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([`End month: ${NO_END}`]);

    fireEvent.click(ongoing(form));
    expect(endError(form)).toBeNull();
    expect(querySummary(form)).toBeNull();
  });
});
