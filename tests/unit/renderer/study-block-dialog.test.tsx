import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
        <BlockDialog block={block} onClose={() => view.unmount()} />
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
});
