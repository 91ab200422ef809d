// Settings: the theme, "How many to keep", the export reminder and the study settings show
// what is stored. When the stored settings change under the screen (a restored backup, another
// window), a form the person has not touched takes the new values, so pressing Save never puts
// the old ones back; a form with changes keeps what was typed, says the stored value changed,
// and stays "unsaved". The settings are changed here directly in the database, as a restore or
// another window does.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AutomaticBackups } from '../../../shared/platform';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getSettings, type AppSettings } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';

const SLOW = { timeout: 15_000 };
/** Room for a few slow waits in one test, so that one failing says what it waited for. */
const TEST = { timeout: 40_000 };
const DAILY = 'Daily backups to keep';
const WEEKLY = 'Weekly backups to keep';
const REMINDER = 'Remind me after this many days without an export';
const LEAD = 'Remind me of deadlines this many days ahead';
const CHANGED = /changed elsewhere \(a restored backup or another window\)/;

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('settings-follow-stored'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

/** Settings as on the desktop (automatic backups) or in a browser (the export reminder). */
async function showSettings(backups: AutomaticBackups | null) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(backups)}>
        <main>
          <SettingsScreen />
        </main>
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByLabelText(LEAD, {}, SLOW);
}

/** The stored settings changed under the screen, as a restore or another window writes them. */
async function storeDirectly(patch: Partial<AppSettings>) {
  const table = store.db.table('settings');
  const row = (await table.get('app')) ?? { id: 'app' };
  await table.put({ ...row, ...patch, id: 'app', updatedAt: new Date().toISOString() });
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const radio = (label: string) => screen.getByRole('radio', { name: label }) as HTMLInputElement;
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const notice = () => screen.queryByText(CHANGED);

describe('Settings follow a change of the stored settings', TEST, () => {
  it('the theme shows the theme stored elsewhere', async () => {
    await storeDirectly({ theme: 'light' });
    await showSettings(null);
    await waitFor(() => expect(radio('Light').checked).toBe(true), SLOW);

    await storeDirectly({ theme: 'dark' });
    await waitFor(() => expect(radio('Dark').checked).toBe(true), SLOW);
    expect(radio('Light').checked).toBe(false);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('"How many to keep" untouched takes the stored numbers, and Save keeps them', async () => {
    await showSettings(fakeBackups());
    const daily = await screen.findByLabelText(DAILY, {}, SLOW);
    expect((daily as HTMLInputElement).value).toBe('7');

    await storeDirectly({ rotation: { daily: 3, weekly: 2, monthly: 1 } });
    await waitFor(() => expect(input(DAILY).value).toBe('3'), SLOW);
    expect(input(WEEKLY).value).toBe('2');
    expect(input('Monthly backups to keep').value).toBe('1');
    expect(notice()).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);

    press('Save how many to keep');
    await screen.findByText(/^Saved\. Older automatic backups/, {}, SLOW);
    expect((await getSettings(store)).rotation).toEqual({ daily: 3, weekly: 2, monthly: 1 });
  });

  it('"How many to keep" with changes keeps what was typed, and says the stored one changed', async () => {
    await showSettings(fakeBackups());
    await screen.findByLabelText(DAILY, {}, SLOW);
    type(DAILY, '10');
    expect(hasUnsavedChanges()).toBe(true);

    await storeDirectly({ rotation: { daily: 3, weekly: 2, monthly: 1 } });
    await waitFor(() => expect(notice()).not.toBeNull(), SLOW);
    expect(input(DAILY).value).toBe('10');
    expect(hasUnsavedChanges()).toBe(true);

    // Saving puts what is shown, as the notice said; the form is then saved, and says no more.
    press('Save how many to keep');
    await screen.findByText(/^Saved\. Older automatic backups/, {}, SLOW);
    expect((await getSettings(store)).rotation.daily).toBe(10);
    await waitFor(() => expect(notice()).toBeNull());
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('the export reminder untouched takes the stored number; with changes, keeps the typing', async () => {
    await showSettings(null);
    const days = (await screen.findByLabelText(REMINDER, {}, SLOW)) as HTMLInputElement;
    expect(days.value).toBe('14');

    await storeDirectly({ exportReminderDays: 30 });
    await waitFor(() => expect(input(REMINDER).value).toBe('30'), SLOW);
    expect(hasUnsavedChanges()).toBe(false);
    press('Save reminder');
    await screen.findByText('Saved.', {}, SLOW);
    expect((await getSettings(store)).exportReminderDays).toBe(30);

    type(REMINDER, '21');
    await storeDirectly({ exportReminderDays: 45 });
    await waitFor(() => expect(notice()).not.toBeNull(), SLOW);
    expect(input(REMINDER).value).toBe('21');
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('the study settings untouched take the stored ones; with changes, keep the typing', async () => {
    await showSettings(null);
    expect(input(LEAD).value).toBe('14');

    await storeDirectly({ reminderLeadDays: 5, weekStart: 'sunday', clock: '12h' });
    await waitFor(() => expect(input(LEAD).value).toBe('5'), SLOW);
    expect((screen.getByLabelText('Weeks start on') as HTMLSelectElement).value).toBe('sunday');
    expect((screen.getByLabelText('Clock') as HTMLSelectElement).value).toBe('12h');
    expect(hasUnsavedChanges()).toBe(false);

    type(LEAD, '9');
    await storeDirectly({ reminderLeadDays: 20 });
    await waitFor(() => expect(notice()).not.toBeNull(), SLOW);
    expect(input(LEAD).value).toBe('9');
    expect(hasUnsavedChanges()).toBe(true);
  });
});

describe('"Saved." speaks of the values on screen', TEST, () => {
  const ROTATION_SAVED = /^Saved\. Older automatic backups/;

  it('"How many to keep": the note goes when the stored numbers change, or when typing', async () => {
    await showSettings(fakeBackups());
    await screen.findByLabelText(DAILY, {}, SLOW);
    type(DAILY, '9');
    press('Save how many to keep');
    await screen.findByText(ROTATION_SAVED, {}, SLOW);
    // The form's own save landing keeps the note.
    await waitFor(async () => expect((await getSettings(store)).rotation.daily).toBe(9), SLOW);
    expect(screen.queryByText(ROTATION_SAVED)).not.toBeNull();

    await storeDirectly({ rotation: { daily: 3, weekly: 2, monthly: 1 } });
    await waitFor(() => expect(input(DAILY).value).toBe('3'), SLOW);
    expect(screen.queryByText(ROTATION_SAVED)).toBeNull();

    press('Save how many to keep');
    await screen.findByText(ROTATION_SAVED, {}, SLOW);
    type(WEEKLY, '5');
    expect(screen.queryByText(ROTATION_SAVED)).toBeNull();
  });

  it('the export reminder: the note goes when the stored number changes, or when typing', async () => {
    await showSettings(null);
    await screen.findByLabelText(REMINDER, {}, SLOW);
    type(REMINDER, '20');
    press('Save reminder');
    await screen.findByText('Saved.', {}, SLOW);
    await waitFor(async () => expect((await getSettings(store)).exportReminderDays).toBe(20));
    expect(screen.queryByText('Saved.')).not.toBeNull();

    await storeDirectly({ exportReminderDays: 45 });
    await waitFor(() => expect(input(REMINDER).value).toBe('45'), SLOW);
    expect(screen.queryByText('Saved.')).toBeNull();

    press('Save reminder');
    await screen.findByText('Saved.', {}, SLOW);
    type(REMINDER, '46');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('a number typed with a leading zero is saved, shown as stored, and the note stays', async () => {
    await showSettings(fakeBackups());
    await screen.findByLabelText(DAILY, {}, SLOW);
    type(DAILY, '010');
    press('Save how many to keep');
    await screen.findByText(ROTATION_SAVED, {}, SLOW);
    type(LEAD, '07');
    press('Save study settings');
    await screen.findByText('Study settings saved.', {}, SLOW);
    await waitFor(async () => expect((await getSettings(store)).reminderLeadDays).toBe(7), SLOW);
    expect((await getSettings(store)).rotation.daily).toBe(10);
    // Both saves have landed: each form shows the number as stored, says it saved, and has no
    // change left to lose. The forms take the stored numbers once the live query answers
    // (real timers; slower on a loaded machine); then a moment for anything that would undo it.
    await waitFor(() => {
      expect(input(DAILY).value).toBe('10');
      expect(input(LEAD).value).toBe('7');
    }, SLOW);
    await new Promise((r) => setTimeout(r, 300));
    expect(input(DAILY).value).toBe('10');
    expect(input(LEAD).value).toBe('7');
    expect(screen.queryByText(ROTATION_SAVED)).not.toBeNull();
    expect(screen.queryByText('Study settings saved.')).not.toBeNull();
    expect(notice()).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('the export reminder typed with a leading zero keeps its note', async () => {
    await showSettings(null);
    await screen.findByLabelText(REMINDER, {}, SLOW);
    type(REMINDER, '030');
    press('Save reminder');
    await screen.findByText('Saved.', {}, SLOW);
    await waitFor(async () => expect((await getSettings(store)).exportReminderDays).toBe(30));
    // The form takes the stored number once the live query answers (slower under load); then a
    // moment for anything that would take the note away.
    await waitFor(() => expect(input(REMINDER).value).toBe('30'), SLOW);
    await new Promise((r) => setTimeout(r, 300));
    expect(input(REMINDER).value).toBe('30');
    expect(screen.queryByText('Saved.')).not.toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('the study settings: the note goes when the stored settings change', async () => {
    await showSettings(null);
    type(LEAD, '8');
    press('Save study settings');
    await screen.findByText('Study settings saved.', {}, SLOW);
    await waitFor(async () => expect((await getSettings(store)).reminderLeadDays).toBe(8));
    expect(screen.queryByText('Study settings saved.')).not.toBeNull();

    await storeDirectly({ reminderLeadDays: 20 });
    await waitFor(() => expect(input(LEAD).value).toBe('20'), SLOW);
    expect(screen.queryByText('Study settings saved.')).toBeNull();
  });
});

describe('A number out of range on Save', TEST, () => {
  /** The message shown under the field (its aria-describedby error), or null. */
  const errorUnder = (field: HTMLElement) =>
    document.getElementById(`${field.id}-error`)?.textContent ?? null;
  /**
   * What a screen reader reads with the field as focus arrives: its error must already be
   * named in its description then (a description added afterwards is not read out).
   */
  const describedOnFocus = (field: HTMLElement) => {
    const seen: (string | null)[] = [];
    field.addEventListener('focus', () => seen.push(field.getAttribute('aria-describedby')));
    return seen;
  };

  it('"How many to keep" puts the focus on the first field to fix, with its error', async () => {
    await showSettings(fakeBackups());
    await screen.findByLabelText(DAILY, {}, SLOW);
    type(WEEKLY, '-1');
    type(DAILY, '0');
    const described = describedOnFocus(input(DAILY));
    const save = screen.getByRole('button', { name: 'Save how many to keep' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(input(DAILY)));
    expect(errorUnder(input(DAILY))).toBe('Enter a whole number of backups from 1 to 365.');
    expect(described).toEqual([`${input(DAILY).id}-error`]);
    expect(errorUnder(input(WEEKLY))).toBe('Enter a whole number of backups from 0 to 520.');
    expect((await getSettings(store)).rotation.daily).toBe(7);

    // Only the weekly number wrong: the focus goes there.
    type(DAILY, '4');
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(input(WEEKLY)));
    expect(errorUnder(input(DAILY))).toBeNull();
  });

  it('the export reminder puts the focus on its field, with its error', async () => {
    await showSettings(null);
    await screen.findByLabelText(REMINDER, {}, SLOW);
    type(REMINDER, '400');
    const described = describedOnFocus(input(REMINDER));
    const save = screen.getByRole('button', { name: 'Save reminder' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(input(REMINDER)));
    expect(errorUnder(input(REMINDER))).toBe('Enter a whole number of days from 1 to 365.');
    expect(described).toEqual([`${input(REMINDER).id}-error`]);
    expect(screen.queryByText('Enter a whole number of days from 1 to 365.')).not.toBeNull();
    expect((await getSettings(store)).exportReminderDays).toBe(14);
  });

  it('the study settings put the focus on the lead time once its error is there to be read', async () => {
    await showSettings(null);
    type(LEAD, '0');
    const described = describedOnFocus(input(LEAD));
    const save = screen.getByRole('button', { name: 'Save study settings' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(input(LEAD)));
    expect(described).toEqual([`${input(LEAD).id}-error`]);
    expect(errorUnder(input(LEAD))).toBe('Enter a whole number of days from 1 to 90.');
  });
});
