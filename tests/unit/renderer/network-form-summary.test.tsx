// The interaction and membership forms sum up a failed save as every other form does: a list
// at the top naming each problem under its field's visible label, each a link-like button that
// moves focus to that field, the list itself focused, the fields' own messages kept, and
// nothing typed lost or saved. Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEXT_MAX } from '../../../shared/domain/journal/fields';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  saveContact,
  type ContactRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { InteractionForm } from '../../../renderer/src/features/network/InteractionForm';
import { MembershipForm } from '../../../renderer/src/features/network/MembershipForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow } from './error-summary-helpers';

const asOf = '2026-11-22';
const TEST = { timeout: 30_000 };
let store: Store;

beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('network-form-summary'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
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

/** The message shown at a field itself (its inline error, which it is described by). */
function fieldMessage(input: HTMLElement): string | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'))
    ?.textContent;
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('the interaction form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each link goes to its field', async () => {
    const contact = await priya();
    const onSaved = vi.fn();
    show(
      <InteractionForm
        interaction={null}
        contacts={[contact]}
        held={[]}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Log an interaction' });
    type(within(form).getByLabelText('Date'), '2026-12-01');
    type(within(form).getByLabelText('Hours'), 'two');
    type(within(form).getByLabelText('Notes'), 'Talked about the PMO role.');
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Date: This date is in the future. Use the day it really happened.',
      'Hours: Enter a number, for example 1.5.',
    ]);
    expect(within(form).queryByText(/Check the fields marked below/)).toBeNull();

    const hours = within(form).getByLabelText('Hours');
    const date = within(form).getByLabelText('Date');
    expect(follow(summary, 'Hours')).toBe(hours);
    expect(follow(summary, 'Date')).toBe(date);
    // The fields keep their own messages and what was typed.
    expect(fieldMessage(hours)).toBe('Enter a number, for example 1.5.');
    expect(fieldMessage(date)).toBe('This date is in the future. Use the day it really happened.');
    expect(hours).toHaveProperty('value', 'two');
    expect(date).toHaveProperty('value', '2026-12-01');
    expect(within(form).getByLabelText('Notes')).toHaveProperty(
      'value',
      'Talked about the PMO role.',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(await store.db.table('interactions').count()).toBe(0);
  });

  it('names a too-long note and reflection, which had no message before, at their fields', async () => {
    const contact = await priya();
    show(
      <InteractionForm
        interaction={null}
        contacts={[contact]}
        held={[]}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Log an interaction' });
    const long = 'x'.repeat(TEXT_MAX + 1);
    type(within(form).getByLabelText('Notes'), long);
    type(within(form).getByLabelText('How I will use it'), long);
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Notes: This is too long: 10,001 characters, at most 10,000 fit. Shorten it by 1.',
      'How I will use it: This is too long: 10,001 characters, at most 10,000 fit. Shorten it by 1.',
    ]);
    const apply = within(form).getByLabelText('How I will use it');
    expect(follow(summary, 'How I will use it')).toBe(apply);
    expect(follow(summary, 'Notes')).toBe(within(form).getByLabelText('Notes'));
    expect(fieldMessage(apply)).toBe(
      'This is too long: 10,001 characters, at most 10,000 fit. Shorten it by 1.',
    );
    expect(await store.db.table('interactions').count()).toBe(0);
  });
});

describe('the membership form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each link goes to its field', async () => {
    const onDone = vi.fn();
    show(<MembershipForm membership={null} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Add a membership' });
    type(within(form).getByLabelText('Member since'), '2025-03-01');
    type(within(form).getByLabelText('Renewal date'), '2025-01-01');
    type(within(form).getByLabelText('Yearly cost (optional)'), '120');
    type(within(form).getByLabelText('Currency'), 'EU');
    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('3 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Association or chapter: This is needed.',
      'Renewal date: The renewal date cannot be before the day you became a member.',
      'Currency: Use a three-letter currency code, such as EUR or USD.',
    ]);
    expect(within(form).queryByText(/Check the fields marked below/)).toBeNull();

    const currency = within(form).getByLabelText('Currency');
    const renewal = within(form).getByLabelText('Renewal date');
    expect(follow(summary, 'Currency')).toBe(currency);
    expect(follow(summary, 'Renewal date')).toBe(renewal);
    expect(follow(summary, 'Association or chapter')).toBe(
      within(form).getByLabelText('Association or chapter'),
    );
    expect(fieldMessage(currency)).toBe('Use a three-letter currency code, such as EUR or USD.');
    expect(fieldMessage(renewal)).toBe(
      'The renewal date cannot be before the day you became a member.',
    );
    expect(within(form).getByLabelText('Member since')).toHaveProperty('value', '2025-03-01');
    expect(renewal).toHaveProperty('value', '2025-01-01');
    expect(within(form).getByLabelText('Yearly cost (optional)')).toHaveProperty('value', '120');
    expect(currency).toHaveProperty('value', 'EU');
    expect(onDone).not.toHaveBeenCalled();
    expect(await store.db.table('memberships').count()).toBe(0);
  });

  it('says one thing in the singular', async () => {
    show(<MembershipForm membership={null} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a membership' });
    type(within(form).getByLabelText('Association or chapter'), 'PMI Netherlands Chapter');
    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));
    const { heading, links } = await focusedSummary(form);
    expect(heading).toBe('One thing needs your attention; nothing was saved:');
    expect(links).toEqual(['Member since: This is needed.']);
    expect(await store.db.table('memberships').count()).toBe(0);
  });
});
