// Review A10: deleting a contact never silently takes their interactions. With interactions it
// asks first, naming what goes; the notice after says what went, and Undo puts it all back.
// A contact without interactions goes at once, with Undo. Today is 22 Nov 2026.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { interactionCredits, type Interaction } from '../../../shared/domain/journal';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { confirmCredits } from '../../../renderer/src/db/repositories/journal';
import {
  saveContact,
  saveInteraction,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const TEST = { timeout: 20_000 };
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
let store: Store;

beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('contact-delete-ui'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function contact(name: string): Promise<string> {
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
  return saved.value.id;
}

/** Morgan Ellis with a mentoring session (credit entry confirmed when `credit`), a call and a message. */
async function morgan(credit: boolean) {
  const id = await contact('Morgan Ellis');
  const talk = async (fields: Partial<Interaction>) => {
    const saved = await saveInteraction(
      store,
      {
        contactId: id,
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
    return saved.value;
  };
  const mentoring = await talk({
    kind: 'mentoring-received',
    hours: 1.5,
    followUp: '2026-11-27',
    reflection: { learned: 'Ask for the decision first.', apply: 'Next steering group.' },
  });
  await talk({ date: '2026-11-22' });
  await talk({ kind: 'message', date: '2026-11-05' });
  if (credit) {
    const fresh = interactionCredits(mentoring, 'Morgan Ellis', held).suggestions;
    const done = await confirmCredits(
      store,
      'interactions',
      mentoring.id,
      fresh.map((s) => s.activity),
      asOf,
    );
    if (!done.ok) throw new Error('credit not confirmed');
  }
  return id;
}

function renderContacts(backups: FakeBackups | null = null) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(backups)}>
        <UndoProvider>
          <NetworkScreen rest={['contacts']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function clickDelete(name: string) {
  const row = await screen.findByRole('row', { name: new RegExp(name) }, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
}

const count = (table: string) => store.db.table(table).count();

/** The notice that says `words`, read whole. */
async function notice(words: string) {
  const found = await screen.findByText(words, { selector: 'span' }, SLOW);
  return found.textContent;
}

describe('deleting a contact with interactions', TEST, () => {
  it('asks first, naming what goes; Cancel keeps everything', async () => {
    await morgan(true);
    renderContacts();
    await clickDelete('Morgan Ellis');
    const ask = await screen.findByRole('alertdialog', {
      name: 'Delete Morgan Ellis and their 3 interactions (1 with credit entries)?',
    });
    const items = within(ask)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      `Call, ${formatDate('2026-11-22')}`,
      `Mentoring I received, ${formatDate('2026-11-10')} (1 credit entry in your credit log)`,
      `Message, ${formatDate('2026-11-05')}`,
    ]);
    expect(ask.textContent).toContain('Next you choose whether their credit entries are deleted');
    // Nothing is deleted while it asks.
    expect(await count('interactions')).toBe(3);
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await count('contacts')).toBe(1);
    expect(await count('interactions')).toBe(3);
    expect(await count('activities')).toBe(1);
  });

  it('deletes them with their credit entries after both answers, backing up first; Undo puts all back', async () => {
    await morgan(true);
    const backups = fakeBackups();
    renderContacts(backups);
    await clickDelete('Morgan Ellis');
    const ask = await screen.findByRole('alertdialog', { name: /^Delete Morgan Ellis/ });
    fireEvent.click(
      within(ask).getByRole('button', { name: 'Delete Morgan Ellis and 3 interactions…' }),
    );
    const credits = await screen.findByRole('dialog', { name: 'This entry has credit entries' });
    expect(await count('contacts')).toBe(1);
    fireEvent.click(within(credits).getByRole('button', { name: 'Delete them too' }));
    expect(await notice('Deleted Morgan Ellis, 3 interactions and 1 credit entry.')).toBe(
      'Deleted Morgan Ellis, 3 interactions and 1 credit entry.',
    );
    expect(await count('contacts')).toBe(0);
    expect(await count('interactions')).toBe(0);
    expect(await count('activities')).toBe(0);
    expect(backups.files.map((f) => f.info.reason)).toEqual(['before-bulk-delete']);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await screen.findByRole('row', { name: /Morgan Ellis/ }, SLOW);
    expect(await count('interactions')).toBe(3);
    expect(await count('activities')).toBe(1);
  });

  it('keeps the credit entries unlinked when so answered, and says so', async () => {
    await morgan(true);
    renderContacts();
    await clickDelete('Morgan Ellis');
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Delete Morgan Ellis and 3 interactions…',
      }),
    );
    const credits = await screen.findByRole('dialog', { name: 'This entry has credit entries' });
    fireEvent.click(
      within(credits).getByRole('button', { name: 'Keep them in the credit log, unlinked' }),
    );
    const kept =
      'Deleted Morgan Ellis and 3 interactions. Their 1 credit entry stays in your credit log, unlinked.';
    expect(await notice(kept)).toBe(kept);
    const left = await store.db.table('activities').toArray();
    expect(left.map((a) => a.sourceId)).toEqual([undefined]);
  });

  it('without credit entries: one question, and the notice counts the interactions', async () => {
    await morgan(false);
    const backups = fakeBackups();
    renderContacts(backups);
    await clickDelete('Morgan Ellis');
    const ask = await screen.findByRole('alertdialog', {
      name: 'Delete Morgan Ellis and their 3 interactions?',
    });
    expect(ask.textContent).not.toContain('credit entries');
    fireEvent.click(
      within(ask).getByRole('button', { name: 'Delete Morgan Ellis and 3 interactions' }),
    );
    expect(await notice('Deleted Morgan Ellis and 3 interactions.')).toBe(
      'Deleted Morgan Ellis and 3 interactions.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await count('interactions')).toBe(0);
    expect(backups.files).toEqual([]);
  });
});

describe('deleting a contact without interactions', TEST, () => {
  it('asks nothing, and offers Undo', async () => {
    await contact('Sam Ortiz');
    renderContacts();
    await clickDelete('Sam Ortiz');
    expect(await notice('Deleted Sam Ortiz.')).toBe('Deleted Sam Ortiz.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await count('contacts')).toBe(0);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(await count('contacts')).toBe(1);
  });
});
