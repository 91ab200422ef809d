// A course logged while PMI-ACP was held keeps its "Ways of Working hours for PMI-ACP". Once
// PMI-ACP is no longer held, the form drew no field for it, yet the save still checked it
// against the split: moving Ways of Working hours to Power Skills was refused with "Ways of
// Working hours for pmi-acp: At most 2 hours …", an entry that went nowhere, and the course could
// not be saved. The figure is now shown, named by its acronym and said to count for nothing,
// so it can be cleared (or kept within the split).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getActivity, type ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-11-22';
const STAMP = '2026-11-01T09:00:00.000Z';
const FIELD = 'Ways of Working hours for PMI-ACP';

let store: Store;
beforeEach(async () => {
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  window.location.hash = '#/credit-log/course-1';
  store = await openStore(freshName('activity-allocation-not-held'));
  await store.db.table('activities').put(stored);
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

// PMP still held; PMI-ACP, held when the course was logged, since deleted.
const pmp: HeldWithRule = {
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
  rule: findCredentialRule('pmp')!,
};

const stored: ActivityRow = {
  id: 'course-1',
  title: 'Agile estimation course',
  type: 'course-or-training',
  date: '2026-10-01',
  amount: 6,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: 4, powerSkills: 2, businessAcumen: 0 },
  waysOfWorkingFor: { 'pmi-acp': 4 },
  createdAt: STAMP,
  updatedAt: STAMP,
};

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={stored} held={[pmp]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Edit activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** Moves two of the Ways of Working hours to Power Skills. */
function moveTwoHours(form: HTMLElement) {
  type(form, 'Ways of Working', '2');
  type(form, 'Power Skills', '4');
}

describe('Ways of Working allocated to a credential no longer held', { timeout: 30_000 }, () => {
  it('is shown, named by its acronym, and says it counts for nothing', () => {
    const form = showForm();
    const field = within(form).getByLabelText(FIELD) as HTMLInputElement;
    expect(field.value).toBe('4');
    const hint = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe(
      'PMI-ACP is not among your earned credentials now, so this counts for none of them. Clear it if it no longer applies.',
    );
  });

  it('a refusal about it goes to its field, which can be cleared, and the course saved', async () => {
    const form = showForm();
    moveTwoHours(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const entry = await within(form).findByRole('button', {
      name: `${FIELD}: At most 2 hours of Ways of Working can be allocated.`,
    });
    fireEvent.click(entry);
    const field = within(form).getByLabelText(FIELD);
    expect(document.activeElement).toBe(field);

    fireEvent.change(field, { target: { value: '' } });
    // Emptied, the field stays where it was, with focus.
    expect(within(form).getByLabelText(FIELD)).toBe(field);
    expect(document.activeElement).toBe(field);
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    });
    await waitFor(async () => {
      const saved = await getActivity(store, 'course-1');
      expect(saved?.split).toEqual({ waysOfWorking: 2, powerSkills: 4, businessAcumen: 0 });
      expect(saved?.waysOfWorkingFor).toBeUndefined();
    });
  });
});
