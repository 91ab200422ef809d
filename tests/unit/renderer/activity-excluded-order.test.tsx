// An activity left out of two credentials ("Do not count it for …" ticked twice): one box
// ticked off and on again put that credential last in the draft, so the form took the new
// order for a change and Cancel asked "Discard your changes?" though nothing had changed. The
// boxes are compared as a set (canonicalDraft); a real change still asks.
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
  store = await openStore(freshName('activity-excluded-order'));
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
const held = [holding('pmp'), holding('pmi-acp'), holding('capm')];

const stored: ActivityRow = {
  id: 'course-1',
  title: 'Agile estimation course',
  type: 'course-or-training',
  date: '2026-10-01',
  amount: 6,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: 4, powerSkills: 2, businessAcumen: 0 },
  excludedFrom: ['pmp', 'pmi-acp'],
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

const box = (form: HTMLElement, acronym: string) =>
  within(form).getByLabelText(`Do not count it for ${acronym}`);

describe('“Do not count it for …” ticked off and on again', { timeout: 30_000 }, () => {
  it.each(['PMP', 'PMI-ACP'])('%s: nothing to discard, Cancel goes straight back', (acronym) => {
    const form = showForm();
    fireEvent.click(box(form, acronym));
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(box(form, acronym));
    expect(hasUnsavedChanges()).toBe(false);

    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(pendingMove()).toBeNull();
    expect(window.location.hash).toBe('#/credit-log');
  });

  it('another box ticked is a change, and Cancel asks first', () => {
    const form = showForm();
    fireEvent.click(box(form, 'CAPM'));
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(pendingMove()).toBe('#/credit-log');
    expect(window.location.hash).toBe('#/credit-log/course-1');
  });
});
