// "Add a credential" on the Credentials screen closes on Escape as every other form does (and
// as the same form on a credential's page): at once when nothing was changed, else after
// "Discard your changes?"; the button pressed again closes it the same way; focus then goes
// back to the "Add a credential" button.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscardDialog } from '../../../renderer/src/components/DiscardDialog';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  resetUnsavedChanges();
  store = await openStore(freshName('credentials-add-escape'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <CredentialsScreen />
          </main>
          <DiscardDialog />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** What has the focus, in words: its text (or its label's, for a field). */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
  return `${el.tagName.toLowerCase()}: ${(label ?? el).textContent?.trim()}`;
}

const addForm = () => screen.queryByRole('form', { name: 'Add a credential' });
const question = () => screen.queryByRole('alertdialog', { name: 'Discard your changes?' });
const addButton = () => screen.findByRole('button', { name: 'Add a credential' }, SLOW);

describe('“Add a credential” on the Credentials screen', { timeout: 20_000 }, () => {
  it('Escape with nothing changed closes it and gives the focus back to the button', async () => {
    show();
    press(await addButton());
    await waitFor(() => expect(focused()).not.toBe('button: Add a credential'));
    expect(addForm()).not.toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(addForm()).toBeNull();
    expect(question()).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Add a credential'));
  });

  it('Escape after a change asks first: Keep editing stays, Discard changes closes', async () => {
    show();
    press(await addButton());
    const form = addForm()!;
    const exam = within(form).getByLabelText('Exam date (optional)') as HTMLInputElement;
    exam.focus();
    fireEvent.change(exam, { target: { value: '2024-02-02' } });

    fireEvent.keyDown(exam, { key: 'Escape' });
    expect(question()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect(addForm()).toBe(form);
    expect(exam.value).toBe('2024-02-02');

    fireEvent.keyDown(exam, { key: 'Escape' });
    press(screen.getByRole('button', { name: 'Discard changes' }));
    expect(addForm()).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Add a credential'));
    expect(await listHeld(store)).toEqual([]);
  });

  it('the button pressed again closes it as Escape does: at once when unchanged, else asking', async () => {
    show();
    const button = await addButton();
    press(button);
    expect(addForm()).not.toBeNull();
    press(button);
    expect(addForm()).toBeNull();
    expect(question()).toBeNull();

    press(button);
    const exam = within(addForm()!).getByLabelText('Exam date (optional)') as HTMLInputElement;
    fireEvent.change(exam, { target: { value: '2024-02-02' } });
    press(button);
    expect(question()).not.toBeNull();
    press(screen.getByRole('button', { name: 'Discard changes' }));
    expect(addForm()).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Add a credential'));
  });
});
