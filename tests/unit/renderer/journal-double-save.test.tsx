// A journal or network form's save pressed twice while the first is still being written (a
// double click, Enter pressed twice) writes one record, not two: a course, a book, a contact, a
// membership, an interaction. Today is 22 Nov 2026.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveContact } from '../../../renderer/src/db/repositories/journal-network';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('journal-double-save'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(screenOf: 'learning' | 'network', rest: string[]) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          {screenOf === 'learning' ? <LearningScreen rest={rest} /> : <NetworkScreen rest={rest} />}
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Lets the writes started by the presses finish. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 300)));

/** Types into the form's fields by label, then presses its save button twice. */
async function fillAndPressTwice(form: string, fields: Record<string, string>, save: string) {
  const found = await screen.findByRole('form', { name: form }, SLOW);
  for (const [label, value] of Object.entries(fields))
    fireEvent.change(within(found).getByLabelText(label), { target: { value } });
  const button = within(found).getByRole('button', { name: save });
  fireEvent.click(button);
  fireEvent.click(button);
  await settle();
}

describe('a journal form saved twice at once', TEST, () => {
  it('adds one course', async () => {
    show('learning', ['courses', 'new']);
    await fillAndPressTwice(
      'Add a course',
      { 'Course title': 'Leading agile teams' },
      'Save course',
    );
    expect(await store.db.table('courses').count()).toBe(1);
  });

  it('adds one book', async () => {
    show('learning', ['reading', 'new']);
    await fillAndPressTwice(
      'Add reading or listening',
      { Title: 'The PMO handbook', Hours: '3' },
      'Save entry',
    );
    expect(await store.db.table('media').count()).toBe(1);
  });

  it('adds one contact', async () => {
    show('network', ['contacts', 'new']);
    await fillAndPressTwice('Add a contact', { Name: 'Priya Shah' }, 'Save contact');
    expect(await store.db.table('contacts').count()).toBe(1);
  });

  it('adds one membership', async () => {
    show('network', ['memberships', 'new']);
    await fillAndPressTwice(
      'Add a membership',
      { 'Association or chapter': 'PMI Lisbon chapter', 'Member since': '2026-01-10' },
      'Save membership',
    );
    expect(await store.db.table('memberships').count()).toBe(1);
  });

  it('logs one interaction', async () => {
    const saved = await saveContact(
      store,
      {
        name: 'Priya Shah',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'contact',
        since: null,
        until: null,
        notes: '',
      },
      '2026-11-22',
    );
    if (!saved.ok) throw new Error('contact not saved');
    show('network', ['interactions', 'new']);
    await fillAndPressTwice(
      'Log an interaction',
      { Notes: 'Talked about the PMP exam' },
      'Save interaction',
    );
    expect(await store.db.table('interactions').count()).toBe(1);
  });
});
