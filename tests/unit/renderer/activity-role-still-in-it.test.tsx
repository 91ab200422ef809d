// Work as a practitioner with "In the role from" filled and "In the role until" left blank
// (still in the role) is saved: the time in the role runs to the activity's completion date
// (domain-facts §1: pro-rated to the time in the role), as the until field's hint says. It is
// never refused with "Enter a real date." under the from field, which holds a real date.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const SLOW = { timeout: 5000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-role-still-in-it'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const pmp: HeldWithRule = {
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2024-01-15' },
  rule: findCredentialRule('pmp')!,
};

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[pmp]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

describe('Work as a practitioner, still in the role', TEST, () => {
  it('is saved with the time in the role running to the completion date', async () => {
    const form = showForm();
    type(form, 'Title', 'Leading the migration project');
    type(form, 'Activity type', 'work-as-practitioner');
    type(form, 'Completion date', '2025-05-10');
    type(form, 'Amount', '4');
    type(form, 'In the role from (optional)', '2025-01-01');
    expect(
      within(form).queryByText(
        'Blank if you are still in the role: the time then runs to the completion date.',
      ),
    ).not.toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () => expect(await store.db.table('activities').count()).toBe(1), SLOW);
    const [saved] = await store.db.table('activities').toArray();
    expect(saved.practitionerPeriod).toEqual({ start: '2025-01-01', end: '2025-05-10' });
    expect(screen.queryByText('Enter a real date.')).toBeNull();
  });
});
