// The Network screen after review: deleting a contact keeps the keyboard user's place (and Undo
// brings it back), a membership starting later says "Starts …" as the ladder does not count it
// yet, dates out of order are refused at their field in words that name both days, mentoring
// cannot have begun in the future, and the mentoring area is asked only for mentoring.
// Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Interaction } from '../../../shared/domain/journal';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  saveContact,
  saveInteraction,
  saveMembership,
  type ContactRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { ContactForm } from '../../../renderer/src/features/network/ContactForm';
import { InteractionForm } from '../../../renderer/src/features/network/InteractionForm';
import { MembershipForm } from '../../../renderer/src/features/network/MembershipForm';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };
let store: Store;

beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('network-review'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(el: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{el}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function contact(name: string): Promise<ContactRow> {
  const saved = await saveContact(
    store,
    {
      name,
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

async function talk(contactId: string, fields: Partial<Interaction> = {}) {
  const saved = await saveInteraction(
    store,
    {
      contactId,
      date: '2026-11-10',
      kind: 'call',
      notes: '',
      hours: 0,
      area: 'powerSkills',
      followUp: null,
      ...fields,
    },
    { asOf },
  );
  if (!saved.ok) throw new Error('interaction not saved');
}

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** What has the focus, in words (jsdom joins a button's hidden words without a space). */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.replace(/^Delete(?=\S)/, 'Delete ')}`;
}

const ctrlZ = () => fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

const deleteOf = async (name: string) =>
  within(await screen.findByRole('region', { name: 'Contacts' }, SLOW)).getByRole('button', {
    name: new RegExp(`^Delete ?${name}$`),
  });

/** The message shown at a field itself (its inline error, which it is described by). */
function fieldMessage(input: HTMLElement): string | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'))
    ?.textContent;
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('deleting a contact keeps the focus in the list', TEST, () => {
  it('without interactions: to the next contact’s Delete, and back to the contact after Undo', async () => {
    for (const name of ['Ana', 'Ben', 'Cy']) await contact(name);
    show(<NetworkScreen rest={['contacts']} />);
    press(await deleteOf('Ben'));
    await screen.findByText('Deleted Ben.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe('button: Delete Cy'), SLOW);
    ctrlZ();
    await waitFor(() => expect(focused()).toBe('button: Delete Ben'), SLOW);
  });

  it('the last contact: to the one before', async () => {
    for (const name of ['Ana', 'Ben', 'Cy']) await contact(name);
    show(<NetworkScreen rest={['contacts']} />);
    press(await deleteOf('Cy'));
    await waitFor(() => expect(focused()).toBe('button: Delete Ben'), SLOW);
  });

  it('with interactions, after the question: to the next contact, and back after Undo', async () => {
    await contact('Ana');
    const ben = await contact('Ben');
    await contact('Cy');
    await talk(ben.id);
    show(<NetworkScreen rest={['contacts']} />);
    press(await deleteOf('Ben'));
    const ask = await screen.findByRole('alertdialog', {
      name: 'Delete Ben and their interaction?',
    });
    fireEvent.click(within(ask).getByRole('button', { name: 'Delete Ben and 1 interaction' }));
    await screen.findByText('Deleted Ben and 1 interaction.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe('button: Delete Cy'), SLOW);
    expect(await store.db.table('interactions').count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(focused()).toBe('button: Delete Ben'), SLOW);
    expect(await store.db.table('interactions').count()).toBe(1);
  });
});

describe('memberships: the state the ladder counts', TEST, () => {
  async function membership(organisation: string, since: string, renewal: string | null) {
    const saved = await saveMembership(
      store,
      { organisation, since, renewal, endedOn: null, cost: null, notes: '' },
      asOf,
    );
    if (!saved.ok) throw new Error(`membership not saved: ${JSON.stringify(saved)}`);
  }

  it('a membership starting on 15 Jan 2027 says when it starts, not "Current"', async () => {
    await membership('IPMA', '2027-01-15', null);
    await membership('PMI Chapter', '2025-11-27', '2027-11-27');
    await membership('IIBA', '2024-01-10', '2026-01-10');
    show(<NetworkScreen rest={['memberships']} />);
    const state = async (name: string) =>
      within(await screen.findByRole('row', { name: new RegExp(`^${name}`) }, SLOW))
        .getAllByRole('cell')
        .map((c) => c.textContent)[2];
    expect(await state('IPMA')).toBe(`Starts ${formatDate('2027-01-15')}`);
    expect(await state('PMI Chapter')).toBe('Current');
    expect(await state('IIBA')).toBe('Lapsed: renewal date passed');
  });

  it('the membership form accepts a start day to come', async () => {
    const onDone = vi.fn();
    show(<MembershipForm membership={null} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Add a membership' });
    type(within(form).getByLabelText('Association or chapter'), 'IPMA');
    type(within(form).getByLabelText('Member since'), '2027-01-15');
    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), SLOW);
    const [saved] = await store.db.table('memberships').toArray();
    expect(saved).toMatchObject({ organisation: 'IPMA', since: '2027-01-15', renewal: null });
  });

  it.each([
    [
      'Renewal date',
      '2025-01-01',
      'The renewal date cannot be before the day you became a member.',
    ],
    [
      'Left on (optional)',
      '2025-02-01',
      'The day you left cannot be before the day you became a member.',
    ],
  ])('%s before "Member since" names both days', async (label, day, words) => {
    show(<MembershipForm membership={null} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a membership' });
    type(within(form).getByLabelText('Association or chapter'), 'PMI Chapter');
    type(within(form).getByLabelText('Member since'), '2025-03-01');
    type(within(form).getByLabelText(label), day);
    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([`${label}: ${words}`]);
    expect(fieldMessage(within(form).getByLabelText(label))).toBe(words);
    expect(await store.db.table('memberships').count()).toBe(0);
  });
});

describe('the interaction form', TEST, () => {
  async function logForm() {
    const ana = await contact('Ana');
    const onSaved = vi.fn();
    show(
      <InteractionForm
        interaction={null}
        contacts={[ana]}
        held={[]}
        onSaved={onSaved}
        onCancel={() => undefined}
      />,
    );
    return { form: screen.getByRole('form', { name: 'Log an interaction' }), onSaved };
  }

  it('refuses a follow-up before the interaction, at the follow-up, naming its day', async () => {
    const { form, onSaved } = await logForm();
    type(within(form).getByLabelText('Date'), '2026-11-10');
    const followUp = within(form).getByLabelText('Next follow-up (optional)');
    type(followUp, '2026-11-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    // "(10 Nov 2026)" in the app's British English; jsdom's locale writes the day its own way.
    const words = `The follow-up cannot be before the interaction (${formatDate('2026-11-10')}).`;
    const { links } = await focusedSummary(form);
    expect(links).toEqual([`Next follow-up (optional): ${words}`]);
    expect(fieldMessage(followUp)).toBe(words);
    expect(followUp).toHaveProperty('value', '2026-11-01');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await store.db.table('interactions').count()).toBe(0);
  });

  it('accepts a follow-up on the interaction’s own day', async () => {
    const { form, onSaved } = await logForm();
    type(within(form).getByLabelText('Date'), '2026-11-10');
    type(within(form).getByLabelText('Next follow-up (optional)'), '2026-11-10');
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), SLOW);
  });

  it('asks the area only for mentoring; a call keeps a valid area', async () => {
    const { form, onSaved } = await logForm();
    const kind = within(form).getByLabelText('Kind');
    const area = () => within(form).queryByLabelText('Area of the mentoring');
    for (const k of ['meeting', 'call', 'message']) {
      type(kind, k);
      expect(area()).toBeNull();
    }
    type(kind, 'mentoring-received');
    expect(area()).toHaveProperty('value', 'powerSkills');
    type(area()!, 'businessAcumen');
    type(kind, 'mentoring-given');
    expect(area()).toHaveProperty('value', 'businessAcumen');
    type(kind, 'call');
    expect(area()).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), SLOW);
    const [saved] = await store.db.table('interactions').toArray();
    expect(saved).toMatchObject({ kind: 'call', area: 'businessAcumen' });
  });
});

describe('the contact form', TEST, () => {
  it('refuses "Mentoring since" in the future, and saves nothing', async () => {
    const onDone = vi.fn();
    show(<ContactForm contact={null} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Add a contact' });
    type(within(form).getByLabelText('Name'), 'Lee Park');
    type(within(form).getByLabelText('Relationship'), 'mentor');
    const since = within(form).getByLabelText('Mentoring since');
    type(since, '2027-05-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    const words = 'This date is in the future. Use the day it really happened.';
    const { links } = await focusedSummary(form);
    expect(links).toEqual([`Mentoring since: ${words}`]);
    expect(fieldMessage(since)).toBe(words);
    expect(onDone).not.toHaveBeenCalled();
    expect(await store.db.table('contacts').count()).toBe(0);
  });

  it('names both days when the mentoring ends before it began', async () => {
    show(<ContactForm contact={null} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a contact' });
    type(within(form).getByLabelText('Name'), 'Lee Park');
    type(within(form).getByLabelText('Relationship'), 'mentee');
    type(within(form).getByLabelText('Mentoring since'), '2026-05-01');
    type(within(form).getByLabelText('Mentoring ended (optional)'), '2026-04-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([
      'Mentoring ended (optional): The day the mentoring ended cannot be before the day it began.',
    ]);
    expect(await store.db.table('contacts').count()).toBe(0);
  });

  it('keeps a stored mentor editable when its "Mentoring since" is after today', async () => {
    // Saved before the check existed (or restored from such a backup): a day after today.
    const row = {
      ...(await contact('Lee Park')),
      relation: 'mentor' as const,
      since: '2027-05-01',
    };
    await store.db.table('contacts').put(row);
    const onDone = vi.fn();
    show(<ContactForm contact={row} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Edit contact' });
    type(within(form).getByLabelText(/^Notes/), 'Meets monthly');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), SLOW);
    const [saved] = await store.db.table('contacts').toArray();
    expect(saved).toMatchObject({ since: '2027-05-01', notes: 'Meets monthly' });
  });

  it('accepts a mentor since today', async () => {
    const onDone = vi.fn();
    show(<ContactForm contact={null} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Add a contact' });
    type(within(form).getByLabelText('Name'), 'Lee Park');
    type(within(form).getByLabelText('Relationship'), 'mentor');
    type(within(form).getByLabelText('Mentoring since'), asOf);
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), SLOW);
    const [saved] = await store.db.table('contacts').toArray();
    expect(saved).toMatchObject({ name: 'Lee Park', relation: 'mentor', since: asOf });
  });
});

describe('the follow-ups list', TEST, () => {
  it('marks a follow-up overdue once its day has passed, not on the day itself', async () => {
    const ana = await contact('Ana');
    const ben = await contact('Ben');
    await talk(ana.id, { followUp: '2026-11-21' });
    await talk(ben.id, { followUp: asOf });
    show(<NetworkScreen rest={['interactions']} />);
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/Done.*$/, '').trim());
    expect(items).toEqual([
      `${formatDate('2026-11-21')}: Ana (overdue)`,
      `${formatDate(asOf)}: Ben`,
    ]);
  });
});
