// A block's dialog keeps the block as it was when opened. A move made meanwhile in another
// window (or a re-plan there) is not undone by a save here: nothing is written and the dialog
// says why, keeping what was typed. A save that changes nothing writes nothing either, so the
// block is not marked as "moved by you" (which keeps it out of the next re-plan).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { updateBlock, type StudyBlockRow } from '../../../renderer/src/db/repositories/study-plans';
import { BlockDialog } from '../../../renderer/src/features/study/BlockDialog';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('block-changed-elsewhere'));
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

describe('a study block changed in another window while its dialog is open', () => {
  it('is not moved back by a save here: nothing is written and the dialog says why', async () => {
    await store.db.table('studyBlocks').put(block);
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    // Another window moves the block two days on (Alt + → twice, or its own dialog).
    expect(await updateBlock(store, 'b1', { ...block, date: '2026-11-25' }, '2026-11-22')).toEqual({
      ok: true,
    });
    fireEvent.change(screen.getByLabelText('Length (minutes)'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('changed in another window');
    expect(closed).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Length (minutes)')).toHaveProperty('value', '90');
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({
      date: '2026-11-25',
      start: '18:00',
      minutes: 60,
    });
  });

  it('a save with nothing changed writes nothing and does not mark the block as moved', async () => {
    await store.db.table('studyBlocks').put(block);
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(await store.db.table('studyBlocks').get('b1')).toEqual(block);
  });
});
