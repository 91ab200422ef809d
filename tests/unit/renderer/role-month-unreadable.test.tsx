// Experience → Add a role: a start or end month half typed. Chromium's month field then holds
// no value at all, only `validity.badInput`, so the form read it as left empty and said "This
// is needed." of a field the user had typed in. It says the month is not complete instead, as
// the goal form says of a date half typed, and saves nothing. An end month left empty on an
// ongoing role is still no problem. jsdom has no month field of its own: the field's validity
// is set as Chromium sets it. Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listRoles } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const NOT_COMPLETE = 'This month is not complete. Enter a full month: month and year.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-month-unreadable'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

/** What Chromium's month field holds once a month is half typed into it. */
function typeHalfMonth(input: HTMLElement) {
  fireEvent.change(input, { target: { value: '' } });
  Object.defineProperty(input, 'validity', {
    configurable: true,
    value: { badInput: true, valid: false },
  });
}

function showRoleForm(onDone: () => void = () => undefined) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <RoleForm onDone={onDone} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const form = screen.getByRole('form', { name: 'Add a role' });
  type(within(form).getByLabelText('Job title'), 'Project Manager');
  type(within(form).getByLabelText('Organisation'), 'Contoso');
  type(within(form).getByLabelText('Industry'), 'Healthcare');
  fireEvent.click(within(form).getByLabelText('Agile'));
  return form;
}

/** The texts the field is described by: its hint and its error. */
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent);

describe('a role month half typed', { timeout: 30_000 }, () => {
  it('the start month: said not complete at the field and in the summary; nothing saved', async () => {
    const form = showRoleForm();
    const start = within(form).getByLabelText('Start month');
    typeHalfMonth(start);
    fireEvent.click(within(form).getByLabelText('Ongoing (I am still in this role)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    expect((await focusedSummary(form)).links).toEqual([`Start month: ${NOT_COMPLETE}`]);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(start)).toContain(NOT_COMPLETE);
    expect(await listRoles(store)).toEqual([]);
  });

  it('the end month: said not complete, not as an end month left to choose', async () => {
    const form = showRoleForm();
    type(within(form).getByLabelText('Start month'), '2023-05');
    const end = within(form).getByLabelText('End month');
    typeHalfMonth(end);
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    expect((await focusedSummary(form)).links).toEqual([`End month: ${NOT_COMPLETE}`]);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(end)).toContain(NOT_COMPLETE);
    expect(await listRoles(store)).toEqual([]);
  });

  it('an ongoing role’s end month (no month: half typed before Ongoing was ticked) saves', async () => {
    let done = 0;
    const form = showRoleForm(() => (done += 1));
    type(within(form).getByLabelText('Start month'), '2023-05');
    typeHalfMonth(within(form).getByLabelText('End month'));
    fireEvent.click(within(form).getByLabelText('Ongoing (I am still in this role)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(() => expect(done).toBe(1), SLOW);
    expect((await listRoles(store)).map((r) => [r.start, r.end])).toEqual([['2023-05', null]]);
  });
});
