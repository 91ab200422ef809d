// The network area says what each save did (which record, and how it counts for credit) in the
// app's one status notice, keeps what was typed when a save fails, and opens its forms from
// their `new` addresses (where the command palette goes).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveContact } from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('network-notice'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function renderNetwork(rest: string[], using: Store = store) {
  render(
    <StoreProvider store={using}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={rest} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function addContact(name: string) {
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
}

/** The one status message that says `words`, read whole. */
async function notice(words: string) {
  await waitFor(() => {
    const found = screen.getAllByRole('status').filter((s) => s.textContent?.includes(words));
    expect(found).toHaveLength(1);
  }, SLOW);
  // The region may hold a notice and an Undo offer side by side: the one with the words.
  const region = screen.getAllByRole('status').find((s) => s.textContent?.includes(words))!;
  return [...region.querySelectorAll('span')].find((s) => s.textContent?.includes(words))
    ?.textContent;
}

async function logInteraction(fields: { kind: string; date: string; hours?: string }) {
  fireEvent.click(await screen.findByRole('button', { name: 'Log an interaction' }, SLOW));
  const form = screen.getByRole('form', { name: 'Log an interaction' });
  fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: fields.kind } });
  fireEvent.change(within(form).getByLabelText('Date'), { target: { value: fields.date } });
  if (fields.hours)
    fireEvent.change(within(form).getByLabelText('Hours'), { target: { value: fields.hours } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
  await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
}

describe('after saving an interaction', { timeout: 20_000 }, () => {
  it('says which interaction was saved', async () => {
    await addContact('Priya Shah');
    renderNetwork(['interactions']);
    await logInteraction({ kind: 'call', date: '2026-11-20' });
    expect(await notice('Priya Shah')).toBe(
      `Saved your call with Priya Shah on ${formatDate('2026-11-20')}.`,
    );
  });

  it('says in the same message that mentoring before any earned credential earns no credit', async () => {
    await addContact('Priya Shah');
    renderNetwork(['interactions']);
    await logInteraction({ kind: 'mentoring-received', date: '2026-11-20', hours: '2' });
    expect(await notice('earns no credit')).toBe(
      `Saved the mentoring you received from Priya Shah on ${formatDate('2026-11-20')}. ` +
        'No credential was earned by then, so it earns no credit.',
    );
  });

  it('says which credential mentoring counts for and that its entries wait to be confirmed', async () => {
    await addContact('Priya Shah');
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    if (!held.ok) throw new Error('credential not saved');
    renderNetwork(['interactions']);
    await logInteraction({ kind: 'mentoring-given', date: '2026-11-20', hours: '2' });
    expect(await notice('earns credit')).toBe(
      `Saved the mentoring you gave Priya Shah on ${formatDate('2026-11-20')}. ` +
        'It earns credit for PMP: check its credit entries at the top of the page and confirm them.',
    );
    expect(screen.getByRole('heading', { name: 'Credit entries to confirm' })).toBeDefined();
  });

  it('stops asking to confirm once the credit entries are confirmed, and says they are in the log', async () => {
    await addContact('Priya Shah');
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    if (!held.ok) throw new Error('credential not saved');
    renderNetwork(['interactions']);
    await logInteraction({ kind: 'mentoring-given', date: '2026-11-20', hours: '2' });
    await notice('confirm them');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm credit entries' }));
    expect(await notice('Confirmed')).toBe(
      'Confirmed: “Mentoring I gave with Priya Shah” now counts for PMP in your credit log.',
    );
    expect(screen.queryByText(/confirm them/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Credit entries to confirm' })).toBeNull();
  });

  it('says what happened to its credit entries after an edit', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    await addContact('Priya Shah');
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    if (!held.ok) throw new Error('credential not saved');
    renderNetwork(['interactions']);
    await logInteraction({ kind: 'mentoring-given', date: '2026-11-20', hours: '2' });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm credit entries' }));
    await waitFor(
      () => expect(screen.queryByRole('heading', { name: 'Credit entries to confirm' })).toBeNull(),
      SLOW,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Edit/ }, SLOW));
    const form = screen.getByRole('form', { name: 'Edit interaction' });
    fireEvent.change(within(form).getByLabelText('Hours'), { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Update them to match' }, SLOW));
    expect(await notice('updated to match')).toBe(
      `Saved the changes to the mentoring you gave Priya Shah on ${formatDate('2026-11-20')}. ` +
        'Its credit entries were updated to match.',
    );
  });

  it('says a follow-up was marked as done', async () => {
    await addContact('Priya Shah');
    renderNetwork(['interactions']);
    fireEvent.click(await screen.findByRole('button', { name: 'Log an interaction' }, SLOW));
    const form = screen.getByRole('form', { name: 'Log an interaction' });
    fireEvent.change(within(form).getByLabelText('Next follow-up (optional)'), {
      target: { value: '2026-12-02' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    expect(await notice('Next follow-up')).toBe(
      `Saved your meeting with Priya Shah on ${formatDate(asOf)}. ` +
        `Next follow-up: ${formatDate('2026-12-02')}.`,
    );
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    fireEvent.click(within(list).getByRole('button', { name: /^Done/ }));
    expect(await notice('marked as done')).toBe('Follow-up with Priya Shah marked as done.');
    await screen.findByText('No follow-ups planned.', undefined, SLOW);
  });
});

describe('a later interaction answers the open follow-up', { timeout: 20_000 }, () => {
  it('says so in the save notice, and the row shows the follow-up as answered', async () => {
    await addContact('Morgan Ellis');
    renderNetwork(['interactions']);
    fireEvent.click(await screen.findByRole('button', { name: 'Log an interaction' }, SLOW));
    const form = screen.getByRole('form', { name: 'Log an interaction' });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-11-10' } });
    fireEvent.change(within(form).getByLabelText('Next follow-up (optional)'), {
      target: { value: '2026-11-27' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    expect(list.textContent).toContain('Morgan Ellis');
    // An earlier interaction with the person answers nothing.
    await logInteraction({ kind: 'message', date: '2026-11-05' });
    expect(await notice('your messages')).toBe(
      `Saved your messages with Morgan Ellis on ${formatDate('2026-11-05')}.`,
    );
    expect(screen.getByRole('list', { name: 'Follow-ups' })).toBeDefined();

    await logInteraction({ kind: 'call', date: '2026-11-22' });
    expect(await notice('your call')).toBe(
      `Saved your call with Morgan Ellis on ${formatDate('2026-11-22')}. ` +
        `This answers your follow-up with Morgan Ellis of ${formatDate('2026-11-27')}.`,
    );
    await screen.findByText('No follow-ups planned.', undefined, SLOW);
    const table = screen.getByRole('table', { name: /Your interactions/ });
    const rows = within(table).getAllByRole('row');
    const meeting = rows.find((r) => r.textContent?.includes(formatDate('2026-11-10')))!;
    expect(meeting.textContent).toContain(`${formatDate('2026-11-27')} (answered)`);
  });
});

describe('after saving a contact or a membership', { timeout: 20_000 }, () => {
  it('names the contact and the relationship', async () => {
    renderNetwork(['contacts']);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a contact' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ana Lima' } });
    fireEvent.change(within(form).getByLabelText('Relationship'), {
      target: { value: 'mentor' },
    });
    fireEvent.change(within(form).getByLabelText('Mentoring since'), {
      target: { value: '2026-01-10' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    expect(await notice('Ana Lima')).toBe(
      `Saved Ana Lima as your mentor since ${formatDate('2026-01-10')}.`,
    );
  });

  it('names a mentoring that has already ended as a former one', async () => {
    renderNetwork(['contacts']);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a contact' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ana Lima' } });
    fireEvent.change(within(form).getByLabelText('Relationship'), {
      target: { value: 'mentor' },
    });
    fireEvent.change(within(form).getByLabelText('Mentoring since'), {
      target: { value: '2024-01-10' },
    });
    fireEvent.change(within(form).getByLabelText('Mentoring ended (optional)'), {
      target: { value: '2025-06-30' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    expect(await notice('Ana Lima')).toBe(
      `Saved Ana Lima as your former mentor, ${formatDate('2024-01-10')} – ${formatDate('2025-06-30')}.`,
    );
  });

  it('names the membership and its renewal day', async () => {
    renderNetwork(['memberships']);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a membership' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a membership' });
    fireEvent.change(within(form).getByLabelText('Association or chapter'), {
      target: { value: 'PMI Netherlands Chapter' },
    });
    fireEvent.change(within(form).getByLabelText('Member since'), {
      target: { value: '2025-03-01' },
    });
    fireEvent.change(within(form).getByLabelText('Renewal date'), {
      target: { value: '2027-03-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save membership' }));
    expect(await notice('PMI Netherlands Chapter')).toBe(
      `Saved your membership of PMI Netherlands Chapter. Renewal date: ${formatDate('2027-03-01')}.`,
    );
  });
});

describe('a save that fails', { timeout: 20_000 }, () => {
  it('says nothing was saved and keeps what was typed', async () => {
    renderNetwork(['contacts'], { ...store, mode: 'read-only' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add a contact' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ana Lima' } });
    fireEvent.change(within(form).getByLabelText('Organisation'), {
      target: { value: 'Acme' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    const alert = await within(form).findByRole('alert', undefined, SLOW);
    expect(alert.textContent).toContain('Nothing was saved');
    expect(within(form).getByLabelText('Name')).toHaveProperty('value', 'Ana Lima');
    expect(within(form).getByLabelText('Organisation')).toHaveProperty('value', 'Acme');
    expect(screen.queryByText(/^Saved/)).toBeNull();
  });
});

describe('the new addresses', { timeout: 20_000 }, () => {
  it.each([
    ['contacts', 'Add a contact', 'Name'],
    ['memberships', 'Add a membership', 'Association or chapter'],
  ])('#/network/%s/new opens the form ready to type', async (tab, name, first) => {
    renderNetwork([tab, 'new']);
    const form = await screen.findByRole('form', { name }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(first)));
  });

  it('#/network/interactions/new opens the form, or asks for a contact first', async () => {
    renderNetwork(['interactions', 'new']);
    const link = await screen.findByRole('link', { name: 'Add a contact' }, SLOW);
    expect(link.getAttribute('href')).toBe('#/network/contacts/new');
    expect(screen.queryByRole('form')).toBeNull();
    cleanup();
    await addContact('Priya Shah');
    renderNetwork(['interactions', 'new']);
    const form = await screen.findByRole('form', { name: 'Log an interaction' }, SLOW);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Contact')),
    );
  });
});
