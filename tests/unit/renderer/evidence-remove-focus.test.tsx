// Taking a new evidence file off the activity form removes its row, and with it the Remove
// button that had focus: focus fell to the page, and a keyboard user's next Tab started again
// from the top of the app. It now goes to the next new file's Remove button (else the one
// before), and to "Add evidence files" once no new file is left.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('evidence-remove-focus'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  store.db.close();
  await store.db.delete();
});

const pmp: HeldWithRule = {
  credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
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

const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' });
// jsdom leaves out the space between "Remove" and the visually hidden file name.
const removeButton = (form: HTMLElement, name: string) =>
  within(form).getByRole('button', { name: new RegExp(`^Remove\\s*${name.replace('.', '\\.')}$`) });

/** Presses a button as the keyboard does: focused first, then activated. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
}

describe('removing a new evidence file', { timeout: 30_000 }, () => {
  it('puts focus on the next file’s Remove, then the one before, then “Add evidence files”', async () => {
    const form = showForm();
    const pick = within(form).getByLabelText('Add evidence files');
    fireEvent.change(pick, {
      target: { files: [pdf('agenda.pdf'), pdf('certificate.pdf'), pdf('notes.pdf')] },
    });

    press(removeButton(form, 'certificate.pdf'));
    await waitFor(() => expect(document.activeElement).toBe(removeButton(form, 'notes.pdf')));

    press(removeButton(form, 'notes.pdf'));
    await waitFor(() => expect(document.activeElement).toBe(removeButton(form, 'agenda.pdf')));

    press(removeButton(form, 'agenda.pdf'));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Add evidence files')),
    );
    expect(within(form).queryByText('No files yet.')).not.toBeNull();
    expect(within(form).queryByRole('list', { name: 'Evidence files' })).toBeNull();
  });
});
