// Experience → Add a role: the team size is a plain whole number of people. It was read with
// Number(), so "0x10" was saved as a team of 16, "1e1" as 10 and "1.000" (a thousand, written
// the European way) as 1. Only digits are read now; anything else is refused with what to type.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTeamSize } from '../../../shared/domain/experience';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listRoles } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { draftToRole, emptyRoleDraft } from '../../../renderer/src/features/experience/role-draft';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const WHOLE = 'Enter the team size as a whole number, for example 8.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-team-size'));
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

function fill(form: HTMLElement, teamSize: string) {
  const type = (label: string, value: string) =>
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  type('Job title', 'Programme Manager');
  type('Organisation', 'Contoso');
  type('Industry', 'Energy');
  type('Start month', '2022-03');
  type('End month', '2024-06');
  fireEvent.click(within(form).getByLabelText('Leading projects'));
  type('Team size (optional)', teamSize);
  fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
}

describe('the team size typed', () => {
  it.each([
    ['8', 8],
    [' 12 ', 12],
    ['0', 0],
    ['', null],
    ['  ', null],
  ])('“%s” reads as %s', (typed, size) => {
    expect(parseTeamSize(typed)).toBe(size);
  });

  it.each(['0x10', '1e1', '1.000', '1,000', '2.5', '-3', '+8', 'nine', '８'])(
    '“%s” is not read as a number',
    (typed) => {
      expect(parseTeamSize(typed)).toBeNaN();
      expect(draftToRole({ ...emptyRoleDraft, teamSize: typed }).teamSize).toBeNaN();
    },
  );
});

describe('a role’s team size on the form', { timeout: 30_000 }, () => {
  it.each(['0x10', '1e1'])('“%s” is refused, saying to type a whole number', async (typed) => {
    const form = show();
    fill(form, typed);
    const { links } = await focusedSummary(form);
    expect(links).toEqual([`Team size (optional): ${WHOLE}`]);
    const field = within(form).getByLabelText('Team size (optional)');
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(WHOLE);
    expect(await listRoles(store)).toEqual([]);
  });

  it('“16” is saved as a team of 16', async () => {
    fill(show(), '16');
    await waitFor(async () =>
      expect((await listRoles(store)).map((r) => r.teamSize)).toEqual([16]),
    );
  });
});
