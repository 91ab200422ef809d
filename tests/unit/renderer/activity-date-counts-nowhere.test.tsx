// An activity dated before any held credential was earned, or outside every cycle, counts for
// none of them: the form says so by the completion date, politely, once the date is entered
// (not at each key of the year), and the activity can still be saved. With a date inside a
// cycle, or no credential held, nothing is said.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { SETTLE_MS } from '../../../renderer/src/components/use-settled-date';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';
const KEEP = 'If the date is right, you can still keep it in your log.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-date-counts-nowhere'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const earned = (credentialId: string, earnedDate: string): HeldWithRule => ({
  credential: { id: `held-${credentialId}`, credentialId, stage: 'earned', earnedDate },
  rule: findCredentialRule(credentialId)!,
});
const PMP = earned('pmp', '2024-01-15'); // counting window 15 Jan 2024 – 14 Jan 2028
const CBAP = earned('cbap', '2020-03-01');

function showForm(held: HeldWithRule[]) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={held} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** Types a completion date and leaves the field, as a person does before the next field. */
function enterDate(form: HTMLElement, value: string) {
  const field = within(form).getByLabelText('Completion date');
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

/** The polite live region by the dates, and the words in it. */
function dateNote(form: HTMLElement) {
  const activity = within(form).getByRole('group', { name: 'The activity' });
  const region = activity.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region by the dates');
  return region.textContent ?? '';
}

describe('the note by the completion date', TEST, () => {
  it('says an activity of 1987 counts for none of the credentials, and it still saves', async () => {
    const form = showForm([PMP]);
    enterDate(form, '1987-06-01');
    expect(dateNote(form)).toBe(
      `Dated before you earned your PMP (${day('2024-01-15')}), so it does not count for it. ${KEEP}`,
    );

    type(form, 'Title', 'Project management basics');
    type(form, 'Activity type', 'course-or-training');
    type(form, 'Amount', '3');
    type(form, 'Power Skills', '3');
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => [a.title, a.date])).toEqual([
        ['Project management basics', '1987-06-01'],
      ]),
    );
  });

  it('names the first certification when several credentials are held', () => {
    const form = showForm([PMP, CBAP]);
    enterDate(form, '1987-06-01');
    expect(dateNote(form)).toBe(
      `Dated before you earned any of your credentials (the first on ${day('2020-03-01')}), so it counts for none of them. ${KEEP}`,
    );
    // Inside CBAP's cycle, before PMP's: it counts for CBAP, so nothing is said.
    enterDate(form, '2022-05-01');
    expect(dateNote(form)).toBe('');
  });

  it('says an activity after every cycle of the credential counts for none', () => {
    const form = showForm([earned('pmp', '2015-01-15')]); // counting until 14 Jan 2019
    enterDate(form, '2020-06-01');
    expect(dateNote(form)).toBe(
      `Its date is outside every cycle of your PMP, so it does not count for it. ${KEEP}`,
    );
  });

  it('says nothing for a date inside a cycle', () => {
    const form = showForm([PMP]);
    enterDate(form, '2025-03-01');
    expect(dateNote(form)).toBe('');
    expect(within(form).queryByText(/does not count for it|counts for none/)).toBeNull();
  });

  it('says nothing new when no credential is held', () => {
    const form = showForm([]);
    enterDate(form, '1987-06-01');
    expect(dateNote(form)).toBe('');
    expect(screen.queryByText(/does not count for it|counts for none/)).toBeNull();
    // What the editor already said without credentials stays.
    expect(screen.getByRole('complementary', { name: 'How it counts' }).textContent).toContain(
      'Add the credentials you hold',
    );
  });

  it('waits for the date to be entered: not at each key of the year', async () => {
    const form = showForm([PMP]);
    // A date field gives a full date at each key of the year: 0002, 0020, 0202, 2025.
    for (const value of ['0002-03-01', '0020-03-01', '0202-03-01', '2025-03-01']) {
      type(form, 'Completion date', value);
      expect(dateNote(form)).toBe('');
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 300)));
    expect(dateNote(form)).toBe('');

    // A pause in the middle of the year is not the date entered.
    type(form, 'Completion date', '0198-06-01');
    await act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 300)));
    expect(dateNote(form)).toBe('');

    // Typed and left alone (the field not left): said once the date stays the same.
    type(form, 'Completion date', '1987-06-01');
    expect(dateNote(form)).toBe('');
    await waitFor(() => expect(dateNote(form)).toMatch(/^Dated before you earned your PMP/));
  });
});
