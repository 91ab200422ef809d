// Settings → Study planner: "Study settings saved." speaks of the last save only. A change
// to any field takes it away (the values shown are no longer the saved ones), and so does a
// failed check, which puts the focus on the field to fix instead; the error and "saved" are
// never on screen together.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getSettings } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudySettings } from '../../../renderer/src/features/study/StudySettings';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const LEAD = 'Remind me of deadlines this many days ahead';
const ERROR = 'Enter a whole number of days from 1 to 90.';
const SAVED = 'Study settings saved.';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-settings-note'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

async function show() {
  render(
    <StoreProvider store={store}>
      <StudySettings />
    </StoreProvider>,
  );
  return (await screen.findByLabelText(LEAD, {}, SLOW)) as HTMLInputElement;
}

const status = () => screen.getByRole('status').textContent;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save study settings' }));
/** The message shown under the field (its aria-describedby error), or null. */
const errorUnder = (field: HTMLElement) =>
  document.getElementById(`${field.id}-error`)?.textContent ?? null;

describe('the study settings’ saved note', () => {
  it('goes when a later save fails its check, which shows the error and focuses the field', async () => {
    const lead = await show();
    fireEvent.change(lead, { target: { value: '5' } });
    save();
    await waitFor(() => expect(status()).toBe(SAVED), SLOW);
    expect((await getSettings(store)).reminderLeadDays).toBe(5);

    fireEvent.change(lead, { target: { value: 'abc' } });
    // The field no longer shows what was saved: the note goes at once.
    expect(status()).toBe('');
    screen.getByRole('button', { name: 'Save study settings' }).focus();
    save();
    await waitFor(() => expect(errorUnder(lead)).toBe(ERROR));
    expect(status()).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(lead));
    expect(lead.value).toBe('abc');
    expect((await getSettings(store)).reminderLeadDays).toBe(5);
  });

  it('goes with a change to any other setting too', async () => {
    await show();
    save();
    await waitFor(() => expect(status()).toBe(SAVED), SLOW);
    fireEvent.change(screen.getByLabelText('Weeks start on'), { target: { value: 'sunday' } });
    expect(status()).toBe('');
    save();
    await waitFor(() => expect(status()).toBe(SAVED), SLOW);
    fireEvent.change(screen.getByLabelText('Weeks start on'), { target: { value: 'monday' } });
    expect(status()).toBe('');
  });
});
