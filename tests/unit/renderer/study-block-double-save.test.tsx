// Save block pressed twice before the first save has answered (a double click, Enter pressed
// twice): the second press does nothing. It used to find the block as the first press had just
// left it, not as the dialog was opened on, and say it was "changed in another window".
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { StudyBlockRow } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { BlockDialog } from '../../../renderer/src/features/study/BlockDialog';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('block-double-save'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

const block: StudyBlockRow = {
  id: 'b1',
  planId: 'p1',
  date: '2026-11-23',
  start: '18:00',
  minutes: 60,
  edited: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('Save block pressed twice', () => {
  it('saves once, closes once, and says nothing of another window', async () => {
    await store.db.table('studyBlocks').put(block);
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '07:30' } });
    const save = screen.getByRole('button', { name: 'Save block' });
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(closed).toHaveBeenCalled());
    // Long enough for a second save to have answered.
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(closed.mock.calls).toEqual([[{ date: '2026-11-23', start: '07:30' }]]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({
      start: '07:30',
      edited: true,
    });
  });

  it('can be pressed again after a save that was refused', async () => {
    await store.db.table('studyBlocks').put(block);
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    // The block is gone meanwhile (deleted in another window): refused, and said.
    await store.db.table('studyBlocks').delete('b1');
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '07:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    const first = (await screen.findByRole('alert')).textContent;
    // Put back: the next press saves.
    await store.db.table('studyBlocks').put(block);
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() =>
      expect(closed).toHaveBeenCalledWith({ date: '2026-11-23', start: '07:30' }),
    );
    expect(first).toBeTruthy();
  });
});
