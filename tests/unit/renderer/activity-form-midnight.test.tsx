// Credit log → Log an activity: the completion date starts on today. Left open past midnight
// (a desktop app left running), it stayed on the day the form was opened: the activity was
// logged on the day before, though nothing was typed in the date, as the study log form did.
// Untouched, the date now follows the day; a date the person typed stays as typed.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { useToday } from '../../../renderer/src/app/use-today';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  // The day moves on with the app's minute check (setInterval); the database keeps real timers.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30)); // 22 Nov 2026, 23:59:30 local
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-form-midnight'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const PMP: HeldWithRule = {
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2024-01-15' },
  rule: findCredentialRule('pmp')!,
};

/** The new-activity editor as the credit log draws it: with the app's today. */
function NewActivity() {
  const today = useToday();
  return <ActivityEditor key="new" original={null} held={[PMP]} today={today} />;
}

function showForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NewActivity />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const dateField = (form: HTMLElement) =>
  within(form).getByLabelText('Completion date') as HTMLInputElement;

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

async function pastMidnight() {
  await act(async () => {
    vi.advanceTimersByTime(60_000); // 00:00:30 on 23 Nov
  });
}

describe('the activity form left open past midnight', TEST, () => {
  it('moves its date on to the new day, and logs the activity there', async () => {
    const form = showForm();
    expect(dateField(form).value).toBe('2026-11-22');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-23');
    expect(hasUnsavedChanges()).toBe(false);

    type(form, 'Title', 'Project management basics');
    type(form, 'Activity type', 'course-or-training');
    type(form, 'Amount', '3');
    type(form, 'Power Skills', '3');
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => [a.title, a.date])).toEqual([
        ['Project management basics', '2026-11-23'],
      ]),
    );
  });

  it('keeps a date the person typed', async () => {
    const form = showForm();
    fireEvent.change(dateField(form), { target: { value: '2026-11-20' } });
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-20');
    expect(hasUnsavedChanges()).toBe(true);
  });
});
