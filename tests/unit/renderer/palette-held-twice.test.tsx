// The command palette's results for the same credential held twice (an earlier holding let
// lapse, a current one earned again): both read "Credential: PMP — Project Management
// Professional", so nothing said which was which. Each now says its cycle's days and its
// status, as the report's cycle choice tells apart credentials named alike, the earlier first;
// a credential held once keeps its plain name.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from '../../../renderer/src/app/command-palette/CommandPalette';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const stamp = { createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  Element.prototype.scrollIntoView ??= function () {};
  store = await openStore(freshName('palette-held-twice'));
  const held = (id: string, credentialId: string, earnedDate: string) =>
    store.db.table('credentials').add({ id, credentialId, stage: 'earned', earnedDate, ...stamp });
  // Ids in the opposite order to the holdings: the list must not follow them.
  await held('a-now', 'pmp', '2024-02-01');
  await held('z-then', 'pmp', '2017-02-03');
  await held('c-capm', 'capm', '2023-05-10');
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function results(query: string) {
  render(
    <StoreProvider store={store}>
      <CommandPalette onRun={vi.fn()} onClose={vi.fn()} />
    </StoreProvider>,
  );
  const combobox = screen.getByRole('combobox', { name: 'Go to or create' });
  fireEvent.change(combobox, { target: { value: query } });
  const names = () =>
    screen
      .queryAllByRole('option')
      .map((o) => o.textContent ?? '')
      .filter((t) => /^Credential/.test(t));
  await waitFor(() => expect(names().length).toBeGreaterThan(0), SLOW);
  return names();
}

describe('the same credential held twice, in the palette', () => {
  it('each holding says its days and status, the earlier first', async () => {
    expect(await results('pmp')).toEqual([
      'Credential: PMP — Project Management Professional, Feb 3, 2017 to Feb 2, 2020 (expired)',
      'Credential: PMP — Project Management Professional, Feb 1, 2024 to Jan 31, 2027 (active)',
    ]);
  });

  it('a credential held once keeps its plain name', async () => {
    expect(await results('capm')).toEqual([
      'Credential: CAPM — Certified Associate in Project Management',
    ]);
  });
});
