// Experience → Add a role: an end month left empty on a role that is not ongoing is a
// choice not yet made (the last month, or Ongoing), not "a month that is not real". The
// sentence says both ways out; a month typed but not real still reads "Enter a real month."
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listRoles } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { careerErrorText } from '../../../renderer/src/features/experience/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { validateRole } from '../../../shared/domain/experience';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const NO_END =
  'Enter the last month you worked there, or tick Ongoing if you are still in this role.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-end-missing'));
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

describe('a role saved with no end month', { timeout: 30_000 }, () => {
  it('asks for the last month or Ongoing, in the summary and under the field', async () => {
    const form = show();
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    const { links } = await focusedSummary(form);
    expect(links).toContain(`End month: ${NO_END}`);
    expect(links.join('\n')).not.toContain('Enter a real month.');
    const end = within(form).getByLabelText('End month');
    const under = document.getElementById(`${end.id}-error`);
    expect(under?.textContent).toBe(NO_END);
    expect(await listRoles(store)).toEqual([]);
  });

  it('keeps “Enter a real month.” for a month typed that is not real', () => {
    const role = {
      id: 'r',
      title: 'PMO Analyst',
      organisation: 'Contoso',
      industry: 'Energy',
      start: '2024-01',
      roleTypes: ['pmo' as const],
    };
    const words = (end: string | null) =>
      validateRole({ ...role, end }, '2026-11-22').map((e) => careerErrorText(e.code));
    expect(words('')).toEqual([NO_END]);
    expect(words('2025-13')).toEqual(['Enter a real month.']);
    expect(words(null)).toEqual([]);
  });
});
