// Two things under the activity form's evidence. "No files yet." showed while an activity's
// files were still being read, then gave way to the list: it now says nothing until they are
// read. And refused files were keyed by their words, so two refused files of the same name
// (from two folders) gave React two children with one key; each refusal now has its own.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  getActivity,
  saveActivity,
  type ActivityRow,
} from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('evidence-loading-and-keys'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

const pmp: HeldWithRule = {
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2024-01-15' },
  rule: findCredentialRule('pmp')!,
};

function showForm(original: ActivityRow | null = null) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={original} held={[pmp]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: original ? 'Edit activity' : 'Log an activity' });
}

async function storedWithEvidence() {
  const result = await saveActivity(
    store,
    {
      id: 'course-1',
      date: '2026-10-01',
      title: 'Agile course',
      type: 'course-or-training',
      amount: 2,
      unit: 'hours',
      split: { waysOfWorking: 2, powerSkills: 0, businessAcumen: 0 },
      status: 'earned',
    },
    TODAY,
    {
      addEvidence: [
        {
          name: 'certificate.pdf',
          mimeType: 'application/pdf',
          data: new TextEncoder().encode('%PDF-1.4 certificate'),
        },
      ],
    },
  );
  expect(result.ok).toBe(true);
  return (await getActivity(store, 'course-1'))!;
}

describe('the evidence of an activity being read', TEST, () => {
  it('says nothing until read, never “No files yet.” before its files', async () => {
    const original = await storedWithEvidence();
    const form = showForm(original);
    const said: string[] = [];
    const seen = new MutationObserver(() => {
      if (form.textContent?.includes('No files yet.')) said.push('No files yet.');
    });
    seen.observe(form, { subtree: true, childList: true, characterData: true });
    expect(within(form).queryByText('No files yet.')).toBeNull();
    await waitFor(() =>
      expect(within(form).getByRole('list', { name: 'Evidence files' }).textContent).toContain(
        'certificate.pdf',
      ),
    );
    seen.disconnect();
    expect(said).toEqual([]);
    expect(within(form).queryByText('No files yet.')).toBeNull();
  });

  it('an activity without files says “No files yet.” once read', async () => {
    const form = showForm();
    await waitFor(() => expect(within(form).queryByText('No files yet.')).not.toBeNull());
  });
});

describe('two files of the same name refused', TEST, () => {
  it('each refusal is said, and each has its own key', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const form = showForm();
    const empty = () => new File([], 'scan.pdf', { type: 'application/pdf' });
    const pick = within(form).getByLabelText('Add evidence files');
    fireEvent.change(pick, { target: { files: [empty(), empty()] } });
    const refusal = '“scan.pdf” is empty and was not added; attach the real file.';
    expect(
      within(form)
        .getAllByRole('alert')
        .map((p) => p.textContent),
    ).toEqual([refusal, refusal]);
    // Picked again, the refusals drawn are those of this pick: no one left over from the last.
    fireEvent.change(pick, { target: { files: [empty()] } });
    expect(
      within(form)
        .getAllByRole('alert')
        .map((p) => p.textContent),
    ).toEqual([refusal]);
    const keyWarnings = errors.mock.calls.filter((call) =>
      call.some((part) => String(part).includes('same key')),
    );
    expect(keyWarnings).toEqual([]);
  });
});
