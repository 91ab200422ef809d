// The Undo on offer stays while the pointer rests on it or focus is in it, so a person who is
// reading it, or has tabbed to it, is not left with a button that vanishes under them; once
// they leave it gets its whole window again.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_WINDOW_MS, UndoProvider, useUndo } from '../../../renderer/src/components/undo';

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return <button type="button">Elsewhere</button>;
}

beforeEach(() => {
  vi.useFakeTimers();
  render(
    <UndoProvider>
      <Page />
    </UndoProvider>,
  );
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const undoButton = () => screen.queryByRole('button', { name: 'Undo' });
const toast = () => undoButton()!.closest('.toast')!;

describe('the Undo on offer', () => {
  it('goes after its window when nobody is on it', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    wait(UNDO_WINDOW_MS + 10);
    expect(undoButton()).toBeNull();
  });

  it('stays while the pointer is on it, then for a whole window after', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    fireEvent.mouseEnter(toast());
    wait(UNDO_WINDOW_MS * 3);
    expect(undoButton()).not.toBeNull();
    fireEvent.mouseLeave(toast());
    wait(UNDO_WINDOW_MS - 100);
    expect(undoButton()).not.toBeNull();
    wait(200);
    expect(undoButton()).toBeNull();
  });

  it('stays while focus is in it', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    act(() => undoButton()!.focus());
    wait(UNDO_WINDOW_MS * 2);
    expect(undoButton()).not.toBeNull();
    // Focus moves within the toast: still held.
    act(() => screen.getByRole('button', { name: 'Dismiss, keep this change' }).focus());
    wait(UNDO_WINDOW_MS * 2);
    expect(undoButton()).not.toBeNull();
    // Focus leaves it: the window runs again.
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    wait(UNDO_WINDOW_MS + 10);
    expect(undoButton()).toBeNull();
  });

  it('a later offer is not held by the pointer that rested on an earlier one', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    fireEvent.mouseEnter(toast());
    act(() => offer('Deleted “Budget review”.', async () => {}));
    wait(UNDO_WINDOW_MS + 10);
    expect(undoButton()).toBeNull();
  });

  it('names its keyboard shortcut', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    expect(undoButton()!.getAttribute('aria-keyshortcuts')).toBe('Control+Z Meta+Z');
    // Shown beside the button for those who do not hear it.
    expect(toast().querySelector('kbd')?.textContent).toBe('Ctrl+Z');
  });
});
