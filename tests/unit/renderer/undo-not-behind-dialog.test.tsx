// Ctrl/⌘+Z (and Edit › Undo) while a dialog is open, say "Delete 3 entries?" asked after an
// earlier single delete: the toast with its Undo is behind the modal dialog, out of reach and
// out of view, so the earlier record must not come back unseen behind the question. Once the
// dialog is closed, Ctrl/⌘+Z undoes as before.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { UndoProvider, useUndo } from '../../../renderer/src/components/undo';
import { ConfirmDialog } from '../../../renderer/src/components/ConfirmDialog';

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  const [asking, setAsking] = useState(false);
  return (
    <main id="main" tabIndex={-1}>
      <h1>Credit log</h1>
      <button type="button" onClick={() => setAsking(true)}>
        Delete selected
      </button>
      {asking && (
        <ConfirmDialog
          title="Delete 3 entries?"
          confirmLabel="Delete 3 entries"
          onConfirm={() => setAsking(false)}
          onCancel={() => setAsking(false)}
        >
          They go from the credit log.
        </ConfirmDialog>
      )}
    </main>
  );
}

const listeners = new Set<(c: MenuCommand) => void>();
const menu = {
  onMenuCommand(listener: (c: MenuCommand) => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

afterEach(() => {
  cleanup();
  listeners.clear();
});

const ctrlZ = (target: Element) => fireEvent.keyDown(target, { key: 'z', ctrlKey: true });

describe('the Undo on offer while a dialog is open', () => {
  it('is left alone by Ctrl+Z and Edit › Undo; after the dialog, Ctrl+Z undoes', async () => {
    const undo = vi.fn(async () => {});
    render(
      <UndoProvider menu={menu}>
        <Page />
      </UndoProvider>,
    );
    act(() => offer('Deleted “Risk course”.', undo));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    act(() => cancel.focus());

    await act(async () => void ctrlZ(cancel));
    await act(async () => listeners.forEach((l) => l('undo')));
    expect(undo).not.toHaveBeenCalled();
    expect(screen.getByRole('status', { hidden: true }).textContent).toContain(
      'Deleted “Risk course”.',
    );

    fireEvent.click(cancel);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await act(async () => void ctrlZ(screen.getByRole('button', { name: 'Delete selected' })));
    expect(undo).toHaveBeenCalledTimes(1);
  });
});
