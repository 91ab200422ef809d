// Editing a credential definition of the user's own from the Credentials screen (updateCustom's
// doc comment): the same form as adding, filled with its values; Save changes it in place and
// the held credential using it follows; bad input is explained at the field with nothing lost;
// a definition deleted meanwhile is not brought back. A saved edit is undone from the app's
// Undo bar, like every other undo, so it still works once the Credentials screen is left; a
// definition deleted meanwhile is not put back by it. jsdom joins a button's hidden words
// without a space, so buttons are found by their first words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  deleteCustom,
  listCustom,
  saveCustom,
  saveHeld,
  updateCustom,
  type CustomRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

let store: Store;
let chpp: CustomRow;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('own-credential-edit'));
  const own = await saveCustom(store, {
    body: 'APM',
    acronym: 'ChPP',
    name: 'Chartered Project Professional',
    unit: 'CPD',
    cycleMonths: 12,
    total: 35,
    categories: [{ id: 'category-1', name: 'Reflective practice', min: 5 }],
  });
  if (!own.ok) throw new Error('custom credential not saved');
  chpp = own.value;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(screenElement: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{screenElement}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function holdChpp() {
  const held = await saveHeld(
    store,
    { credentialId: chpp.id, stage: 'earned', earnedDate: '2026-06-01' },
    '2026-11-22',
  );
  if (!held.ok) throw new Error('not held');
}

/** The Credentials screen, left for Goals and back as the sidebar does (each unmounts). */
function CredentialsThenGoals() {
  const [left, setLeft] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setLeft(!left)}>
        {left ? 'Go to Credentials' : 'Go to Goals'}
      </button>
      {left ? <GoalsScreen /> : <CredentialsScreen />}
    </>
  );
}

/** The app's Undo bar, found by what it says. */
async function undoBar(message: string) {
  const text = await screen.findByText(message, undefined, SLOW);
  const bar = text.parentElement!;
  expect(bar.closest('[role="status"]')).not.toBeNull();
  return bar;
}

const leaveForGoals = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Go to Goals' }));
  await screen.findByRole('heading', { level: 1, name: 'Goals' }, SLOW);
  expect(screen.queryByRole('region', { name: 'Your own credential definitions' })).toBeNull();
};

const definitions = () =>
  screen.findByRole('region', { name: 'Your own credential definitions' }, SLOW);

