import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import type { StudyBlockRow } from '../../../renderer/src/db/repositories/study-plans';
import { BlockDialog } from '../../../renderer/src/features/study/BlockDialog';
import { freshName } from '../../db/helpers';

/** Moving a study block: a change not saved yet holds the screen like any other form. */
let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('block-dialog'));
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

describe('BlockDialog', () => {
  it('guards a changed start time until it is saved or cancelled', () => {
    const view = render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={() => view.unmount()} />
      </StoreProvider>,
    );
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '07:30' } });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '18:00' } });
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(screen.getByLabelText('Length (minutes)'), { target: { value: '45' } });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(hasUnsavedChanges()).toBe(false);
  });

  // Rule (review A14): a block cannot be planned on a day already gone.
  it('refuses a day already gone, says why, and keeps what was typed', async () => {
    await store.db.table('studyBlocks').put(block);
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'That day has passed: a block plans study still to come. Choose today or a later day.',
    );
    expect(closed).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Day')).toHaveProperty('value', '2026-11-10');
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({ date: '2026-11-23' });

    // Today is still to come: saved, and the week is told where the block now is.
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-22' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() =>
      expect(closed).toHaveBeenCalledWith({ date: '2026-11-22', start: '18:00' }),
    );
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({
      date: '2026-11-22',
      edited: true,
    });
  });

  it('tells the week nothing changed on Cancel, so focus goes back to the same block', () => {
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toHaveBeenCalledWith();
  });
});
