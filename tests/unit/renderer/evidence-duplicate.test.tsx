// The same file could be added as evidence twice (picked again while it waited, or picked again
// for an activity that already keeps it): it was saved twice and counted twice against the
// evidence budget. A file picked again is now refused with words saying so, and saved once.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  getActivity,
  listEvidence,
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
const MODIFIED = 1_763_800_000_000;

let store: Store;
beforeEach(async () => {
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  window.location.hash = '#/credit-log/new';
  store = await openStore(freshName('evidence-duplicate'));
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

/** A picked file; jsdom's File cannot give its bytes (arrayBuffer), so this one can. */
function pdf(name: string, text = '%PDF-1.4 certificate', lastModified = MODIFIED) {
  const file = new File([text], name, { type: 'application/pdf', lastModified });
  const data = new TextEncoder().encode(text);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => data.buffer });
  return file;
}

const pick = (form: HTMLElement, ...files: File[]) =>
  fireEvent.change(within(form).getByLabelText('Add evidence files'), { target: { files } });

const rows = (form: HTMLElement) =>
  within(within(form).getByRole('list', { name: 'Evidence files' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.cl-file-name')?.textContent);

const alerts = (form: HTMLElement) =>
  within(form)
    .queryAllByRole('alert')
    .map((p) => p.textContent);

describe('a file added as evidence twice', TEST, () => {
  it('picked again while it waits: refused with words, and saved once', async () => {
    const form = showForm();
    pick(form, pdf('certificate.pdf'));
    pick(form, pdf('certificate.pdf'));
    expect(rows(form)).toEqual(['certificate.pdf']);
    expect(alerts(form)).toEqual([
      '“certificate.pdf” is already in the list of new files, so it was not added again.',
    ]);

    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Risk course' } });
    fireEvent.change(within(form).getByLabelText('Activity type'), {
      target: { value: 'course-or-training' },
    });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Ways of Working'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () => expect(await store.db.table('activities').count()).toBe(1));
    const [saved] = await store.db.table('activities').toArray();
    expect((await listEvidence(store, (saved as ActivityRow).id)).map((e) => e.name)).toEqual([
      'certificate.pdf',
    ]);
  });

  it('twice in one pick: added once', () => {
    const form = showForm();
    const file = pdf('agenda.pdf');
    pick(form, file, file);
    expect(rows(form)).toEqual(['agenda.pdf']);
    expect(alerts(form)).toHaveLength(1);
  });

  it('another file of the same name (another size or date) is still added', () => {
    const form = showForm();
    pick(form, pdf('scan.pdf'));
    pick(form, pdf('scan.pdf', '%PDF-1.4 a longer scan'), pdf('scan.pdf', undefined, MODIFIED + 1));
    expect(rows(form)).toEqual(['scan.pdf', 'scan.pdf', 'scan.pdf']);
    expect(alerts(form)).toEqual([]);
  });

  it('kept with the activity already: refused, with how to add a different file anyway', async () => {
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
    const form = showForm((await getActivity(store, 'course-1'))!);
    await waitFor(() => expect(rows(form)).toEqual(['certificate.pdf']));

    pick(form, pdf('certificate.pdf'));
    expect(rows(form)).toEqual(['certificate.pdf']);
    expect(alerts(form)).toEqual([
      '“certificate.pdf” is already kept with this activity (same name and size), so it was not added again. If it is a different file, rename it and add it again.',
    ]);

    // Marked for removal, it is no longer there: the file picked is a replacement.
    fireEvent.click(within(form).getByRole('button', { name: /^Remove\s*certificate\.pdf$/ }));
    pick(form, pdf('certificate.pdf'));
    expect(rows(form)).toEqual(['certificate.pdf', 'certificate.pdf']);
    expect(alerts(form)).toEqual([]);
  });
});
