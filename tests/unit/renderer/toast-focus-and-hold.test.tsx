import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  NOTICE_MS,
  UNDO_WINDOW_MS,
  UndoProvider,
  useUndo,
} from '../../../renderer/src/components/undo';

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return (
    <main id="main" tabIndex={-1}>
      <h1>Credit log</h1>
      <button type="button">Elsewhere</button>
    </main>
  );
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

/** Time passes (timers and animation frames are both fake here). */
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
/** The toast's Dismiss: the notice's unless the Undo toast's is asked for. */
const dismissButton = (of: 'notice' | 'undo' = 'notice') =>
  screen.queryByRole('button', {
    name: of === 'notice' ? 'Dismiss notice' : 'Dismiss, keep this change',
  });
const heading = () => screen.getByRole('heading', { name: 'Credit log' });

describe('toasts and the keyboard', () => {
  it('Dismiss on the Undo toast sends focus to the page’s heading, not the page', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    const dismiss = dismissButton('undo')!;
    dismiss.focus();
    fireEvent.click(dismiss);
    wait(100);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(heading());
  });

  it('Dismiss on a notice sends focus to the page’s heading, not the page', () => {
    act(() => offer('Saved “Risk workshop”.'));
    const dismiss = dismissButton()!;
    dismiss.focus();
    fireEvent.click(dismiss);
    wait(100);
    expect(screen.queryByText('Saved “Risk workshop”.')).toBeNull();
    expect(document.activeElement).toBe(heading());
  });

  it('a notice the user has tabbed to does not vanish under them, and goes once they leave', () => {
    act(() => offer('Saved “Risk workshop”.'));
    const dismiss = dismissButton()!;
    dismiss.focus();
    wait(NOTICE_MS + 10);
    expect(dismissButton()).not.toBeNull();
    expect(document.activeElement).toBe(dismissButton());

    // Once focus has left, the notice has its whole time again.
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    wait(NOTICE_MS - 100);
    expect(dismissButton()).not.toBeNull();
    wait(200);
    expect(dismissButton()).toBeNull();
  });

  it('a notice under the pointer stays', () => {
    act(() => offer('Saved “Risk workshop”.'));
    fireEvent.mouseEnter(screen.getByText('Saved “Risk workshop”.').parentElement!);
    wait(NOTICE_MS * 3);
    expect(dismissButton()).not.toBeNull();
  });

  it('a notice nobody holds goes after its time', () => {
    act(() => offer('Saved “Risk workshop”.'));
    wait(NOTICE_MS + 10);
    expect(dismissButton()).toBeNull();
  });

  it('a later notice drawn where focus is stays while focus is in it', () => {
    act(() => offer('Saved “Risk workshop”.'));
    dismissButton()!.focus();
    wait(1000);
    act(() => offer('Saved “Agile summit”.'));
    wait(NOTICE_MS + 10);
    expect(screen.queryByText('Saved “Agile summit”.')).not.toBeNull();
    expect(document.activeElement).toBe(dismissButton());
  });

  it('the Undo toast still goes after its window when nothing holds it', () => {
    act(() => offer('Deleted “Risk workshop”.', async () => {}));
    wait(UNDO_WINDOW_MS + 10);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
