// An activity opened, a figure typed in a field and deleted again, or a per-credential claim
// status changed and set back, is unchanged: Cancel goes back without "Discard your changes?".
// It asked, because an emptied "Ways of Working hours for …" stayed in the draft as an empty
// entry, and a claim status set back came after the other credential's in the draft.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  pendingMove,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-11-22';
const STAMP = '2026-11-01T09:00:00.000Z';

let store: Store;
beforeEach(async () => {
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  window.location.hash = '#/credit-log/course-1';
  store = await openStore(freshName('activity-unchanged-not-dirty'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

const holding = (credentialId: string): HeldWithRule => ({
  credential: {
    id: `held-${credentialId}`,
    credentialId,
    stage: 'earned',
    earnedDate: '2025-01-15',
  },
  rule: findCredentialRule(credentialId)!,
});
const held = [holding('pmp'), holding('pmi-acp')];

const stored: ActivityRow = {
  id: 'course-1',
  title: 'Agile estimation course',
  type: 'course-or-training',
  date: '2026-10-01',
  amount: 6,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: 4, powerSkills: 2, businessAcumen: 0 },
  claims: { pmp: 'reported', 'pmi-acp': 'accepted' },
  createdAt: STAMP,
  updatedAt: STAMP,
};

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={stored} held={held} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Edit activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

describe('an activity changed and changed back', { timeout: 30_000 }, () => {
  it('a Ways of Working figure typed and deleted again: nothing to discard', () => {
    const form = showForm();
    type(form, 'Ways of Working hours for PMI-ACP', '2');
    expect(hasUnsavedChanges()).toBe(true);
    type(form, 'Ways of Working hours for PMI-ACP', '');
    expect(hasUnsavedChanges()).toBe(false);

    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(pendingMove()).toBeNull();
    expect(window.location.hash).toBe('#/credit-log');
  });

  it('a claim status set to “Same as above” and back: nothing to discard', () => {
    const form = showForm();
    type(form, 'Claim status for PMP', '');
    expect(hasUnsavedChanges()).toBe(true);
    type(form, 'Claim status for PMP', 'reported');
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('a real change still asks first', () => {
    const form = showForm();
    type(form, 'Ways of Working hours for PMI-ACP', '2');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(pendingMove()).toBe('#/credit-log');
    expect(window.location.hash).toBe('#/credit-log/course-1');
  });
});
