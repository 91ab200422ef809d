// The command palette listed a person's interactions of one day in the order of their stored
// ids, which are random, while the Network screen lists them latest first and, on one day, the
// one logged later first (compareInteractions). The palette now lists them as the screen does.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from '../../../renderer/src/app/command-palette/CommandPalette';
import { formatDate as day } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
let store: Store;

const interaction = (id: string, kind: string, date: string, loggedAt: string) => ({
  id,
  contactId: 'c1',
  date,
  kind,
  notes: '',
  hours: 0,
  area: 'powerSkills',
  followUp: null,
  createdAt: loggedAt,
  updatedAt: loggedAt,
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  Element.prototype.scrollIntoView ??= function () {};
  store = await openStore(freshName('palette-interactions-same-day'));
  await store.db.table('contacts').add({
    id: 'c1',
    name: 'Priya Raman',
    organisation: '',
    role: '',
    howMet: '',
    tags: [],
    relation: 'contact',
    since: null,
    until: null,
    notes: '',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
  });
  // Ids in the opposite order to when they were logged: the list must not follow them.
  await store.db
    .table('interactions')
    .bulkPut([
      interaction('a-call', 'call', '2026-11-13', '2026-11-13T17:00:00.000Z'),
      interaction('m-message', 'message', '2026-11-13', '2026-11-13T12:00:00.000Z'),
      interaction('z-meeting', 'meeting', '2026-11-13', '2026-11-13T08:00:00.000Z'),
      interaction('b-mentoring', 'mentoring-received', '2026-11-02', '2026-11-02T08:00:00.000Z'),
    ]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('interactions in the palette', () => {
  it('latest first; on one day, the one logged later first', async () => {
    render(
      <StoreProvider store={store}>
        <CommandPalette onRun={vi.fn()} onClose={vi.fn()} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Go to or create' }), {
      target: { value: 'priya' },
    });
    const names = () =>
      screen
        .queryAllByRole('option')
        .map((o) => o.textContent ?? '')
        .filter((t) => t.startsWith('Interaction:'));
    await waitFor(() => expect(names()).toHaveLength(4), SLOW);
    expect(names()).toEqual([
      `Interaction: Priya Raman, Call · ${day('2026-11-13')}`,
      `Interaction: Priya Raman, Message · ${day('2026-11-13')}`,
      `Interaction: Priya Raman, Meeting · ${day('2026-11-13')}`,
      `Interaction: Priya Raman, Mentoring I received · ${day('2026-11-02')}`,
    ]);
  });
});
