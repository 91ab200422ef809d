// Escape in the Network, Goals and Experience inline forms acts as Cancel, as in the Learning
// and credential forms: with nothing changed the form closes at once; after typing it asks
// "Discard your changes?" first, "Keep editing" keeps what was typed and puts the focus back
// in the field, "Discard changes" closes it. Escape in a question the form asks (a <dialog>)
// is that question's. On the Goals and Experience screens the focus goes back to the button
// that opened the form.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  saveContact,
  type ContactRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { ExperienceScreen } from '../../../renderer/src/features/experience/ExperienceScreen';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { emptyGoalDraft } from '../../../renderer/src/features/goals/goal-draft';
import { GoalForm } from '../../../renderer/src/features/goals/GoalForm';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { ContactForm } from '../../../renderer/src/features/network/ContactForm';
import { InteractionForm } from '../../../renderer/src/features/network/InteractionForm';
import { MembershipForm } from '../../../renderer/src/features/network/MembershipForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  store = await openStore(freshName('escape-closes-forms'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function priya(): Promise<ContactRow> {
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
    asOf,
  );
  if (!saved.ok) throw new Error('contact not saved');
  return saved.value;
}

interface Case {
  /** The form's accessible name. */
  form: string;
  /** A text field to type into, and what to type. */
  field: string;
  typed: string;
  /** Draws the form; `close` is its onCancel / onDone. */
  draw: (close: () => void) => Promise<ReactElement>;
}

const cases: Case[] = [
  {
    form: 'Add a contact',
    field: 'Name',
    typed: 'Ana Lopez',
    draw: async (close) => <ContactForm contact={null} onDone={close} />,
  },
  {
    form: 'Log an interaction',
    field: 'Notes',
    typed: 'Talked about the PMO set-up',
    draw: async (close) => (
      <InteractionForm
        interaction={null}
        contacts={[await priya()]}
        held={[]}
        onSaved={() => {
          throw new Error('Escape must not save');
        }}
        onCancel={close}
      />
    ),
  },
  {
    form: 'Add a membership',
    field: 'Association or chapter',
    typed: 'PMI Ireland',
    draw: async (close) => <MembershipForm membership={null} onDone={close} />,
  },
  {
    form: 'Add a goal',
    field: 'Goal',
    typed: 'Earn PMP',
    draw: async (close) => (
      <GoalForm initial={emptyGoalDraft(asOf)} plan={defaultLadderPlan()} onDone={close} />
    ),
  },
  {
    form: 'Add a role',
    field: 'Job title',
    typed: 'PMO Analyst',
    draw: async (close) => <RoleForm onDone={close} />,
  },
];

const escape = (element: Element) => fireEvent.keyDown(element, { key: 'Escape' });

describe.each(cases)('Escape in "$form"', { timeout: 30_000 }, (c) => {
  async function open() {
    const close = vi.fn();
    show(await c.draw(close));
    const form = await screen.findByRole('form', { name: c.form }, SLOW);
    const field = within(form).getByLabelText(c.field, { exact: true }) as HTMLInputElement;
    return { close, form, field };
  }

  it('closes the form at once when nothing was changed', async () => {
    const { close, field } = await open();
    field.focus();
    escape(field);
    expect(close).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks "Discard your changes?" after typing; Keep editing keeps it, Discard closes', async () => {
    const { close, form, field } = await open();
    fireEvent.change(field, { target: { value: c.typed } });
    field.focus();
    escape(field);
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    expect(question.textContent).toContain(
      'You have changes in this form that are not saved. If you close it now, they are lost.',
    );
    expect(close).not.toHaveBeenCalled();

    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const kept = within(form).getByLabelText(c.field, { exact: true }) as HTMLInputElement;
    expect(kept.value).toBe(c.typed);
    expect(document.activeElement).toBe(kept);
    expect(close).not.toHaveBeenCalled();

    escape(kept);
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape in a question the form asks to that question', async () => {
    const { close, form, field } = await open();
    fireEvent.change(field, { target: { value: c.typed } });
    // A <dialog> inside the form (as the credit-entries question is): its Escape is its own.
    const inner = document.createElement('dialog');
    const button = document.createElement('button');
    inner.append(button);
    form.append(inner);
    act(() => {
      escape(button);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(close).not.toHaveBeenCalled();
  });
});

/** The accessible text of the focused element. */
const focusedText = () => document.activeElement?.textContent ?? '';

describe(
  'Escape gives the focus back to the button that opened the form',
  { timeout: 30_000 },
  () => {
    it('on the Goals screen: "Add a goal"', async () => {
      show(<GoalsScreen />);
      const add = await screen.findByRole('button', { name: 'Add a goal' }, SLOW);
      add.focus();
      fireEvent.click(add);
      const form = screen.getByRole('form', { name: 'Add a goal' });
      escape(within(form).getByLabelText('Goal', { exact: true }));
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a goal' })).toBeNull());
      await waitFor(() => expect(focusedText()).toBe('Add a goal'));
    });

    it('on the Experience screen: "Add a role", also after "Discard changes"', async () => {
      show(<ExperienceScreen />);
      const add = await screen.findByRole('button', { name: 'Add a role' }, SLOW);
      add.focus();
      fireEvent.click(add);
      const form = screen.getByRole('form', { name: 'Add a role' });
      const title = within(form).getByLabelText('Job title', { exact: true });
      fireEvent.change(title, { target: { value: 'PMO Analyst' } });
      title.focus();
      escape(title);
      const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
      fireEvent.click(within(question).getByRole('button', { name: 'Discard changes' }));
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a role' })).toBeNull());
      await waitFor(() => expect(focusedText()).toBe('Add a role'));
      expect(await store.db.table('roles').count()).toBe(0);
    });
  },
);
