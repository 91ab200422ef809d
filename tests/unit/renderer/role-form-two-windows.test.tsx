// A role's edit form while the same role is changed or deleted in another window (a second
// tab on the same database: here, a write straight through the repository), as the goal form
// does it (goal-form-two-windows.test.tsx). The form says so, keeps what was typed, and only a
// save after that replaces the other change or puts the role back; a change not yet seen by
// the form is refused by the repository and said. The clock is frozen, so every save carries
// the same timestamp, as in the e2e tests (review H: Save used to put a deleted role back unseen).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  deleteRole,
  listRoles,
  saveRole,
  type RoleRow,
} from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ExperienceScreen } from '../../../renderer/src/features/experience/ExperienceScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const CHANGED = 'This role was changed in another window after you opened this form.';
const DELETED = 'This role was deleted in another window after you opened this form.';

let store: Store;
let role: RoleRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('role-two-windows'));
  const saved = await saveRole(
    store,
    {
      title: 'PMO Analyst',
      organisation: 'Contoso',
      industry: 'Energy',
      start: '2020-01',
      end: '2022-12',
      roleTypes: ['pmo'],
    },
    ASOF,
  );
  if (!saved.ok) throw new Error('not saved');
  role = saved.value;
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** Opens the role's edit form and types a new job title into it. */
async function openAndType() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ExperienceScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Edit PMO Analyst' }, SLOW));
  const form = await screen.findByRole('form', { name: 'Edit role' }, SLOW);
  fireEvent.change(within(form).getByLabelText('Job title'), { target: { value: 'PMO Lead' } });
  return form;
}

const alerts = (form: HTMLElement) =>
  within(form)
    .queryAllByRole('alert')
    .map((a) => a.textContent ?? '');
const stored = async () => (await store.db.table('roles').get(role.id)) as RoleRow | undefined;
const closed = () =>
  waitFor(() => expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull(), SLOW);

describe('a role edited here and deleted in another window', { timeout: 30_000 }, () => {
  it('says so, keeps what was typed, and Cancel leaves it deleted', async () => {
    const form = await openAndType();
    await deleteRole(store, role.id);
    await waitFor(() => expect(alerts(form).join()).toContain(DELETED), SLOW);
    expect(within(form).getByLabelText('Job title')).toHaveProperty('value', 'PMO Lead');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await closed();
    expect(await listRoles(store)).toEqual([]);
  });

  it('is put back only by a save after the form said so', async () => {
    const form = await openAndType();
    await deleteRole(store, role.id);
    await waitFor(() => expect(alerts(form).join()).toContain(DELETED), SLOW);
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await closed();
    expect(await stored()).toMatchObject({ title: 'PMO Lead', organisation: 'Contoso' });
  });

  it('is never put back by a save made before the form knew of the delete', async () => {
    const form = await openAndType();
    // The delete is under way as Save is clicked, before the form can have heard of it: the
    // repository checks in the save's own transaction (ifStill) and refuses; the form says why.
    const gone = store.db.table('roles').delete(role.id);
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await gone;
    await waitFor(() => expect(alerts(form).join()).toContain(DELETED), SLOW);
    expect(await stored()).toBeUndefined();
  });
});

describe('a role edited here and changed in another window', { timeout: 30_000 }, () => {
  it('says so, keeps what was typed, and a save then replaces the other change', async () => {
    const form = await openAndType();
    const elsewhere = await saveRole(store, { ...role, industry: 'Utilities' }, ASOF);
    expect(elsewhere.ok).toBe(true);
    await waitFor(() => expect(alerts(form).join()).toContain(CHANGED), SLOW);
    expect(within(form).getByLabelText('Job title')).toHaveProperty('value', 'PMO Lead');
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await closed();
    expect(await stored()).toMatchObject({ title: 'PMO Lead', industry: 'Energy' });
  });

  it('a role nobody else touched saves at once, with no warning', async () => {
    const form = await openAndType();
    expect(alerts(form)).toEqual([]);
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await closed();
    expect(await stored()).toMatchObject({ title: 'PMO Lead' });
  });
});

describe('saveRole with ifStill (the repository’s own check)', { timeout: 20_000 }, () => {
  it('refuses, writing nothing, once the role was changed or deleted since', async () => {
    const changed = await saveRole(store, { ...role, industry: 'Utilities' }, ASOF);
    if (!changed.ok) throw new Error('not saved');
    expect(await saveRole(store, { ...role, title: 'PMO Lead' }, ASOF, role)).toEqual({
      ok: false,
      errors: [],
      conflict: 'CHANGED',
    });
    expect(await stored()).toMatchObject({ title: 'PMO Analyst', industry: 'Utilities' });
    await deleteRole(store, role.id);
    expect(await saveRole(store, { ...role, title: 'PMO Lead' }, ASOF, changed.value)).toEqual({
      ok: false,
      errors: [],
      conflict: 'DELETED',
    });
    expect(await stored()).toBeUndefined();
  });
});
