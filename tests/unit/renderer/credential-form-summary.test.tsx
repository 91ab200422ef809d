// The two credential forms (add or edit a credential; define your own) sum up a failed save as
// the goal, profile and contact forms do: a list naming each problem under its field's visible
// label, each a button that moves focus to that field, the list itself focused; the messages at
// the fields stay, what was typed stays, and a failure that is not about a field is said in
// words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listCustom,
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AddCredentialForm } from '../../../renderer/src/features/credentials/AddCredentialForm';
import { CustomCredentialForm } from '../../../renderer/src/features/credentials/CustomCredentialForm';
import {
  heldErrorMap,
  heldSummaryItems,
  unshownProblemsText,
} from '../../../renderer/src/features/credentials/credential-summary';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };
const ASOF = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('credential-form-summary'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function show(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** The message shown at a field (its aria-describedby error line). */
function messageAt(input: HTMLElement) {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((p) => p?.className === 'error')
    ?.textContent;
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const valueOf = (form: HTMLElement, label: string) =>
  (within(form).getByLabelText(label) as HTMLInputElement).value;

describe('adding or editing a credential', TEST, () => {
  it('no credential chosen: one entry, focused, that goes to the Credential list', async () => {
    show(<AddCredentialForm custom={[]} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a credential' });
    type(form, 'Earned on (certification date)', '2024-05-02');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('One thing needs your attention; nothing was saved:');
    expect(links).toEqual(['Credential: Choose a credential.']);
    expect(messageAt(within(form).getByLabelText('Credential'))).toBe('Choose a credential.');
    expect(follow(summary, 'Credential')).toBe(within(form).getByLabelText('Credential'));
    expect(valueOf(form, 'Earned on (certification date)')).toBe('2024-05-02');
    expect(await listHeld(store)).toEqual([]);
  });

  it('earned without a date: the entry names the earned date as shown and goes there', async () => {
    show(<AddCredentialForm custom={[]} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a credential' });
    type(form, 'Credential', 'pmp');
    type(form, 'Exam date (optional)', '2024-05-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('One thing needs your attention; nothing was saved:');
    expect(links).toEqual([
      'Earned on (certification date): An earned credential needs the date it was earned.',
    ]);
    const earned = within(form).getByLabelText('Earned on (certification date)');
    expect(messageAt(earned)).toBe('An earned credential needs the date it was earned.');
    expect(follow(summary, 'Earned on (certification date)')).toBe(earned);
    expect(valueOf(form, 'Credential')).toBe('pmp');
    expect(valueOf(form, 'Exam date (optional)')).toBe('2024-05-01');
    expect(await listHeld(store)).toEqual([]);
  });

  it('an earned date moved past a renewal: said at the earned date and in the summary', async () => {
    const saved = await saveHeld(
      store,
      {
        credentialId: 'pmp',
        stage: 'earned',
        examDate: null,
        earnedDate: '2020-01-10',
        renewals: [{ date: '2023-01-05' }],
      },
      ASOF,
    );
    if (!saved.ok) throw new Error('held credential not saved');
    show(<AddCredentialForm custom={[]} existing={saved.value} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Edit credential' });
    type(form, 'Earned on (certification date)', '2023-06-01');
    // Left, as a person does: the renewal question this date asks is seen before the save
    // (a save before it is seen waits for it: credential-keep-current.test.tsx).
    fireEvent.blur(within(form).getByLabelText('Earned on (certification date)'));
    await within(form).findByRole('group', { name: /every cycle so far/ });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const { summary, links } = await focusedSummary(form);
    const words =
      'Your renewal of Jan 5, 2023 comes before this date: use the date you earned it, or correct that renewal on the credential’s page.';
    expect(links).toEqual([`Earned on (certification date): ${words}`]);
    const earned = within(form).getByLabelText('Earned on (certification date)');
    expect(messageAt(earned)).toBe(words);
    expect(follow(summary, 'Earned on (certification date)')).toBe(earned);
    expect(valueOf(form, 'Earned on (certification date)')).toBe('2023-06-01');
    expect((await listHeld(store))[0]?.earnedDate).toBe('2020-01-10');
  });

  it('a number of its own that no longer fits is said in words, focused', async () => {
    // Stored before its rule changed: the form keeps it as it is, and the save refuses it.
    const row: HeldRow = {
      id: 'held-1',
      credentialId: 'pmp',
      stage: 'earned',
      examDate: null,
      earnedDate: '2020-01-10',
      overrides: { total: -5 },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await store.db.table('credentials').put(row);
    show(<AddCredentialForm custom={[]} existing={row} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Edit credential' });
    type(form, 'Exam date (optional)', '2019-11-04');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const words =
      'Nothing was saved: a number you set for this credential itself (“Your number for …” on its page) no longer fits its rule. Change or clear it there, then save again.';
    await waitFor(() => expect(document.activeElement?.textContent).toBe(words), SLOW);
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    expect(form.querySelector('.error-summary')).toBeNull();
    expect(valueOf(form, 'Exam date (optional)')).toBe('2019-11-04');
    expect((await listHeld(store))[0]?.examDate).toBeNull();
  });
});

describe('defining a credential of your own', TEST, () => {
  it('lists each problem under its label in the form’s order; each entry goes to its field', async () => {
    show(<CustomCredentialForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Define your own credential' });
    type(form, 'Short name', 'ChPP');
    type(form, 'Credits needed per cycle', '-5');
    fireEvent.click(within(form).getByRole('button', { name: 'Add a category' }));
    type(form, 'Category 1 minimum', '10');
    type(form, 'Category 1 cap', '5');
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('5 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Awarding body: This is needed.',
      'Full name: This is needed.',
      'Credits needed per cycle: This cannot be negative.',
      'Category 1 name: This is needed.',
      'Category 1 minimum: The minimum cannot be above the cap.',
    ]);
    // The messages at the fields are the same words.
    expect(messageAt(within(form).getByLabelText('Full name'))).toBe('This is needed.');
    expect(messageAt(within(form).getByLabelText('Category 1 minimum'))).toBe(
      'The minimum cannot be above the cap.',
    );
    for (const label of ['Category 1 minimum', 'Full name', 'Credits needed per cycle'])
      expect(follow(summary, label)).toBe(within(form).getByLabelText(label));
    // Nothing typed is lost, nothing is saved.
    expect(valueOf(form, 'Short name')).toBe('ChPP');
    expect(valueOf(form, 'Credits needed per cycle')).toBe('-5');
    expect(valueOf(form, 'Category 1 cap')).toBe('5');
    expect(await listCustom(store)).toEqual([]);
  });

  it('more than 20 categories: the entry names the categories and goes to the first one', async () => {
    show(<CustomCredentialForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Define your own credential' });
    type(form, 'Awarding body', 'APM');
    type(form, 'Short name', 'ChPP');
    type(form, 'Full name', 'Chartered Project Professional');
    type(form, 'Credits needed per cycle', '35');
    for (let i = 1; i <= 21; i++) {
      fireEvent.click(within(form).getByRole('button', { name: 'Add a category' }));
      type(form, `Category ${i} name`, `Topic ${i}`);
    }
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));

    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual([
      'Categories (optional): At most 20 categories: remove the ones you need least.',
    ]);
    expect(within(form).getByText('Categories (optional)').tagName).toBe('LEGEND');
    expect(follow(summary, 'Categories (optional)')).toBe(
      within(form).getByLabelText('Category 1 name'),
    );
  });

  it('a storage failure is still said in words and focused; what was typed stays', async () => {
    show(<CustomCredentialForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Define your own credential' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));
    await focusedSummary(form);

    type(form, 'Awarding body', 'APM');
    type(form, 'Short name', 'ChPP');
    type(form, 'Full name', 'Chartered Project Professional');
    type(form, 'Credits needed per cycle', '35');
    store.db.close();
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));

    const words = 'Nothing was saved: Ascent was updated in another window. Reload to continue.';
    await waitFor(() => expect(document.activeElement?.textContent).toBe(words), SLOW);
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    expect(valueOf(form, 'Full name')).toBe('Chartered Project Professional');
    expect(valueOf(form, 'Credits needed per cycle')).toBe('35');
  });
});

describe('problems the credential form does not show', () => {
  it('a renewal refused for another reason is said in words, naming the renewal', () => {
    const errors = heldErrorMap(
      [{ field: 'renewals.1.date', code: 'RENEWAL_OUTSIDE_WINDOW' }],
      [{ date: '2020-01-05' }, { date: '2024-03-02' }],
    );
    expect(heldSummaryItems(errors, 'Earned on (certification date)')).toEqual([]);
    expect(unshownProblemsText(errors, 'held')).toBe(
      `Nothing was saved: your renewal of Mar 2, 2024 (“${fieldErrorText('RENEWAL_OUTSIDE_WINDOW')}”) was refused. Correct it on the credential’s page, or Cancel to keep what is stored.`,
    );
  });

  it('an earned-date problem while that field is hidden is said, not lost', () => {
    const errors = heldErrorMap([{ field: 'earnedDate', code: 'DATE_INVALID' }]);
    expect(heldSummaryItems(errors, null)).toEqual([]);
    expect(unshownProblemsText(errors, 'held', false)).toBe(
      'Nothing was saved: the earned date kept with it was refused (“Enter a real date.”). Set the stage to Earned to see and change it, or Cancel to keep what is stored.',
    );
    expect(unshownProblemsText(errors, 'held', true)).toBeNull();
  });
});