/** Opens the form from the keyboard: the Edit button focused, then pressed. */
async function openEdit() {
  const list = await definitions();
  const edit = within(list).getByRole('button', { name: /^Edit definition/ });
  edit.focus();
  fireEvent.click(edit);
  const form = within(list).getByRole('form', { name: 'Edit the definition of ChPP' });
  return { list, edit, form };
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const valueOf = (form: HTMLElement, label: string) =>
  (within(form).getByLabelText(label) as HTMLInputElement).value;

describe('editing a credential definition of your own', TEST, () => {
  it('opens filled in, saves in place, and the held credential follows', async () => {
    await holdChpp();
    show(<CredentialsThenGoals />);
    await screen.findByRole('article', { name: 'ChPP — Chartered Project Professional' }, SLOW);
    const { list, edit, form } = await openEdit();

    expect(edit.getAttribute('aria-expanded')).toBe('true');
    expect(valueOf(form, 'Awarding body')).toBe('APM');
    expect(valueOf(form, 'Short name')).toBe('ChPP');
    expect(valueOf(form, 'Full name')).toBe('Chartered Project Professional');
    expect(valueOf(form, 'Cycle length in months')).toBe('12');
    expect(valueOf(form, 'Credits needed per cycle')).toBe('35');
    expect(valueOf(form, 'Category 1 name')).toBe('Reflective practice');
    expect(valueOf(form, 'Category 1 minimum')).toBe('5');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Awarding body')),
    );

    // A new name says nothing about the rule; a new total does, before saving.
    type(form, 'Full name', 'Chartered Project Professional (2027 scheme)');
    expect(within(form).queryByText(/held credential uses this definition/)).toBeNull();
    type(form, 'Credits needed per cycle', '40');
    const note = await within(form).findByText(
      '1 held credential uses this definition; its cycles and what it needs will be worked out with the new rule.',
      undefined,
      SLOW,
    );
    const save = within(form).getByRole('button', { name: 'Save changes' });
    expect(save.getAttribute('aria-describedby')).toBe(note.id);
    // Its own save is not "changed after this form was opened", not even for a moment.
    const flashes: string[] = [];
    const watch = new MutationObserver(() => {
      if (/changed after this form was opened/.test(list.textContent ?? ''))
        flashes.push(list.textContent ?? '');
    });
    watch.observe(list, { subtree: true, childList: true, characterData: true });
    fireEvent.click(save);

    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull(), SLOW);
    watch.disconnect();
    expect(flashes).toEqual([]);
    await waitFor(
      () =>
        expect(list.textContent).toContain(
          'ChPP — Chartered Project Professional (2027 scheme) (APM): 40 CPD every 12 months.',
        ),
      SLOW,
    );
    // Said, with Undo, in the app's Undo bar; the list has no Undo of its own.
    const bar = await undoBar('Changes to ChPP saved.');
    expect(within(list).queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(within(list).queryByRole('status')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(edit));
    const card = await screen.findByRole(
      'article',
      { name: 'ChPP — Chartered Project Professional (2027 scheme)' },
      SLOW,
    );
    await waitFor(() => expect(card.textContent).toContain('0 CPDs counted of 40'), SLOW);
    const rows = await listCustom(store);
    expect(rows.map((r) => [r.id, r.total, r.categories])).toEqual([
      [chpp.id, 40, chpp.categories],
    ]);

    // The Credentials screen is left; Undo still puts the definition back as it was.
    await leaveForGoals();
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText('Changes to ChPP saved.')).toBeNull(), SLOW);
    const undone = await listCustom(store);
    expect(undone.map((r) => [r.id, r.name, r.total, r.categories])).toEqual([
      [chpp.id, 'Chartered Project Professional', 35, chpp.categories],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Go to Credentials' }));
    const back = await definitions();
    await waitFor(
      () =>
        expect(back.textContent).toContain(
          'ChPP — Chartered Project Professional (APM): 35 CPD every 12 months.',
        ),
      SLOW,
    );
    const before = await screen.findByRole(
      'article',
      { name: 'ChPP — Chartered Project Professional' },
      SLOW,
    );
    await waitFor(() => expect(before.textContent).toContain('0 CPDs counted of 35'), SLOW);
  });

  /** Saves 50 credits a cycle, then leaves for Goals; the Undo bar offering to undo it. */
  async function saveEditAndLeave() {
    show(<CredentialsThenGoals />);
    const { list, form } = await openEdit();
    type(form, 'Credits needed per cycle', '50');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(list.textContent).toContain('50 CPD every 12 months.'), SLOW);
    const bar = await undoBar('Changes to ChPP saved.');
    await leaveForGoals();
    return bar;
  }

  it('Undo of a saved edit is refused, and says so, once the definition was deleted', async () => {
    const bar = await saveEditAndLeave();

    // Deleted meanwhile (another window): Undo does not bring it back.
    const deleted = await deleteCustom(store, chpp.id);
    expect(deleted.ok).toBe(true);
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await undoBar('The definition of ChPP was deleted meanwhile: there is nothing to put back.');
    expect(await listCustom(store)).toEqual([]);
  });

  it('Undo of a saved edit is refused, and says so, once the definition was changed again', async () => {
    const bar = await saveEditAndLeave();

    // Changed again meanwhile (another window): Undo keeps those later changes.
    const [stored] = await listCustom(store);
    const { createdAt: _c, updatedAt: _u, ...definition } = stored!;
    expect((await updateCustom(store, { ...definition, total: 60 })).ok).toBe(true);
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await undoBar(
      'The definition of ChPP was changed after this, so it was not undone: the later changes are kept.',
    );
    expect((await listCustom(store))[0]?.total).toBe(60);
  });

  it('explains bad input in a list at the top and at the field, saves nothing and keeps what was typed', async () => {
    show(<CredentialsScreen />);
    const { form } = await openEdit();
    type(form, 'Full name', '');
    type(form, 'Cycle length in months', '24');
    type(form, 'Credits needed per cycle', '-5');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const name = within(form).getByLabelText('Full name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'), SLOW);
    // The list of what to fix, at the top, takes focus; each entry names a field as labelled.
    const summary = within(form).getByRole('region', { name: /need your attention/ });
    await waitFor(() => expect(document.activeElement).toBe(summary), SLOW);
    expect(summary.querySelector('p')?.textContent).toBe(
      '2 things need your attention; nothing was saved:',
    );
    expect(
      within(summary)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Full name: This is needed.', 'Credits needed per cycle: This cannot be negative.']);
    // The same words stay at the fields themselves.
    const errorOf = (input: HTMLElement) =>
      document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(errorOf(name)).toBe('This is needed.');
    expect(errorOf(within(form).getByLabelText('Credits needed per cycle'))).toBe(
      'This cannot be negative.',
    );
    fireEvent.click(within(summary).getByRole('button', { name: 'Full name: This is needed.' }));
    expect(document.activeElement).toBe(name);
    expect(valueOf(form, 'Cycle length in months')).toBe('24');
    expect(valueOf(form, 'Credits needed per cycle')).toBe('-5');
    expect(await listCustom(store)).toEqual([chpp]);
  });

  it('says so when the definition changes while its form is open, and Cancel keeps the change', async () => {
    show(<CredentialsScreen />);
    const { list, form } = await openEdit();
    const notice = /ChPP was changed after this form was opened/;
    expect(within(list).queryByText(notice)).toBeNull();

    // Changed in another window (or undone from the bar) while the form is open.
    const { createdAt: _c, updatedAt: _u, ...definition } = chpp;
    expect((await updateCustom(store, { ...definition, total: 60 })).ok).toBe(true);
    const status = await within(list).findByText(notice, undefined, SLOW);
    expect(status.getAttribute('role')).toBe('status');
    // What was typed stays; Cancel leaves the stored definition as it now is.
    expect(valueOf(form, 'Credits needed per cycle')).toBe('35');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull(), SLOW);
    expect((await listCustom(store))[0]?.total).toBe(60);
  });

  it('saved over a change made meanwhile, Undo puts back that change, not the form’s start', async () => {
    show(<CredentialsScreen />);
    const { list, edit, form } = await openEdit();
    const { createdAt: _c, updatedAt: _u, ...definition } = chpp;
    expect((await updateCustom(store, { ...definition, total: 60 })).ok).toBe(true);
    await within(list).findByText(/ChPP was changed after this form was opened/, undefined, SLOW);
    // Edit again on the open form: it keeps what it holds, and keeps saying so.
    fireEvent.click(edit);
    expect(valueOf(form, 'Credits needed per cycle')).toBe('35');
    within(list).getByText(/ChPP was changed after this form was opened/);

    type(form, 'Credits needed per cycle', '50');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull(), SLOW);
    expect((await listCustom(store))[0]?.total).toBe(50);
    const bar = await undoBar('Changes to ChPP saved.');
    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await listCustom(store))[0]?.total).toBe(60), SLOW);
  });

  it('says so when the definition is deleted while its form is open', async () => {
    show(<CredentialsScreen />);
    const { list, form } = await openEdit();
    expect((await deleteCustom(store, chpp.id)).ok).toBe(true);
    await within(list).findByText(
      /ChPP was deleted after this form was opened \(perhaps in another window\)/,
      undefined,
      SLOW,
    );
    expect(valueOf(form, 'Short name')).toBe('ChPP');
  });

  it('Cancel changes nothing and gives the focus back to Edit', async () => {
    show(<CredentialsScreen />);
    const { list, edit, form } = await openEdit();
    type(form, 'Short name', 'XYZ');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull(), SLOW);
    await waitFor(() => expect(document.activeElement).toBe(edit));
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    expect(list.textContent).toContain('ChPP — Chartered Project Professional (APM)');
    expect(await listCustom(store)).toEqual([chpp]);
  });

  it('deleted meanwhile (another window), it says so and brings nothing back', async () => {
    show(<CredentialsScreen />);
    const { form } = await openEdit();
    type(form, 'Credits needed per cycle', '50');
    await deleteCustom(store, chpp.id);
    await waitFor(() => expect(screen.queryByText(/^ChPP$/)).toBeNull(), SLOW);
    // The form stays, with what was typed.
    expect(valueOf(form, 'Credits needed per cycle')).toBe('50');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const alert = await within(form).findByRole('alert', undefined, SLOW);
    expect(alert.textContent).toBe(
      'The definition of ChPP was deleted meanwhile, perhaps in another window, so nothing was saved. What you typed is still here; to keep it, define the credential again with “Define your own credential”.',
    );
    expect(valueOf(form, 'Credits needed per cycle')).toBe('50');
    expect(await listCustom(store)).toEqual([]);
  });
});

describe('a goal form naming your own credential', TEST, () => {
  it('shows its new short name once the definition is edited', async () => {
    show(<GoalsScreen rest={['new']} />);
    const form = await screen.findByRole('form', { name: 'Add a goal' }, SLOW);
    const which = () =>
      within(within(form).getByLabelText('Which credential'))
        .getAllByRole('option')
        .map((o) => o.textContent);
    await waitFor(() => expect(which()).toContain('ChPP (your own)'), SLOW);

    const { createdAt: _c, updatedAt: _u, ...definition } = chpp;
    const saved = await updateCustom(store, { ...definition, acronym: 'ChPP-2' });
    expect(saved.ok).toBe(true);
    await waitFor(() => expect(which()).toContain('ChPP-2 (your own)'), SLOW);
    expect(which()).not.toContain('ChPP (your own)');
  });
});
