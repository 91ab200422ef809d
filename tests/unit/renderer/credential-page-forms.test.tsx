// The forms on a credential's page behave as the app's other forms: a number typed in "Your
// number for …" is not lost without asking when the person leaves the page, and "Edit stage
// and dates" puts the focus in its form, closes on Escape (asking first when something was
// changed) and gives the focus back to its button however it closes.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscardDialog } from '../../../renderer/src/components/DiscardDialog';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const PAGE = '#/credentials/held';

let store: Store;
let held: HeldRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  window.location.hash = PAGE;
  resetUnsavedChanges();
  store = await openStore(freshName('credential-page-forms'));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-15', renewals: [] },
    ASOF,
  );
  if (!saved.ok) throw new Error('fixture');
  held = saved.value;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  window.location.hash = '';
  vi.useRealTimers();
  await store.db.delete();
});

/** The page, with the sidebar's Dashboard link and the app's "Discard your changes?". */
function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>
          <nav>
            <a href="#/dashboard">Dashboard</a>
          </nav>
          <main>
            <CredentialDetail heldId={held.id} />
          </main>
          <DiscardDialog />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Focus a control the way a keyboard user reaches it, then press it. */
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

const question = () => screen.queryByRole('alertdialog', { name: 'Discard your changes?' });
const editForm = () => screen.queryByRole('form', { name: 'Edit credential' });

describe('“Your number for …” on the rule panel', { timeout: 20_000 }, () => {
  it('a number typed and not used asks before leaving; emptied, it does not', async () => {
    show();
    const total = await screen.findByLabelText('Your number for “Total per cycle”', {}, SLOW);
    fireEvent.change(total, { target: { value: '50' } });

    fireEvent.click(screen.getByRole('link', { name: 'Dashboard' }));
    expect(question()).not.toBeNull();
    expect(window.location.hash).toBe(PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect((total as HTMLInputElement).value).toBe('50');

    fireEvent.change(total, { target: { value: '' } });
    fireEvent.click(screen.getByRole('link', { name: 'Dashboard' }));
    expect(question()).toBeNull();
  });

  it('once the number is used, leaving does not ask', async () => {
    show();
    const total = await screen.findByLabelText('Your number for “Total per cycle”', {}, SLOW);
    fireEvent.change(total, { target: { value: '70' } });
    fireEvent.click(within(total.closest('li')!).getByRole('button', { name: 'Use my number' }));
    await waitFor(async () => expect((await listHeld(store))[0]?.overrides).toBeDefined(), SLOW);
    await waitFor(() => expect((total as HTMLInputElement).value).toBe(''), SLOW);
    fireEvent.click(screen.getByRole('link', { name: 'Dashboard' }));
    expect(question()).toBeNull();
  });
});

describe('“Edit stage and dates”', { timeout: 20_000 }, () => {
  it('puts the focus in the form’s first field it can change', async () => {
    show();
    press(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
    expect(editForm()).not.toBeNull();
    // The credential itself cannot be changed here (its select is switched off): Stage is first.
    await waitFor(() => expect(focused()).toBe('select: Stage'));
  });

  it('Escape with nothing changed closes it and gives the focus back to the button', async () => {
    show();
    press(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
    await waitFor(() => expect(focused()).toBe('select: Stage'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(editForm()).toBeNull();
    expect(question()).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Edit stage and dates'));
  });

  it('Escape after a change asks first: Keep editing stays, Discard changes closes', async () => {
    show();
    press(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
    const form = editForm()!;
    const exam = within(form).getByLabelText('Exam date (optional)') as HTMLInputElement;
    exam.focus();
    fireEvent.change(exam, { target: { value: '2024-02-02' } });

    fireEvent.keyDown(exam, { key: 'Escape' });
    expect(question()).not.toBeNull();
    expect(focused()).toBe('button: Keep editing');
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect(editForm()).toBe(form);
    expect(exam.value).toBe('2024-02-02');
    expect(focused()).toBe('input: Exam date (optional)');

    fireEvent.keyDown(exam, { key: 'Escape' });
    press(screen.getByRole('button', { name: 'Discard changes' }));
    expect(question()).toBeNull();
    expect(editForm()).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Edit stage and dates'));
    // Nothing saved: still no exam date.
    expect((await listHeld(store)).map((h) => h.examDate ?? 'none')).toEqual(['none']);
  });

  it('the button pressed again closes it as Escape does: at once when unchanged, else asking', async () => {
    show();
    const button = await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW);
    press(button);
    expect(editForm()).not.toBeNull();
    press(button);
    expect(editForm()).toBeNull();
    expect(question()).toBeNull();

    press(button);
    const form = editForm()!;
    const exam = within(form).getByLabelText('Exam date (optional)') as HTMLInputElement;
    fireEvent.change(exam, { target: { value: '2024-02-02' } });
    button.focus();
    press(button);
    expect(question()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(editForm()).toBe(form);
    expect(exam.value).toBe('2024-02-02');
    expect(focused()).toBe('button: Edit stage and dates');
    press(button);
    press(screen.getByRole('button', { name: 'Discard changes' }));
    expect(editForm()).toBeNull();
    expect((await listHeld(store)).map((h) => h.examDate ?? 'none')).toEqual(['none']);
  });

  it('Cancel gives the focus back to the button', async () => {
    show();
    press(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
    press(within(editForm()!).getByRole('button', { name: 'Cancel' }));
    expect(editForm()).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Edit stage and dates'));
  });
});
